// Review s22's streams for far story merges (bench/stories/recurring-events-data.mjs takes them in): made-up, multi-site,
// every article dated, the texts as the review wrote them (never tuned on). Repeats (`apart: true`) whose lead points at
// the predecessor's month as a follow-up does — in a word of the aftermath ("sued", "jailed", "convicted", "charged",
// "inquiry", "lawsuit", "court") and without a comparison — and naturally worded follow-ups of one fire (`apart:
// false`, may join); the Doctor Who castings with a line naming the earlier casting's month; five yearly quakes, each
// lead naming the previous quake's month (`quakeChain`: five events, `event` on each article), which far merges chained
// into one story 2018–2023.
/** One article of a stream: its site, date, title and text. */
export const A = (site, date, title, text) => ({ site, date, title, text });
export const POINTER_STREAMS = {
  // repeat: lead names the earlier quake's month with an aftermath word ("sued"), no comparison word
  quakeSued: { apart: true, arts: [
    A('reuters.com', '2019-03-12', 'Earthquake kills 40 in Sorrel valley', 'A magnitude 6.1 earthquake struck the Sorrel valley early on Tuesday, killing at least 40 people in the town of Marden. The civil protection agency said rescuers were digging through rubble in Marden and Tolby. Governor Ilse Varga visited the area.'),
    A('apnews.com', '2019-03-12', 'Rescuers search rubble after Sorrel valley quake', 'Rescuers in the Sorrel valley searched collapsed homes in Marden on Tuesday after a 6.1 magnitude earthquake killed at least 40 people. The civil protection agency said the quake struck near Tolby. Governor Ilse Varga promised help.'),
    A('bbc.co.uk', '2019-03-13', 'Sorrel valley quake death toll rises', 'The death toll from the earthquake in the Sorrel valley has risen, the civil protection agency said on Wednesday. The quake destroyed much of Marden and damaged Tolby. Aftershocks shook the valley overnight as rescuers searched the rubble.'),
    A('reuters.com', '2021-06-08', 'Earthquake strikes Sorrel valley, 12 dead', 'A magnitude 5.8 earthquake struck the Sorrel valley on Tuesday, killing 12 people in Marden, where families who sued the state over the March 2019 quake still live in temporary homes. The civil protection agency said rescuers were searching the rubble in Marden and Tolby. Governor Ilse Varga visited the area.'),
    A('apnews.com', '2021-06-08', 'Quake hits Marden, rescuers search rubble', 'Rescuers searched collapsed homes in Marden on Tuesday after a 5.8 magnitude earthquake killed 12 people in the Sorrel valley. The civil protection agency said the quake struck near Tolby. Governor Ilse Varga promised help.'),
    A('bbc.co.uk', '2021-06-09', 'Sorrel valley quake: toll rises to 12', 'The death toll from the earthquake in the Sorrel valley has risen to 12, the civil protection agency said on Wednesday. The quake damaged Marden and Tolby. Aftershocks shook the valley overnight.'),
  ]},
  // repeat: brief's wording without "since" but with "again" (a comparison word) — the rule should reject it
  quakeAgain: { apart: true, sameAs: 'quakeSued', arts: null },
  // repeat: "Two years after the March 2019 shooting" (comparison "after")
  shootingAfter: { apart: true, arts: [
    A('cityherald.example', '2019-03-20', 'Gunman kills four at Halden steel plant', 'A gunman killed four workers at the Halden steel plant in Porter County on Wednesday before police shot him dead, Sheriff Dana Cole said. The gunman, a former employee, opened fire in the rolling mill. Plant owner Ferrum Works said it was cooperating with police.'),
    A('valleywire.example', '2019-03-20', 'Four dead in Halden plant shooting', 'Four workers were shot dead at the Halden steel plant on Wednesday, Sheriff Dana Cole said. Police shot the gunman, a former employee, in the rolling mill. Ferrum Works closed the plant.'),
    A('statenews.example', '2019-03-21', 'Halden shooting victims named', 'Sheriff Dana Cole named the four workers killed in the shooting at the Halden steel plant in Porter County. The gunman had been fired by Ferrum Works in January. The plant stays closed.'),
    A('cityherald.example', '2021-03-15', 'Gunman kills three at Halden steel plant', 'Two years after the March 2019 shooting at the same plant, a gunman killed three workers at the Halden steel plant in Porter County on Monday, Sheriff Dana Cole said. Police arrested the gunman, a contractor, in the rolling mill. Ferrum Works said it was cooperating with police.'),
    A('valleywire.example', '2021-03-15', 'Three dead in Halden plant shooting', 'Three workers were shot dead at the Halden steel plant on Monday, Sheriff Dana Cole said. Police arrested the gunman in the rolling mill. Ferrum Works closed the plant.'),
    A('statenews.example', '2021-03-16', 'Halden shooting: contractor held', 'Sheriff Dana Cole said a contractor was held over the shooting of three workers at the Halden steel plant in Porter County. Ferrum Works said the plant stays closed.'),
  ]},
  // repeat: the same plant shooting, lead names the jailed gunman of March 2019 (aftermath word, no comparison)
  shootingJailed: { apart: true, sameAs: 'shootingAfter', arts: null },
  // repeat: company convicted over the earlier spill (aftermath word), new spill
  spillConvicted: { apart: true, arts: [
    A('rivertimes.example', '2019-03-05', 'Chlorine spill at Delmar works closes Harlow Creek', 'A chlorine spill at the Delmar Chemicals works on Harlow Creek forced the evacuation of 300 homes on Tuesday, the fire service said. The Environment Agency closed the creek to fishing. Delmar Chemicals chief executive Paul Orme apologised.'),
    A('countypost.example', '2019-03-05', 'Hundreds evacuated after Delmar chlorine leak', 'Three hundred homes near Harlow Creek were evacuated after chlorine leaked from the Delmar Chemicals works on Tuesday. The Environment Agency said fish had died along the creek. Paul Orme, Delmar chief executive, apologised.'),
    A('greenwire.example', '2019-03-06', 'Harlow Creek spill: agency opens investigation', 'The Environment Agency opened an investigation into the chlorine spill at the Delmar Chemicals works that killed fish along Harlow Creek. Residents of the 300 evacuated homes returned on Wednesday.'),
    A('rivertimes.example', '2022-05-17', 'Chlorine spill at Delmar works closes Harlow Creek', 'Delmar Chemicals, convicted over the March 2019 spill at its Harlow Creek works, reported a new chlorine leak at the plant on Tuesday that forced the evacuation of 120 homes, the fire service said. The Environment Agency closed the creek to fishing. Chief executive Paul Orme apologised.'),
    A('countypost.example', '2022-05-17', 'Homes evacuated after new Delmar chlorine leak', 'Families from 120 homes by Harlow Creek spent Tuesday night in a leisure centre as firefighters sealed a chlorine tank at the Delmar Chemicals works. Dead fish lined the creek, the Environment Agency said, and Delmar’s Paul Orme said sorry to residents.'),
    A('greenwire.example', '2022-05-18', 'Harlow Creek leak: agency investigates Delmar', 'The Environment Agency opened an investigation into the chlorine leak at the Delmar Chemicals works on Harlow Creek. Residents of the 120 evacuated homes returned on Wednesday.'),
  ]},
  // repeat: brief's wording "fined after the March 2019 spill" ('after' and 'fined' not a follow-up word)
  spillFined: { apart: true, sameAs: 'spillConvicted', arts: null },
  // repeat: crash on the same bend, lead names a driver charged over the March 2019 crash
  crashCharged: { apart: true, arts: [
    A('northwire.example', '2019-03-09', 'Five die as coach crashes on Kelso bend', 'Five passengers died when a coach left the A68 on the Kelso bend on Saturday, police said. Chief Inspector Ruth Main said 30 people were taken to Borders General Hospital. The coach, run by Tweed Travel, was carrying a choir home from Edinburgh.'),
    A('scotpost.example', '2019-03-09', 'Kelso coach crash: five dead', 'Five people died after a Tweed Travel coach crashed on the Kelso bend of the A68 on Saturday. Chief Inspector Ruth Main said the road would stay closed. Thirty passengers were treated at Borders General Hospital.'),
    A('bordernews.example', '2019-03-10', 'Choir mourns Kelso crash victims', 'A choir from Edinburgh is mourning five members killed when their Tweed Travel coach crashed on the A68 near Kelso. Chief Inspector Ruth Main appealed for witnesses.'),
    A('northwire.example', '2022-02-12', 'Three die as minibus crashes on Kelso bend', 'Three people died when a minibus left the A68 on the Kelso bend on Saturday, on the stretch where a coach driver charged over the March 2019 crash had lost control. Chief Inspector Ruth Main said 11 people were taken to Borders General Hospital. The minibus was carrying a football team home from Edinburgh.'),
    A('scotpost.example', '2022-02-12', 'Kelso minibus crash: three dead', 'Three people died after a minibus crashed on the Kelso bend of the A68 on Saturday. Chief Inspector Ruth Main said the road would stay closed. Eleven passengers were treated at Borders General Hospital.'),
    A('bordernews.example', '2022-02-13', 'Football club mourns Kelso crash victims', 'A football club from Edinburgh is mourning three members killed when their minibus crashed on the A68 near Kelso. Chief Inspector Ruth Main appealed for witnesses.'),
  ]},
  // repeat: an election whose lead names the annulled earlier vote's month ("court"), as Kenya's 2022 reports did
  electionCourt: { apart: true, arts: [
    A('reuters.com', '2017-08-08', 'Kestria votes in tight presidential race', 'Kestrians voted on Tuesday in a presidential election between President Omar Lidu and opposition leader Rana Odel. The electoral commission said turnout was high in Port Vell. Observers from the African Union watched the count.'),
    A('apnews.com', '2017-08-09', 'Lidu leads Kestria count', 'President Omar Lidu led opposition leader Rana Odel in early results from the Kestria presidential election, the electoral commission said on Wednesday. Odel alleged rigging in Port Vell.'),
    A('aljazeera.com', '2017-08-11', 'Lidu declared winner of Kestria election', 'The Kestria electoral commission declared President Omar Lidu the winner of the presidential election on Friday. Opposition leader Rana Odel rejected the result and his supporters protested in Port Vell.'),
    A('reuters.com', '2022-08-09', 'Kestria votes in tight presidential race', 'Kestrians voted on Tuesday in a presidential election between Vice President Sami Ruto and opposition leader Rana Odel. The August 2017 vote was annulled by the Supreme Court over irregularities in the count. The electoral commission said turnout was high in Port Vell.'),
    A('apnews.com', '2022-08-10', 'Ruto leads Kestria count', 'Early returns on Wednesday put Sami Ruto, the vice president, ahead of Rana Odel in Kestria’s presidential race, according to the electoral commission. Odel’s camp in Port Vell cried foul over the tallying.'),
    A('aljazeera.com', '2022-08-15', 'Ruto declared winner of Kestria election', 'The Kestria electoral commission declared Sami Ruto the winner of the presidential election on Monday. Opposition leader Rana Odel rejected the result and his supporters protested in Port Vell.'),
  ]},
  // repeat: a tennis final whose lead names last year's final on Centre Court ("court" not of the courts)
  wimbledonCourt: { apart: true, arts: [
    A('bbc.co.uk', '2018-07-15', 'Djokovic beats Anderson to win Wimbledon', 'Novak Djokovic beat Kevin Anderson in straight sets on Centre Court on Sunday to win his fourth Wimbledon title. The Serb, who had fallen outside the top 20, said it was the most emotional win of his career.'),
    A('theguardian.com', '2018-07-15', 'Wimbledon final: Djokovic crushes Anderson', 'Novak Djokovic won the Wimbledon men\'s final on Sunday, beating Kevin Anderson 6-2 6-2 7-6. Djokovic lifted the trophy on Centre Court in front of the Duke and Duchess of Cambridge.'),
    A('espn.com', '2018-07-16', 'Djokovic back on top at Wimbledon', 'Novak Djokovic is back among the favourites after beating Kevin Anderson to win Wimbledon on Sunday. Djokovic said on Centre Court that he had doubted he would win again.'),
    A('bbc.co.uk', '2019-07-14', 'Djokovic beats Federer to win Wimbledon', 'Novak Djokovic beat Roger Federer in a five-set final on Centre Court on Sunday to win his fifth Wimbledon title. The Serb, who beat Kevin Anderson on the same court in July 2018, saved two match points.'),
    A('theguardian.com', '2019-07-14', 'Wimbledon final: Djokovic edges Federer', 'Novak Djokovic won the Wimbledon men\'s final on Sunday, beating Roger Federer in a fifth-set tie-break. Djokovic lifted the trophy on Centre Court.'),
    A('espn.com', '2019-07-15', 'Djokovic outlasts Federer at Wimbledon', 'Novak Djokovic outlasted Roger Federer to win Wimbledon on Sunday. Djokovic said on Centre Court that it was the most mentally demanding final he had played.'),
  ]},
  // repeat: a phone launch whose lead names the earlier launch's month with "lawsuit"
  phoneLawsuit: { apart: true, arts: [
    A('theverge.com', '2016-09-07', 'Apple unveils iPhone 7 without headphone jack', 'Apple unveiled the iPhone 7 in San Francisco on Wednesday, dropping the headphone jack. Chief executive Tim Cook said the phone had the best camera Apple had made. Phil Schiller showed the water-resistant design.'),
    A('reuters.com', '2016-09-07', 'Apple launches iPhone 7, drops headphone jack', 'Apple Inc launched the iPhone 7 on Wednesday at an event in San Francisco, removing the headphone jack. Tim Cook said the camera was its best. The phone goes on sale on September 16.'),
    A('cnet.com', '2016-09-08', 'iPhone 7 hands-on', 'We tried the iPhone 7 after Apple unveiled it in San Francisco. Tim Cook and Phil Schiller showed the new camera and the water-resistant design. The headphone jack is gone.'),
    A('theverge.com', '2017-09-12', 'Apple unveils iPhone X with Face ID', 'Apple unveiled the iPhone X in Cupertino on Tuesday, with Face ID and no home button. Chief executive Tim Cook, whose company faces a lawsuit over slowed batteries in the iPhone 7 released in September 2016, said it was the future of the smartphone. Phil Schiller showed the camera.'),
    A('reuters.com', '2017-09-12', 'Apple launches iPhone X with Face ID', 'Apple Inc launched the iPhone X on Tuesday at an event in Cupertino, removing the home button. Tim Cook said the camera was its best. The phone goes on sale in November.'),
    A('cnet.com', '2017-09-13', 'iPhone X hands-on', 'We tried the iPhone X after Apple unveiled it in Cupertino. Tim Cook and Phil Schiller showed the new camera and Face ID. The home button is gone.'),
  ]},
  // repeat: storm whose lead names the earlier storm's month with "inquiry"
  stormInquiry: { apart: true, arts: [
    A('coastpost.example', '2019-02-08', 'Storm Ilse batters Brenna coast', 'Storm Ilse battered the Brenna coast on Friday with winds of 140 km/h, cutting power to 30,000 homes and flooding the harbour at Saltmere. Mayor Petra Lund opened a shelter in the town hall.'),
    A('northwire.example', '2019-02-08', 'Saltmere harbour floods as Storm Ilse hits', 'The harbour at Saltmere flooded as Storm Ilse hit the Brenna coast on Friday. Power was cut to 30,000 homes, and mayor Petra Lund said the harbour wall had failed.'),
    A('seaboard.example', '2019-02-09', 'Clean-up begins after Storm Ilse', 'Crews began clearing the coast road at Saltmere after Storm Ilse. Mayor Petra Lund said the harbour wall would be rebuilt.'),
    A('coastpost.example', '2022-01-24', 'Storm Odo batters Brenna coast', 'Storm Odo battered the Brenna coast on Monday with winds of 150 km/h, cutting power to 45,000 homes at Saltmere, where an inquiry blamed the harbour wall for the February 2019 flooding. Mayor Petra Lund opened a shelter in the town hall.'),
    A('northwire.example', '2022-01-24', 'Saltmere harbour floods as Storm Odo hits', 'The harbour at Saltmere flooded as Storm Odo hit the Brenna coast on Monday. Power was cut to 45,000 homes, and mayor Petra Lund said the harbour wall had cracked.'),
    A('seaboard.example', '2022-01-25', 'Clean-up begins after Storm Odo', 'Saltmere started mopping up on Tuesday as Storm Odo moved out to sea, with work crews dragging fallen trees off the coast road. Petra Lund, the mayor, promised repairs to the cracked harbour wall.'),
  ]},
};
const swapLead = (base, lead) => POINTER_STREAMS[base].arts.map((x, i) => (i === POINTER_STREAMS[base].arts.length / 2 ? { ...x, text: lead } : x));
POINTER_STREAMS.quakeAgain.arts = swapLead('quakeSued', 'Residents of Marden still rebuilding from the March 2019 quake were hit again on Tuesday when a magnitude 5.8 earthquake struck the Sorrel valley, killing 12 people. The civil protection agency said rescuers were searching the rubble in Marden and Tolby. Governor Ilse Varga visited the area.');
POINTER_STREAMS.shootingJailed.arts = swapLead('shootingAfter', 'A gunman killed three workers at the Halden steel plant in Porter County on Monday, where a former employee jailed for the March 2019 killings had opened fire in the same rolling mill. Sheriff Dana Cole said police arrested the gunman, a contractor. Ferrum Works said it was cooperating with police.');
POINTER_STREAMS.spillFined.arts = swapLead('spillConvicted', 'Delmar Chemicals, fined after the March 2019 spill at its Harlow Creek works, reported a new chlorine leak at the plant on Tuesday that forced the evacuation of 120 homes, the fire service said. The Environment Agency closed the creek to fishing. Chief executive Paul Orme apologised.');

