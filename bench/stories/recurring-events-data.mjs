// A negative set for far story merges (merge.ts MergeBars.far): made-up, multi-site, every article dated. Each stream
// holds two events, its first half and its second half by date. `apart: true` — two events of one recurring kind
// (castings, earthquakes, summits, elections, shootings, phone launches) years apart, which must stay in two stories
// however alike their wording; `apart: false` — one event and its follow-up (a crime, then the sentencing or the
// trial a year or more later, which names the original event's date, place and victims), which may join.
// The texts are invented for this check (the first nine streams by the project's review of far merges, the last two
// for this bench; `sameAs`: the same two events as another stream, in other words); the real people and places in them are there only because real recurring events are named so.
// Review s22's streams (recurring-events-pointers.mjs) follow: repeats whose lead points at the predecessor's month in
// a follow-up's words, the castings with such a line, five yearly quakes in a chain (`event` on each article: five
// events), and naturally worded follow-ups of one fire.
import { A, POINTER_STREAMS, castingStreams } from './recurring-events-pointers.mjs';

export const STREAMS = {

  doctorWho: { apart: true, arts: [
    A('bbc.co.uk', '2013-08-04', 'Peter Capaldi named as the twelfth Doctor', 'The BBC has announced that Peter Capaldi will play the twelfth Doctor in Doctor Who, replacing Matt Smith. The Scottish actor, 55, was revealed in a live television special on Sunday. Showrunner Steven Moffat said Capaldi had been his first choice. Capaldi will take over the role in the Christmas special later this year, the BBC said in London.'),
    A('theguardian.com', '2013-08-05', 'Peter Capaldi to be the new Doctor Who', 'Peter Capaldi has been cast as the new star of Doctor Who, the BBC confirmed on Sunday evening. The actor, best known for The Thick of It, succeeds Matt Smith, who leaves the TARDIS at Christmas. Steven Moffat, the show\'s head writer, told viewers in London that the casting was kept secret for months.'),
    A('independent.co.uk', '2013-08-05', 'Who is Peter Capaldi, the twelfth Doctor?', 'Fans of Doctor Who reacted with delight after the BBC named Peter Capaldi as the twelfth Doctor. Capaldi, from Glasgow, will replace Matt Smith in the role. Steven Moffat said on Sunday that the new Doctor would make his debut at Christmas on BBC One.'),
    A('bbc.co.uk', '2017-07-16', 'Jodie Whittaker named as the thirteenth Doctor', 'The BBC has announced that Jodie Whittaker will play the thirteenth Doctor in Doctor Who, the first woman in the role. The Broadchurch actress, 35, was revealed in a trailer after the Wimbledon men\'s final on Sunday. Incoming showrunner Chris Chibnall said she had been his first choice. Whittaker will replace Peter Capaldi in the Christmas special, the BBC said in London.'),
    A('theguardian.com', '2017-07-17', 'Jodie Whittaker to be the new Doctor Who', 'Jodie Whittaker has been cast as the new star of Doctor Who, the BBC confirmed on Sunday. The actor succeeds Peter Capaldi, who leaves the TARDIS at Christmas. Chris Chibnall, the show\'s new head writer, said in London that the casting had been kept secret for months.'),
    A('independent.co.uk', '2017-07-17', 'Who is Jodie Whittaker, the thirteenth Doctor?', 'Fans of Doctor Who reacted with delight and some dismay after the BBC named Jodie Whittaker as the thirteenth Doctor. Whittaker, from Yorkshire, will replace Peter Capaldi in the role. Chris Chibnall said on Sunday that the new Doctor would make her debut at Christmas on BBC One.'),
  ]},
  quakes: { apart: true, arts: [
    A('reuters.com', '2016-08-24', 'Earthquake in central Italy kills at least 120', 'A magnitude 6.2 earthquake struck central Italy early on Wednesday, killing at least 120 people and flattening the town of Amatrice. The Italian civil protection agency said rescuers were digging through rubble in Amatrice and Accumoli. Prime Minister Matteo Renzi visited the area. The quake hit at 3:36 a.m. near Norcia, the US Geological Survey said.'),
    A('apnews.com', '2016-08-24', 'Italy quake: rescuers search rubble in Amatrice', 'Rescuers in central Italy searched collapsed homes in Amatrice on Wednesday after a 6.2 magnitude earthquake killed at least 120 people. The civil protection agency said the quake struck near Norcia in the Apennine mountains. Italian Prime Minister Matteo Renzi promised help for the region.'),
    A('bbc.co.uk', '2016-08-25', 'Italy earthquake death toll rises', 'The death toll from the earthquake in central Italy has risen, the civil protection agency said on Thursday. The 6.2 magnitude quake destroyed much of Amatrice and damaged Norcia. Aftershocks shook the Apennine region overnight as rescuers searched the rubble.'),
    A('reuters.com', '2017-01-18', 'Earthquakes strike central Italy, avalanche buries hotel', 'A series of strong earthquakes struck central Italy on Wednesday, the strongest of magnitude 5.7, near Amatrice and Norcia. The Italian civil protection agency said an avalanche buried a hotel in Abruzzo. Prime Minister Paolo Gentiloni said rescuers were working through heavy snow. The region was devastated by a quake last August.'),
    A('apnews.com', '2017-01-18', 'Four quakes rattle central Italy', 'Four earthquakes above magnitude 5 shook central Italy on Wednesday, the civil protection agency said. The quakes hit the Apennine mountains near Amatrice, the town flattened by an earthquake in August. Rescuers struggled through deep snow to reach villages near Norcia.'),
    A('bbc.co.uk', '2017-01-19', 'Italy earthquakes: rescuers reach buried hotel', 'Rescuers in central Italy reached a hotel buried by an avalanche after earthquakes struck the Apennine region on Wednesday. The civil protection agency said the quakes, the strongest of magnitude 5.7, hit near Amatrice. Aftershocks continued overnight.'),
  ]},
  g7: { apart: true, arts: [
    A('reuters.com', '2018-06-09', 'G7 summit ends in acrimony over trade', 'Leaders of the Group of Seven ended their summit in Charlevoix, Quebec, on Saturday amid a dispute over trade tariffs. US President Donald Trump left early and later withdrew his support for the joint communique. Canadian Prime Minister Justin Trudeau, the host, said the G7 agreed on plastics in the oceans. French President Emmanuel Macron called for unity.'),
    A('apnews.com', '2018-06-09', 'Trump leaves G7 summit early as trade row deepens', 'President Donald Trump left the G7 summit in Quebec early on Saturday after clashing with allies over tariffs on steel. Justin Trudeau, Emmanuel Macron and Angela Merkel urged him to back the communique. The Group of Seven leaders discussed trade, climate and the oceans.'),
    A('theguardian.com', '2018-06-10', 'G7: Trump rejects communique after leaving summit', 'Donald Trump has rejected the G7 communique hours after leaving the summit in Canada, accusing Justin Trudeau of being dishonest. German Chancellor Angela Merkel said the withdrawal was sobering. The leaders of the Group of Seven had agreed on trade language on Saturday.'),
    A('reuters.com', '2019-08-26', 'G7 summit ends in Biarritz with Iran talks', 'Leaders of the Group of Seven ended their summit in Biarritz, France, on Monday after talks on trade and Iran. French President Emmanuel Macron, the host, said US President Donald Trump was ready to meet Iran\'s president. Canadian Prime Minister Justin Trudeau and German Chancellor Angela Merkel joined the talks on the Amazon fires.'),
    A('apnews.com', '2019-08-26', 'Trump says tariffs on table as G7 summit ends', 'President Donald Trump said on Monday at the G7 summit in Biarritz that trade talks with China would resume. Emmanuel Macron, Angela Merkel and Justin Trudeau urged the Group of Seven to act on the Amazon fires and Iran. The leaders agreed a short declaration.'),
    A('theguardian.com', '2019-08-27', 'G7: Macron hails summit as Trump praises unity', 'Emmanuel Macron has hailed the G7 summit in Biarritz as a success after leaders agreed to help fight fires in the Amazon. Donald Trump praised the unity of the Group of Seven. Angela Merkel and Justin Trudeau said trade tensions remained.'),
  ]},
  election: { apart: true, arts: [
    A('reuters.com', '2017-09-24', 'Merkel wins fourth term as far-right AfD enters Bundestag', 'Angela Merkel\'s conservatives won the German federal election on Sunday, securing a fourth term for the chancellor, but with their worst result since 1949. The far-right Alternative for Germany entered the Bundestag with about 13 percent. The Social Democrats under Martin Schulz said they would go into opposition. Turnout was 76 percent.'),
    A('dw.com', '2017-09-24', 'German election: CDU first, AfD third', 'Chancellor Angela Merkel\'s CDU and CSU came first in Germany\'s federal election on Sunday with about 33 percent, exit polls showed. The AfD came third and will enter the Bundestag. SPD leader Martin Schulz conceded defeat in Berlin.'),
    A('bbc.co.uk', '2017-09-25', 'German election: Merkel faces tough coalition talks', 'Angela Merkel faces difficult coalition talks after her CDU won the German federal election with a reduced vote. The AfD became the third largest party in the Bundestag. The SPD, led by Martin Schulz, said it would not join another grand coalition.'),
    A('reuters.com', '2021-09-26', 'Social Democrats narrowly win German election', 'Germany\'s Social Democrats narrowly won the federal election on Sunday, ahead of the CDU and CSU conservatives, ending 16 years of Angela Merkel. SPD candidate Olaf Scholz said voters wanted change. The Greens came third and the AfD lost seats in the Bundestag. Turnout was 76 percent.'),
    A('dw.com', '2021-09-26', 'German election: SPD first, CDU second', 'The SPD of Olaf Scholz came first in Germany\'s federal election on Sunday with about 26 percent, results showed. Armin Laschet\'s CDU and CSU came second. The AfD will remain in the Bundestag. Chancellor Angela Merkel did not run.'),
    A('bbc.co.uk', '2021-09-27', 'German election: Scholz seeks coalition', 'Olaf Scholz will seek a coalition with the Greens and the FDP after his SPD won the German federal election. The CDU of Armin Laschet suffered its worst result. Angela Merkel will remain chancellor until a new government is formed in the Bundestag.'),
  ]},
  shootings: { apart: true, arts: [
    A('apnews.com', '2019-05-31', 'Gunman kills 12 at Virginia Beach municipal building', 'A longtime city employee opened fire at a municipal building in Virginia Beach on Friday, killing 12 people, police said. Police Chief James Cervera said the gunman, an engineer with the public utilities department, was killed in a gunfight with officers. Governor Ralph Northam called it a horrific tragedy.'),
    A('cnn.com', '2019-05-31', 'Virginia Beach shooting: 12 killed by city worker', 'Twelve people were killed when a city worker opened fire in the Virginia Beach municipal center on Friday afternoon. Police Chief James Cervera said officers exchanged gunfire with the shooter, who died. Governor Ralph Northam travelled to Virginia Beach.'),
    A('washingtonpost.com', '2019-06-01', 'Virginia Beach mourns victims of municipal building shooting', 'Virginia Beach officials on Saturday named the 12 victims of the shooting at the municipal building. Police Chief James Cervera said the gunman used two handguns. Governor Ralph Northam ordered flags lowered.'),
    A('apnews.com', '2022-11-23', 'Walmart manager kills 6 at Chesapeake store', 'A Walmart employee opened fire at a store in Chesapeake, Virginia, late on Tuesday, killing six people, police said. Police Chief Mark Solesky said the gunman, a team leader, died of a self-inflicted wound. Governor Glenn Youngkin called it a horrific tragedy, three years after the Virginia Beach shooting nearby.'),
    A('cnn.com', '2022-11-23', 'Chesapeake Walmart shooting: six killed by employee', 'Six people were killed when a Walmart employee opened fire in a Chesapeake, Virginia, store on Tuesday night. Police said officers found the shooter dead. Governor Glenn Youngkin travelled to Chesapeake. The city neighbours Virginia Beach, where a city worker killed 12 in 2019.'),
    A('washingtonpost.com', '2022-11-24', 'Chesapeake mourns victims of Walmart shooting', 'Chesapeake officials on Wednesday named the six victims of the shooting at the Walmart store. Police Chief Mark Solesky said the gunman used a handgun. Governor Glenn Youngkin ordered flags lowered across Virginia.'),
  ]},
  iphone: { apart: true, arts: [
    A('theverge.com', '2017-09-12', 'Apple announces iPhone X at Steve Jobs Theater', 'Apple announced the iPhone X on Tuesday at its first event in the Steve Jobs Theater in Cupertino, California. Chief executive Tim Cook called it the biggest leap since the original iPhone. The phone has an edge-to-edge OLED display and Face ID and costs $999. Apple also unveiled the iPhone 8.'),
    A('cnbc.com', '2017-09-12', 'Apple unveils $999 iPhone X with Face ID', 'Apple on Tuesday unveiled the iPhone X, priced at $999, at the Steve Jobs Theater in Cupertino. Tim Cook said the new iPhone would ship in November. Apple shares fell slightly during the event.'),
    A('reuters.com', '2017-09-13', 'Apple bets on pricier iPhone X', 'Apple is betting that customers will pay $999 for the iPhone X, unveiled in Cupertino on Tuesday. Tim Cook said Face ID replaces the fingerprint sensor. Analysts said the new iPhone could drive an upgrade cycle.'),
    A('theverge.com', '2019-09-10', 'Apple announces iPhone 11 Pro at Steve Jobs Theater', 'Apple announced the iPhone 11 and iPhone 11 Pro on Tuesday at the Steve Jobs Theater in Cupertino, California. Chief executive Tim Cook said the triple camera was the best ever in an iPhone. The iPhone 11 costs $699 and the Pro $999. Apple also unveiled a new Apple Watch.'),
    A('cnbc.com', '2019-09-10', 'Apple unveils iPhone 11 with lower price', 'Apple on Tuesday unveiled the iPhone 11, priced at $699, at the Steve Jobs Theater in Cupertino. Tim Cook said the new iPhone would ship later this month. Apple shares rose during the event.'),
    A('reuters.com', '2019-09-11', 'Apple bets on cheaper iPhone 11', 'Apple is betting that a cheaper iPhone 11, unveiled in Cupertino on Tuesday, will revive sales. Tim Cook said the triple camera was a leap. Analysts said the new iPhone could drive an upgrade cycle.'),
  ]},
  trial: { apart: false, arts: [
    A('apnews.com', '2019-03-15', 'Gunman kills 49 at two Christchurch mosques', 'A gunman opened fire at two mosques in Christchurch, New Zealand, during Friday prayers, killing 49 people. Prime Minister Jacinda Ardern called it one of New Zealand\'s darkest days. Police charged Brenton Tarrant, a 28-year-old Australian, with murder. The attack at the Al Noor mosque was livestreamed.'),
    A('bbc.co.uk', '2019-03-15', 'Christchurch mosque attacks: 49 killed', 'Forty-nine people were killed in shootings at two mosques in Christchurch on Friday. Jacinda Ardern said the attack on the Al Noor and Linwood mosques was terrorism. An Australian man, Brenton Tarrant, was charged with murder.'),
    A('theguardian.com', '2019-03-16', 'Christchurch: Tarrant appears in court charged with murder', 'Brenton Tarrant, the Australian accused of the Christchurch mosque shootings, appeared in court on Saturday charged with murder. Jacinda Ardern promised to change New Zealand\'s gun laws after 49 people died at the Al Noor and Linwood mosques.'),
    A('apnews.com', '2020-08-27', 'Christchurch mosque gunman sentenced to life without parole', 'The gunman who killed 51 worshippers at two Christchurch mosques was sentenced on Thursday to life in prison without parole, the first such sentence in New Zealand. Brenton Tarrant, an Australian, had pleaded guilty to murder and terrorism over the attacks on the Al Noor and Linwood mosques. Jacinda Ardern welcomed the sentence.'),
    A('bbc.co.uk', '2020-08-27', 'Christchurch attack: Tarrant gets life without parole', 'Brenton Tarrant has been sentenced to life without parole for the Christchurch mosque attacks in March 2019. The judge in Christchurch said his crimes were so wicked. Survivors of the Al Noor and Linwood mosque shootings confronted him in court. Jacinda Ardern said he deserved silence.'),
    A('theguardian.com', '2020-08-28', 'Survivors speak after Christchurch gunman jailed for life', 'Survivors of the Christchurch mosque shootings spoke of relief after Brenton Tarrant was jailed for life without parole. The Australian killed 51 people at the Al Noor and Linwood mosques. Jacinda Ardern said New Zealand had changed its gun laws.'),
  ]},

  whoFree: { apart: true, sameAs: 'doctorWho', arts: [
    A('bbc.co.uk', '2013-08-04', 'Peter Capaldi named as the twelfth Doctor', 'Peter Capaldi will be the next star of Doctor Who, the BBC revealed in a live programme on Sunday night. The 55-year-old Glaswegian, who played spin doctor Malcolm Tucker, takes over from Matt Smith at Christmas. Executive producer Steven Moffat said: "Something wonderful has chosen its moment."'),
    A('telegraph.co.uk', '2013-08-05', 'Capaldi: I am thrilled to be the Doctor', 'A lifelong fan who wrote to the Radio Times about the programme as a teenager, Peter Capaldi said he was thrilled to become the twelfth Time Lord. Bookmakers had stopped taking bets on him before the announcement. Matt Smith wished him luck.'),
    A('mirror.co.uk', '2013-08-05', 'Matt Smith hands over the sonic screwdriver to Capaldi', 'Matt Smith has welcomed Peter Capaldi to the TARDIS. The Thick of It star was unveiled as the new Doctor on BBC One, with an audience of more than six million watching. Capaldi previously appeared in the series in 2008.'),
    A('bbc.co.uk', '2017-07-16', 'Jodie Whittaker becomes first female Doctor', 'Jodie Whittaker has been announced as the 13th Doctor, the first woman to take the title role. A short film revealing the Broadchurch actress was shown after the Wimbledon final. She said it was "more than an honour" and told fans not to be scared by her gender.'),
    A('telegraph.co.uk', '2017-07-17', 'Whittaker casting divides fans', 'The choice of a woman as the Time Lord has split viewers, with some former stars welcoming it and others saying the role model for boys was lost. Chris Chibnall, who worked with Jodie Whittaker on Broadchurch, will become head writer next year.'),
    A('mirror.co.uk', '2017-07-17', 'Peter Capaldi praises his successor', 'Outgoing Doctor Peter Capaldi said Jodie Whittaker had "everything she needs" to be an amazing Doctor. Whittaker, from Skelmanthorpe in Yorkshire, will first appear at Christmas. Bookmakers had made her favourite days before the announcement.'),
  ]},
  christchurch: { apart: true, arts: [
    A('stuff.co.nz', '2010-09-04', 'Magnitude 7.1 quake rocks Canterbury', 'A magnitude 7.1 earthquake struck near Darfield at 4.35am on Saturday, causing widespread damage in Christchurch but no deaths. Chimneys and shop fronts collapsed in the central city and power was cut to most homes. Mayor Bob Parker declared a state of emergency.'),
    A('nzherald.co.nz', '2010-09-04', 'State of emergency in Christchurch after earthquake', 'Christchurch is under a state of emergency after a powerful earthquake centred 40km west of the city. Two people were seriously injured. Prime Minister John Key flew to Canterbury and said it was a miracle nobody had died.'),
    A('abc.net.au', '2010-09-05', 'Aftershocks rattle Christchurch residents', 'Dozens of aftershocks have rattled Christchurch since Saturday\'s quake, keeping residents on edge. Engineers began checking buildings in the city centre. Bob Parker said the cost of the damage could reach billions of dollars.'),
    A('stuff.co.nz', '2011-02-22', 'Christchurch quake: many dead as buildings collapse', 'A magnitude 6.3 earthquake struck Christchurch at 12.51pm on Tuesday, collapsing the CTV and PGC buildings and killing many people. The spire of the cathedral fell into the square. John Key said it may be New Zealand\'s darkest day.'),
    A('nzherald.co.nz', '2011-02-22', 'Rescuers dig for survivors in central Christchurch', 'Rescue teams worked through the night to pull survivors from the rubble of the CTV building. Police said the death toll was expected to rise. A national state of emergency was declared; Mayor Bob Parker said the city was in shock.'),
    A('abc.net.au', '2011-02-23', 'Australian rescue teams head to Christchurch', 'Australia is sending urban search and rescue teams to Christchurch after Tuesday\'s deadly quake. The city was still recovering from the September earthquake. John Key said at least 65 people had been killed.'),
  ]},
  harlowTrial: { apart: false, arts: [
    A('harlowherald.example', '2021-04-09', 'Two killed in Harlow Mill arson', 'Two people died when a fire was set at the Harlow Mill flats on Ferry Lane early on Friday, police said. The victims were named as Edna Marsh, 71, and her grandson Piet Marsh, 19. Detective Inspector Ruth Okafor said the fire was started deliberately at the stairwell door.'),
    A('northpost.example', '2021-04-09', 'Harlow Mill fire was arson, police say', 'Police said the fire that killed Edna Marsh and Piet Marsh at the Harlow Mill flats on Ferry Lane was arson. Detective Inspector Ruth Okafor appealed for footage of a man seen near the stairwell door.'),
    A('riverwire.example', '2021-04-11', 'Man charged over Harlow Mill arson deaths', 'A 34-year-old man, Colm Dreyer, has been charged with two counts of murder over the fire at the Harlow Mill flats, in which Edna Marsh and Piet Marsh died. Detective Inspector Ruth Okafor said the investigation continued.'),
    A('harlowherald.example', '2022-10-03', 'Colm Dreyer trial opens over Harlow Mill fire', 'The trial of Colm Dreyer, accused of murdering Edna Marsh and Piet Marsh in the fire at the Harlow Mill flats on Ferry Lane on 9 April 2021, opened at the crown court on Monday. The prosecution said Dreyer poured petrol at the stairwell door.'),
    A('northpost.example', '2022-10-19', 'Dreyer guilty of Harlow Mill murders', 'Colm Dreyer was found guilty of murdering Edna Marsh and her grandson Piet Marsh by setting fire to the Harlow Mill flats in April 2021. The jury took six hours. Detective Inspector Ruth Okafor thanked the Marsh family.'),
    A('riverwire.example', '2022-10-21', 'Harlow Mill arsonist jailed for life', 'Colm Dreyer was jailed for life on Friday for the April 2021 arson at the Harlow Mill flats on Ferry Lane that killed Edna Marsh, 71, and Piet Marsh, 19. The judge said the stairwell fire was planned.'),
  ]},
  ferryFloods: { apart: true, arts: [
    A('valleynews.example', '2018-11-12', 'Ferrick river floods town centre', 'The river Ferrick burst its banks on Monday and flooded the centre of Ostwold, the county council said. Two hundred homes were evacuated and the Mill Street bridge was closed. Council leader Anna Pryce said pumps were on their way and the flood barrier had failed.'),
    A('countywire.example', '2018-11-12', 'Ostwold evacuated as Ferrick floods', 'Hundreds of residents left their homes in Ostwold after the Ferrick flooded the town centre. Anna Pryce, the council leader, said the flood barrier had failed at the Mill Street bridge.'),
    A('westpost.example', '2018-11-13', 'Ostwold counts flood damage', 'Ostwold began counting the cost of the Ferrick flood on Tuesday as the water fell. Council leader Anna Pryce said the Mill Street bridge would stay closed for a week and that two hundred homes were damaged.'),
    A('valleynews.example', '2023-01-16', 'Ostwold under water as Ferrick overtops new barrier', 'Floodwater poured over the new barrier on the Ferrick on Monday morning, five years after it was built, and three hundred households in Ostwold were told to leave. Council leader Tom Hale said the Environment Agency had warned of record rainfall over the weekend.'),
    A('countywire.example', '2023-01-16', 'Residents angry after second Ostwold flood in five years', 'Shopkeepers on Mill Street asked why the barrier had failed to hold back the Ferrick after heavy rain. Tom Hale said engineers would inspect it once the water fell and that rest centres were open at the leisure centre.'),
    A('westpost.example', '2023-01-17', 'Ostwold clean-up begins as river falls', 'Volunteers began clearing mud from homes in Ostwold on Tuesday as the Ferrick dropped. Insurers said claims could run to millions. Council leader Tom Hale asked the government for emergency funding.'),
  ]},
};

