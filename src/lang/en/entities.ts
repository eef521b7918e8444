// Small hand-written word lists that type and split capitalised names in English news.
// Kept here (not an npm list) because the available given-name datasets miss common news names
// (the @stdlib English lists lack "Donald", "Volodymyr", "Xi"); see docs/decisions/entities.md.
import { speechForms } from './speech.js';
import { HONORIFIC_FORMS } from './titles.js';

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Title heads: a name right after one of these is a person and the phrase before it is the role. */
export const TITLE_WORDS = words(`
president presidents vice-president minister ministers premier chancellor secretary senator senators governor
mayor ambassador envoy envoys advisor advisors adviser advisers aide aides representative spokesman spokeswoman
spokesperson chairman chairwoman chair ceo cfo coo executive director manager founder king queen prince princess
pope cardinal archbishop bishop judge justice prosecutor attorney general commander colonel captain lieutenant
sergeant admiral officer chief head leader leaders analyst analysts economist economists professor dr dr. mr mr.
mrs mrs. ms ms. sir lord lady sheikh emir sultan gen gen. lt lt. col col. maj maj. brig brig. capt capt. sgt sgt. adm adm. member coach striker midfielder defender goalkeeper player quarterback linebacker cornerback jockey pitcher batsman bowler winger skipper goaltender defenceman defenseman playmaker president-elect
congressman congresswoman lawmaker lawmakers mp deputy negotiator negotiators mediator mediators diplomat correspondent reporter editor author
actor actress singer director-general commissioner inspector detective sen. gov. rep. gen. col. capt. lt. sgt.
adm. secretary-general chairperson dean rector principal official officials candidate nominee rabbi imam
vice chief-executive ambassador-at-large envoy-at-large counterpart counterparts owner speaker undersecretary under-secretary activist activists campaigner lawyer partner president's analyst researcher scientist spokesmen`);

/** Lowercase words that may sit inside a role phrase before a name ("former deputy prime minister"). */
export const ROLE_MODIFIERS = words(`
former acting deputy vice chief senior special presidential prime foreign defence defense interior finance
economy economic health justice trade energy foreign-affairs national security state federal regional local
top lead junior assistant associate executive managing general military naval army police party opposition
first second interim incoming outgoing longtime long-time then-president then former-president team union
labour labor environment education transport agriculture emergencies culture sports science technology press
communications campaign financial operating technical political legal public chief-of-staff of staff the
company's industry market senior-level`);

/** Speech verbs next to a name: a speaker is a person or an organisation, never a product. */
export const SPEECH_VERBS = new RegExp(`^(?:${speechForms('entity').join('|')})$`);

/** Courtesy titles that mark the next capitalised word as a person but are not roles. */
export const HONORIFICS = new Set(HONORIFIC_FORMS);

/** Words that end or head organisation names. */
export const ORG_WORDS = words(`
Inc Inc. Corp Corp. Corporation Chamber Chambers Co Co. Company Ltd Ltd. LLC plc PLC Group Holdings Bank Airlines Airways Air
Motors Industries Systems Technologies Partners Capital Fund Trust Foundation Association Society Institute
University College School Academy Ministry Department Office Agency Bureau Commission Committee Council
Parliament Assembly Congress Senate Court Party Front Movement Union League Federation Organization
Organisation Alliance Coalition Army Navy Force Forces Police Guard Service Services Authority Board Exchange
Times Post News Journal Herald Tribune Press Network Television Radio Media Club FC United Church Cabinet
Administration Government Reserve Treasury Commerce Centre Center Labs Laboratories Pharmaceuticals Energy
Oil Petroleum Gas Electric Communications Telecom Investments Securities Entertainment Studios Records
Brigade Battalion Regiment Command Directorate Secretariat Embassy Consulate Hospital Council`);

/**
 * Trades that close a company's name ("Samsung Electronics", "Sunkyong Refining", "Deutsche Telekom", "Nordsee
 * Energie"): the last word of a name of two words or more. Alone they are common nouns ("a professor of Engineering"),
 * so, unlike ORG_WORDS, they type nothing by themselves, and they are not the model's "orgword" feature (it was trained
 * without them). Words that are also surnames ("Steel") or that open titles ("Finance Minister", "Resources Minister")
 * are left out.
 */