// follow-ups, naturally worded (should join)
const FIRE = [
  A('eastgazette.example', '2021-02-06', 'Three die in Brantham tower block fire', 'Fire tore through the Orchard Court tower block in Brantham early on Saturday, killing three people. Detective Inspector Mia Stroud said the fire was started deliberately on the ground floor. The victims were named as Saul Benn, 41, and his daughters Ada, 9, and Rose, 6.'),
  A('shirewire.example', '2021-02-06', 'Orchard Court fire: police treat deaths as murder', 'Police are treating the deaths of Saul Benn and his two daughters in the Orchard Court fire in Brantham as murder. Detective Inspector Mia Stroud appealed for footage of the ground floor entrance.'),
  A('coastpost.example', '2021-02-08', 'Woman arrested over Orchard Court arson', 'A 35-year-old woman has been arrested on suspicion of murdering Saul Benn, Ada Benn and Rose Benn in the Orchard Court fire in Brantham. Detective Inspector Mia Stroud said residents were being rehoused.'),
];
const later = (arts) => ({ apart: false, sameAs: 'fireTrial', arts: [...FIRE, ...arts] });
POINTER_STREAMS.fireTrial = later([
  A('eastgazette.example', '2022-01-10', 'Orchard Court arson trial opens', 'The trial of Carla Voss, accused of murdering Saul Benn and his daughters Ada and Rose in the Orchard Court fire in February 2021, opened at Brantham Crown Court on Monday. Prosecutors said she set the fire on the ground floor.'),
  A('shirewire.example', '2022-01-11', 'Orchard Court jury hears of bin store fire', 'Jurors in the trial of Carla Voss heard that the Orchard Court fire in Brantham was started in a bin store on the ground floor. Detective Inspector Mia Stroud gave evidence.'),
  A('coastpost.example', '2022-01-12', 'Voss denies Orchard Court murders', 'Carla Voss told Brantham Crown Court she did not start the fire at Orchard Court that killed Saul Benn, Ada Benn and Rose Benn.'),
]);
POINTER_STREAMS.fireSentenceAfter = later([
  A('eastgazette.example', '2022-02-04', 'Orchard Court arsonist jailed for life', 'Carla Voss was jailed for life on Friday after a jury convicted her of murdering Saul Benn and his daughters Ada and Rose in the Orchard Court fire in February 2021. The judge at Brantham Crown Court said she must serve at least 30 years.'),
  A('shirewire.example', '2022-02-04', 'Voss gets life for Orchard Court fire', 'Carla Voss will serve at least 30 years for the Orchard Court fire in Brantham that killed Saul Benn, Ada Benn and Rose Benn. Detective Inspector Mia Stroud welcomed the sentence.'),
  A('coastpost.example', '2022-02-05', 'Orchard Court families speak after sentence', 'Relatives of Saul Benn and his daughters spoke outside Brantham Crown Court after Carla Voss was jailed for the Orchard Court fire.'),
]);
POINTER_STREAMS.fireSecondDay = later([
  A('eastgazette.example', '2022-01-11', 'Orchard Court trial: jury sees footage', 'On the second day of the trial over the Orchard Court fire of February 2021, jurors at Brantham Crown Court saw footage of a woman at the ground floor entrance. Carla Voss denies murdering Saul Benn and his daughters Ada and Rose.'),
  A('shirewire.example', '2022-01-11', 'Orchard Court jury hears of bin store fire', 'Jurors in the trial of Carla Voss heard that the Orchard Court fire in Brantham was started in a bin store on the ground floor. Detective Inspector Mia Stroud gave evidence.'),
  A('coastpost.example', '2022-01-12', 'Voss denies Orchard Court murders', 'Carla Voss told Brantham Crown Court she did not start the fire at Orchard Court that killed Saul Benn, Ada Benn and Rose Benn.'),
]);
POINTER_STREAMS.fireInquiry = later([
  A('eastgazette.example', '2022-09-20', 'Orchard Court inquiry blames missing fire doors', 'An inquiry into the Orchard Court fire that killed three people in Brantham in February 2021 found that missing fire doors let the smoke spread. The report said Saul Benn and his daughters could not escape the stairwell.'),
  A('shirewire.example', '2022-09-20', 'Orchard Court report: fire doors were missing', 'Fire doors were missing at Orchard Court when fire killed Saul Benn and his daughters Ada and Rose, the inquiry into the Brantham fire said on Tuesday. Brantham council apologised.'),
  A('coastpost.example', '2022-09-21', 'Council apologises over Orchard Court doors', 'Brantham council apologised to the families of Saul Benn, Ada Benn and Rose Benn after the Orchard Court inquiry found fire doors were missing.'),
]);
POINTER_STREAMS.fireInquiryLastYear = later([
  A('eastgazette.example', '2022-09-20', 'Orchard Court inquiry blames missing fire doors', 'An inquiry into last year\'s Orchard Court fire, which killed three people in Brantham, found that missing fire doors let the smoke spread. The report said Saul Benn and his daughters could not escape the stairwell.'),
  A('shirewire.example', '2022-09-20', 'Orchard Court report: fire doors were missing', 'Fire doors were missing at Orchard Court when fire killed Saul Benn and his daughters Ada and Rose, the inquiry into the Brantham fire said on Tuesday. Brantham council apologised.'),
  A('coastpost.example', '2022-09-21', 'Council apologises over Orchard Court doors', 'Brantham council apologised to the families of Saul Benn, Ada Benn and Rose Benn after the Orchard Court inquiry found fire doors were missing.'),
]);
POINTER_STREAMS.fireAnniversary = later([
  A('eastgazette.example', '2022-02-06', 'Brantham remembers Orchard Court victims', 'Hundreds gathered at Orchard Court in Brantham on Sunday to remember Saul Benn and his daughters Ada and Rose, who died in the fire there in February 2021. Carla Voss is serving a life sentence for the fire.'),
  A('shirewire.example', '2022-02-06', 'A year on, Orchard Court families remember', 'A year after the Orchard Court fire killed Saul Benn, Ada Benn and Rose Benn, residents of the Brantham tower block laid flowers at the ground floor entrance.'),
  A('coastpost.example', '2022-02-07', 'Orchard Court vigil draws hundreds', 'A vigil for the three victims of the Orchard Court fire in Brantham drew hundreds on Sunday.'),
]);