// A repeat that names the earlier event's month, as reports of a second quake often do ("the strongest since the
// earthquake of August 2016"): the follow-up signal of far merges (merge.ts refersBack) cannot tell it from a
// follow-up, which is why far merges ship off (docs/decisions/stories.md, tenth round, "after the merge").
STREAMS.quakesNamed = { apart: true, sameAs: 'quakes', arts: STREAMS.quakes.arts.map((x, i) => (i < STREAMS.quakes.arts.length / 2 ? x
  : { ...x, text: `${x.text} It was the strongest since the earthquake of August 2016 that killed 299 people.` })) };

// Repeats that cite their predecessor the way reports of a recurring kind do (written for the eleventh round, before
// the follow-up signal was changed): the second event's reports name the first one's month, its victims count and its
// place — in a comparison ("the deadliest since May 2019"), as plain background ("In May 2019 a city worker killed
// 12 …"), or with the earlier event's own aftermath ("… was jailed for life for the arson"). They must stay apart.
const withLines = (stream, lines) => STREAMS[stream].arts.map((x, i) => {
  const k = i - STREAMS[stream].arts.length / 2;
  if (k < 0 || !lines[k]) return x;
  const [where, line] = lines[k];
  return { ...x, text: where === 'lead' ? `${line} ${x.text}` : `${x.text} ${line}` };
});
STREAMS.shootingsNamed = { apart: true, sameAs: 'shootings', arts: withLines('shootings', [
  ['lead', 'The shooting was the deadliest in Virginia since May 2019, when a city worker killed 12 people at the Virginia Beach municipal center.'],
  ['end', 'In May 2019 a longtime city engineer killed 12 people at a municipal building in Virginia Beach, a few miles away.'],
  ['end', 'Virginia Beach lost 12 people in the May 2019 shooting at its municipal building; Governor Ralph Northam ordered flags lowered then too.'],
]) };
STREAMS.floodsNamed = { apart: true, sameAs: 'ferryFloods', arts: withLines('ferryFloods', [
  ['end', 'Ostwold was last flooded in November 2018, when two hundred homes were evacuated and the Mill Street bridge was closed.'],
  ['lead', 'For the second time since the floods of November 2018, the Ferrick has driven hundreds of Ostwold families from their homes.'],
  ['end', 'The barrier was built after the November 2018 flood, when council leader Anna Pryce said the old one had failed.'],
]) };
STREAMS.arsonAgain = { apart: true, arts: [
  A('eastgazette.example', '2019-05-18', 'Two die in Kessel Road flats fire', 'Two people died when fire swept through the Kessel Road flats in Brantham early on Saturday, police said. The victims were named as Lorna Quist, 64, and her neighbour Dev Amin, 30. Detective Sergeant Ian Royle said the fire had been started deliberately in a bin store.'),
  A('shirewire.example', '2019-05-18', 'Brantham flats fire was arson, police say', 'Police said the fire that killed Lorna Quist and Dev Amin at the Kessel Road flats in Brantham was arson. Detective Sergeant Ian Royle appealed for witnesses who saw a man near the bin store.'),
  A('coastpost.example', '2019-05-20', 'Man charged over Kessel Road fire deaths', 'Aaron Pike, 27, has been charged with two counts of murder over the fire at the Kessel Road flats in Brantham in which Lorna Quist and Dev Amin died. Detective Sergeant Ian Royle said the inquiry continued.'),
  A('eastgazette.example', '2021-02-06', 'Three die in Brantham tower block fire', 'Brantham suffered its second fatal arson since May 2019 when fire tore through the Orchard Court tower block early on Saturday, killing three people. Detective Inspector Mia Stroud said the fire was started deliberately on the ground floor. The victims were named as Saul Benn, 41, and his daughters Ada, 9, and Rose, 6.'),
  A('shirewire.example', '2021-02-06', 'Orchard Court fire: police treat deaths as murder', 'Police are treating the deaths of Saul Benn and his two daughters in the Orchard Court fire in Brantham as murder. Detective Inspector Mia Stroud appealed for footage of the ground floor entrance. In May 2019 two people died in an arson at the Kessel Road flats; Aaron Pike was jailed for life for the fire in March 2020.'),
  A('coastpost.example', '2021-02-08', 'Woman arrested over Orchard Court arson', 'A 35-year-old woman has been arrested on suspicion of murdering Saul Benn, Ada Benn and Rose Benn in the Orchard Court fire in Brantham. Detective Inspector Mia Stroud said residents were being rehoused. The town has not seen such a fire since the Kessel Road arson of May 2019, for which Aaron Pike was jailed.'),
]};
Object.assign(STREAMS, POINTER_STREAMS, castingStreams(STREAMS.doctorWho));
/** The event of a stream's `i`th article: its own `event` when given (quakeChain), else the first half 0, the second 1. */
export const eventOf = (stream, i) => stream.arts[i].event ?? (i < stream.arts.length / 2 ? 0 : 1);
/**
 * Whether some story holds articles of two of the stream's events (`joined`), and whether each event's articles all
 * share one story (`whole`); `items`: { a, event }, `storyOf`: an article id's story.
 */
export function eventsJoined(items, storyOf) {
  const storiesOf = [...new Set(items.map((x) => x.event))].map((e) => new Set(items.filter((x) => x.event === e).map((x) => storyOf(x.a.article.id))));
  const seen = new Map();
  for (const [e, stories] of storiesOf.entries()) for (const s of stories) seen.set(s, [...(seen.get(s) ?? []), e]);
  return { joined: [...seen.values()].some((es) => es.length > 1), whole: storiesOf.every((s) => s.size === 1) };
}