export const TRADE_WORDS = words(`
Engineering Refining Electronics Chemicals Petrochemicals Shipping Shipbuilding Mining Metals Breweries Brewing
Textiles Cement Logistics Semiconductor Semiconductors Aerospace Pharma Therapeutics Telecommunications Bancorp
Energie Energia Petroli Petroleos Petróleos Industrie Industria Industrias Werke Telekom Chemie`);

/**
 * Words that make a trade a field, a sector or a topic rather than a company's name: "Chemical Engineering", "Big
 * Pharma", "Deep Sea Mining", "Crypto Mining".
 */
export const TRADE_FIELDS = words(`Big Deep Sea Ocean Offshore Marine Arctic Space Lunar Asteroid Chemical Civil Mechanical
Electrical Electronic Software Genetic Biomedical Industrial Environmental Petroleum Structural Nuclear Agricultural Coal
Gold Copper Lithium Crypto Bitcoin Data Global Heavy Light Applied Advanced Modern Green`);

/** Legal forms that are also region codes ("Las Vegas NV", "Calgary AB", "Adelaide SA"): alone they type nothing. */
export const REGION_CODES = words(`NV SA AB`);

/** Legal-form words a company's name drops in later mentions ("Northwind Motors Corporation" → "Northwind Motors"). */
export const LEGAL_SUFFIXES = words(`Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. LLC plc PLC Plc Group Holdings AG SA S.A. GmbH NV N.V. SpA S.p.A. BV B.V. AB ASA Oyj Pty`);

/** Well-known organisations named without a keyword (also the model's "org" feature: retrain after changing it). */
export const KNOWN_ORGS = words(`Kremlin Pentagon NATO UN EU OPEC IMF WHO FBI CIA NSA NASA Reuters AP AFP BBC CNN
Interpol Hamas Hezbollah Taliban Europol Gazprom Rosneft Boeing Airbus Apple Google Microsoft Amazon Facebook Meta
Tesla Toyota Nasdaq Congress Parliament Bundestag Duma Knesset Vatican Frontex Unesco UNICEF Wikinews Wikipedia`);

/**
 * News agencies, parliaments and parties that wire copy names without a keyword ("Interfax said", "the Sejm voted",
 * "Likud's leader"), for the rules only: the model was trained without them, so they are not its "org" feature. Words
 * that are also people's or places' names ("Petra", "Fatah" (Tarek Fatah), "Antara" (Antara Dev Sen), "Anadolu" (the
 * region: "Anadolu Agency" is a phrase below)) or common nouns ("Sputnik", "Cortes") are left out.
 */
export const NAMED_INSTITUTIONS = words(`
Interfax Itar-Tass Xinhua Kyodo Jiji Yonhap Bernama Tanjug Notimex Agerpres Ukrinform
Bundesrat Sejm Riksdag Storting Stortinget Folketing Eduskunta Althing Sabor Seimas Saeima Riigikogu Oireachtas Seanad Majlis
Senedd Likud Fidesz Syriza Podemos Jobbik Kuomintang Ennahda Hizbollah Shas`);

/** Multi-word organisations whose words are otherwise ordinary (compared folded). */
export const KNOWN_ORG_PHRASES = new Set(['white house', 'downing street', 'wall street', 'supreme court',
  'european union', 'united nations', 'security council', 'state department', 'red cross', 'federal reserve',
  'lok sabha', 'rajya sabha', 'verkhovna rada', 'ria novosti', 'prensa latina', 'anadolu agency', 'antara news agency']);

/**
 * Words that open the generic part of a longer name rather than a company's own ("China Petroleum and Chemical
 * Corporation", "Virginia Polytechnic Institute and State University", "Minnesota Mining and Manufacturing Company"):
 * a name's side after "and" opened by one of them is no company of its own.
 */
export const GENERIC_NAME_OPENERS = words(`State National Federal General International Technical Polytechnic Community Public
Medical Manufacturing Savings Banking Dry Trust Commercial Industrial Chemical Mining Shipbuilding Electric Electrical`);

/** Legal forms that close a whole name ("Newport News Shipbuilding and Dry Dock Company"): the side after "and" does not own them. */
export const WHOLE_NAME_LEGAL_FORMS = words(`Company Corporation Co Co. Corp Corp. Inc Inc. Incorporated Ltd Ltd. Limited LLC L.L.C. LLP L.L.P. LP L.P. plc PLC Plc`);