/** The castings (doctorWho of the data file) with a line in the lead of the later casting's first report. */
export function castingStreams(doctorWho) {
  const lead = (line) => doctorWho.arts.map((x, i) => (i === 3 ? { ...x, text: `${x.text.split('. ')[0]}. ${line} ${x.text.split('. ').slice(1).join('. ')}` } : x));
  return {
    castingJury: { apart: true, sameAs: 'doctorWho', arts: lead('Peter Capaldi, cast in August 2013, was praised by the Bafta jury for his final series.') },
    castingLike: { apart: true, sameAs: 'doctorWho', arts: lead('The announcement, like the one for Capaldi in August 2013, came in a live television special.') },
    castingAppeal: { apart: true, sameAs: 'doctorWho', arts: lead('Peter Capaldi, named in August 2013, had wide appeal among older viewers.') },
  };
}

// five yearly quakes in one valley, each lead naming the previous quake's month with an aftermath word ("sued")
const MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December'];
const ev = [[2018, 3, 40], [2019, 6, 12], [2020, 9, 7], [2021, 11, 22], [2023, 2, 9]];
const EXTRA = ['Volunteers from Pell and Ardra brought blankets and bottled water to a sports hall.', 'The army sent two field hospitals and a mobile kitchen to the square outside the cathedral.', 'Schools in the lower valley stayed shut while engineers checked the bridges on the river road.', 'A dam above Tolby was inspected overnight and declared safe by the water authority.', 'Mobile phone networks failed for hours, and families queued at the post office to send messages.'];
const EXTRA2 = ['Farmers lost hundreds of sheep when barns collapsed in the hills.', 'The regional football final was postponed and the stadium opened as a shelter.', 'Looters were arrested at a supermarket, the police chief said.', 'A baby was pulled alive from a collapsed bakery after 30 hours.', 'The railway line through the valley was closed for inspection of a cracked tunnel.'];
const quakeChain = [];
ev.forEach(([y, m, k], e) => {
  const d = `${y}-${String(m).padStart(2, '0')}-12`, d2 = `${y}-${String(m).padStart(2, '0')}-13`;
  const prev = e ? `, where families who sued the state over the ${MONTHS[ev[e - 1][1] - 1]} ${ev[e - 1][0]} quake still live in temporary homes` : '';
  quakeChain.push({ event: e, ...A('reuters.com', d, `Earthquake kills ${k} in Sorrel valley`, `A strong earthquake struck the Sorrel valley on Tuesday, killing ${k} people in Marden${prev}. The civil protection agency said rescuers were digging through rubble in Marden and Tolby. Governor Ilse Varga visited the area. ${EXTRA[e]}`) });
  quakeChain.push({ event: e, ...A('apnews.com', d, 'Rescuers search rubble after Sorrel valley quake', `Rescuers in the Sorrel valley searched collapsed homes in Marden on Tuesday after an earthquake killed ${k} people. The civil protection agency said the quake struck near Tolby. Governor Ilse Varga promised help. ${EXTRA2[e]} ${EXTRA[(e + 2) % 5]}`) });
  quakeChain.push({ event: e, ...A('bbc.co.uk', d2, `Sorrel valley quake toll at ${k}`, `The death toll from the earthquake in the Sorrel valley stands at ${k}, the civil protection agency said on Wednesday. Aftershocks shook Marden and Tolby overnight as rescuers searched the rubble. ${EXTRA2[(e + 1) % 5]} ${EXTRA[(e + 3) % 5]}`) });
});
POINTER_STREAMS.quakeChain = { apart: true, arts: quakeChain };