/**
 * International organisations whose full names a name is seldom read across whole: most hold "in", "for", "and" or
 * "the", which neither the model nor the rules read a name across; the others are listed for their spellings. Each is
 * one name where it is written in full. Written once; entities/long-names.ts also matches "Organization" for
 * "Organisation", "Cooperation" for "Co-operation", "Centres" for "Centers", "Workers'" for "Workers" and a space for
 * the hyphen of "Asia-Pacific". A longer listed name ("Africa Centers for Disease Control and Prevention") is matched
 * before the name it holds.
 */
export const LONG_ORG_NAMES = [
  'Organisation for Security and Co-operation in Europe', 'Conference on Security and Co-operation in Europe',
  'Organisation for Economic Co-operation and Development', 'Organisation of the Petroleum Exporting Countries',
  'Organisation of American States', 'Organisation of Islamic Co-operation', 'Organisation of the Islamic Conference',
  'Organisation of African Unity', 'Food and Agriculture Organisation', 'Organisation for the Prohibition of Chemical Weapons',
  'European Bank for Reconstruction and Development', 'International Bank for Reconstruction and Development',
  'United Nations High Commissioner for Refugees', 'Office of the United Nations High Commissioner for Human Rights',
  'United Nations Educational, Scientific and Cultural Organisation', 'United Nations Conference on Trade and Development',
  'United Nations Relief and Works Agency', 'International Committee of the Red Cross',
  'International Federation of Red Cross and Red Crescent Societies', 'Centers for Disease Control and Prevention',
  'Africa Centers for Disease Control and Prevention', 'European Centre for Disease Prevention and Control',
  'Bureau of Alcohol, Tobacco, Firearms and Explosives', 'National Association for the Advancement of Colored People',
  'Economic Community of West African States', 'Association of Southeast Asian Nations', 'Asia-Pacific Economic Co-operation',
  'Gulf Co-operation Council', 'Shanghai Co-operation Organisation', 'Commonwealth of Independent States',
  'Alliance of Democratic Forces for the Liberation of Congo-Zaire', 'Alliance of Democratic Forces for Liberation',
  'Democratic Alliance for the Betterment of Hong Kong', 'Democratic Alliance for the Betterment and Progress of Hong Kong',
  'Kurdistan Workers Party', 'Palestine Liberation Organisation',
];

/** Capitalised words that are never names on their own. */
export const NON_NAMES = words(`
January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul
Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday I I'm I've I'd I'll OK TV
Mr Mrs Ms Dr MR MRS MS DR Sir AM PM A.M. P.M. GMT UTC CET EST BST Internet Web Christmas Easter Ramadan God`);

/** Common words that start sentences capitalised; such a first word is not a name. */
export const SENTENCE_STARTERS = words(`
The A An This That These Those It Its In On At By For From With Without Within Into Of To As And But Or Nor So
Yet If When While Where Whereas Although Though Because Since After Before During Despite Until Unless Once
Then There Here Now Today Yesterday Tomorrow Meanwhile However Moreover Furthermore Also Still Even Just Only
He She We They You I His Her Our Their Your My Some Many Most Much More Several All Both Each Every Any No Not
None Other Another Such What Which Who Whom Whose Why How According Read See Watch Follow Click Share Making
Exclusive Nearly About Around Over Under Between Among Against Through Last Next First Second Third Earlier
Later Following Asked Speaking Writing Overall Instead Indeed Already Again Perhaps Maybe Thus Hence Please
Let Yes Photo Image Video Related Update Updated Breaking Analysis Opinion Editorial Sources Source Officials
Police Authorities Residents Experts Analysts Critics Supporters Protesters Shares Sales Stocks Prices Markets
Either Neither Whether Everyone Everything Nobody Nothing Someone Something Anyone Anything Its New Old Top Big Small Major Minor Local Global National International Public Private Federal`);

/** Prepositions after which a small town is read as a place. */
export const PLACE_PREPOSITIONS = words(`in In from From to To near Near at At across outside inside into toward towards
around throughout via of between and`);

/** Connectors allowed inside a name when a capitalised word follows ("Bank of America", "Charles de Gaulle"). */
export const NAME_CONNECTORS = words(`of de du da do dos das del della di van von der den la le bin ibn al el bint y`);

/**
 * Demonyms and nationality adjectives → ISO country code (or a bloc code). A prototype-free object: callers look words
 * of the article up with `in` and `[]`, and "constructor" or "__proto__" must not answer from Object.prototype.
 */
export const DEMONYMS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  russian: 'RU', ukrainian: 'UA', american: 'US', us: 'US', 'u.s.': 'US', british: 'GB', english: 'GB', scottish: 'GB',
  welsh: 'GB', french: 'FR', german: 'DE', italian: 'IT', spanish: 'ES', portuguese: 'PT', dutch: 'NL', belgian: 'BE',
  swiss: 'CH', austrian: 'AT', polish: 'PL', czech: 'CZ', slovak: 'SK', hungarian: 'HU', romanian: 'RO',
  bulgarian: 'BG', greek: 'GR', turkish: 'TR', swedish: 'SE', norwegian: 'NO', danish: 'DK', finnish: 'FI',
  irish: 'IE', chinese: 'CN', japanese: 'JP', korean: 'KR', 'south korean': 'KR', 'north korean': 'KP', indian: 'IN',
  pakistani: 'PK', afghan: 'AF', iranian: 'IR', iraqi: 'IQ', syrian: 'SY', israeli: 'IL', palestinian: 'PS',
  lebanese: 'LB', egyptian: 'EG', saudi: 'SA', emirati: 'AE', qatari: 'QA', canadian: 'CA', mexican: 'MX',
  brazilian: 'BR', argentine: 'AR', argentinian: 'AR', chilean: 'CL', colombian: 'CO', venezuelan: 'VE', cuban: 'CU',
  australian: 'AU', 'new zealand': 'NZ', nigerian: 'NG', kenyan: 'KE', 'south african': 'ZA', ethiopian: 'ET',
  belarusian: 'BY', georgian: 'GE', armenian: 'AM', azerbaijani: 'AZ', kazakh: 'KZ', moldovan: 'MD',
  lithuanian: 'LT', latvian: 'LV', estonian: 'EE', serbian: 'RS', croatian: 'HR', bosnian: 'BA', slovenian: 'SI',
  indonesian: 'ID', malaysian: 'MY', filipino: 'PH', thai: 'TH', vietnamese: 'VN', taiwanese: 'TW', european: 'EU',
  sudanese: 'SD', libyan: 'LY', tunisian: 'TN', moroccan: 'MA', algerian: 'DZ', yemeni: 'YE', jordanian: 'JO',
  icelandic: 'IS', 'sri lankan': 'LK', bangladeshi: 'BD', nepalese: 'NP', peruvian: 'PE', bolivian: 'BO',
  ecuadorian: 'EC', uruguayan: 'UY', paraguayan: 'PY', haitian: 'HT', jamaican: 'JM', somali: 'SO', ugandan: 'UG',
  ghanaian: 'GH', zimbabwean: 'ZW', congolese: 'CD', rwandan: 'RW', sovietic: 'RU', soviet: 'RU',
  liberian: 'LR', montenegrin: 'ME', macedonian: 'MK', albanian: 'AL', ivorian: 'CI', cameroonian: 'CM', senegalese: 'SN',
  zambian: 'ZM', cypriot: 'CY',
});

/**
 * Nationality nouns that are not the adjective (DEMONYMS) or "-man" forms of it, as wire copy writes them before a
 * name ("Briton Tim Henman", "Swede Stefan Edberg"), in lower case. Left out: nouns that are also given names or
 * nicknames ("Dane", "Finn", "Scot", "Turk": Turk Broda).
 */
export const DEMONYM_NOUNS = words(`briton britons swede pole spaniard croat serb slovene icelander luxembourger kiwi scotsman scotswoman`);

/**
 * Faiths and their followers ("Roman Catholic priests", "Shia militias", "a Sunni cleric"): like a nationality word, on
 * its own such a word names no person, organisation or place ("the Roman Catholic Church" is a longer name). "Roman"
 * counts only before "Catholic"; "Christian" alone is also a given name and "Hindu" a newspaper's ("The Hindu"), so they are not
 * among them.
 */
export const FAITH_WORDS = words(`Catholic Catholics Protestant Protestants Orthodox Ultra-Orthodox Muslim Muslims Moslem
Moslems Islamic Jewish Jew Jews Christians Sunni Sunnis Shia Shias Shiite Shiites Shi'ite Shi'ites Shi’ite Shi’ites Alawite
Alawites Druze Yazidi Yazidis Haredi Haredim Buddhist Buddhists Hindus Sikh Sikhs Evangelical Evangelicals Anglican
Anglicans Lutheran Lutherans Methodist Methodists Baptist Baptists Mormon Mormons Coptic Copts`);

/** Common given names in international news (first token of a person name). */
export const GIVEN_NAMES = words(`
Aaron Abdul Abdullah Adam Adrian Ahmed Ahmad Alan Albert Alec Alejandro Alex Alexander Alexandre Alexei Alexey
Alexis Ali Alice Alicia Alison Amanda Amy Ana Andrea Andreas Andrei Andrew Andrey Andriy Andy Angela Angelina
Anna Anne Annie Anthony Antonio Antony Arnold Arthur Ashley Barack Barbara Ben Benjamin Bernard Bernie Beth Bill
Bob Boris Brad Brandon Brian Bruce Bruno Carl Carlos Caroline Catherine Charles Charlie Chris Christian
Christine Christopher Claire Claude Colin Craig Dan Daniel Danny Dave David Dean Dennis Denis Dmitri Dmitry
Dmitriy Dominic Donald Doug Douglas Edward Elena Elizabeth Ellen Emily Emma Emmanuel Eric Erik Ethan Eva Evan
Fernando Frank Franz Fred Frederick Friedrich Gabriel Gary George Georg Gerald Gerhard Giorgia Giuseppe Gordon
Greg Gregory Hans Harold Harry Heather Heinz Helen Henry Hillary Hugh Hugo Ian Igor Ilya Ivan Jack Jacob Jacques
James Jamie Jan Jane Janet Jared Jason Javier Jean Jeff Jeffrey Jennifer Jens Jeremy Jerome Jessica Jim Jimmy
Joan Joe Johann John Johnny Jon Jonathan Jorge Jose José Joseph Josh Joshua Juan Judith Julia Julian Julie
Justin Karen Karl Kate Katherine Kathleen Keir Keith Kelly Ken Kenneth Kevin Kim Kirill Klaus Kristi Kyle Larry
Laura Lauren Lee Leon Leonid Linda Lisa Liz Louis Luis Luke Lula Maria Marie Marine Mario Mark Marco Martin
Mary Matt Matthew Maurice Max Maxim Megan Michael Michel Michelle Miguel Mike Mikhail Mohamed Mohammad Mohammed
Muhammad Nancy Naftali Narendra Natalia Natalie Nathan Neil Nicholas Nick Nicola Nicolas Nikita Nikolai
Nikolay Oleg Oleksandr Oleksiy Olga Oliver Olaf Pablo Patrick Paul Pedro Peter Petro Philip Philippe Pierre
Rachel Ralph Ramzan Raul Recep Rebecca Richard Rick Rishi Rob Robert Roberto Robin Roger Roman Ron Ronald Rosa
Ruslan Ryan Sam Samuel Sandra Sara Sarah Scott Sean Sebastian Sergei Sergey Serhiy Shinzo Silvio Simon
Sophie Stefan Stephen Steve Steven Susan Sven Tamara Ted Teresa Thierry Thomas Tim Timothy Todd Tom Tony Ursula
Valentina Valery Vasyl Victor Viktor Vincent Vitali Vitaly Vladimir Volodymyr Walter Wang Wayne William
Xavier Xi Yevgeny Yevgeniy Yulia Yuri Yury Zhang Kamala Joseph Mitch Nancy Chuck Marjorie Pete Kristalina
Antonio Jens Josep Ursula Emmanuel Rodrigo Jair Justin Jacinda Scott Malcolm Tony Theresa Gordon Tony Vladimir
Benjamin Ehud Yair Mahmoud Bashar Hassan Hosni Abdel Jamal Omar Osama Saddam Kim Moon Yoon Shinzo Fumio Yoshihide
Li Hu Jiang Deng Narendra Imran Nawaz Shehbaz Recep Ilham Nikol Alexander Svetlana Alexei Yulia Sergei
Dmitri Anatoly Gennady Valentina Tatiana Tatyana Irina Maria Olena Oksana Iryna Denys Mykhailo Mykola Yuriy`);
