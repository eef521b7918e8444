// Cue words around a name that type it or trim it (English news): the nouns that say what kind of thing a name is
// ("rights group X", "the town of Y", "X district", "the Z Ocean"), product and market talk, and the words a
// bare demonym standing for a person is followed by. Read by src/analyse/entities/ (typing, products, candidates,
// descriptions); kept as data here so that a language's knowledge lives in one place.
import { ARTICLES, POSSESSIVE_DETERMINERS, tokenPattern } from './determiners.js';

/** A common noun naming a kind of organisation right before a name: "rights group Foro Penal". */
export const ORG_KIND_NOUNS = /^(?:group|groups|party|company|firm|agency|organi[sz]ation|movement|network|newspaper|broadcaster|charity|NGO|militia|outlet|website|magazine|watchdog|think-tank|insurer|lender|carrier|airline|retailer|manufacturer|startup|monitor)$/;
/** Geographic nouns governing a name through "of": "the town of Babanusa", "north of Khartoum". */
export const GEO_NOUNS = /^(?:town|towns|city|cities|village|villages|region|regions|province|provinces|district|districts|state|states|county|part|parts|outskirts|north|south|east|west|centre|center|capital|area|port|island|islands|suburb|neighbourhood|neighborhood|municipality|governorate|oblast)$/i;
/** Last words of market indices: "Dow Jones Industrial Average", "Nasdaq Composite". */
export const INDEX_HEADS = /^(Index|Average|Composite)$/;
/**
 * Heads of competitions and sporting events ("World Cup", "U.S. Open", "Zurich Grand Prix", "Commonwealth Games"): an
 * event, not an organisation or a place. "League" is left out: "Arab League" is an organisation.
 */
export const EVENT_HEADS = /^(Cup|Open|Prix|Games|Olympics|Championships?|Trophy|Series|Classic|Invitational|Masters)$/;
/**
 * Last words of the names of laws, treaties and charters: "the Affordable Care Act", "the Minsk Agreements", "the UN
 * Charter", "the U.S. Constitution", "the First Amendment": documents, typed other, not the organisation that made them.
 */
export const DOCUMENT_HEADS = /^(Act|Treaty|Accords?|Agreements?|Conventions?|Protocol|Charter|Constitution|Amendment|Declaration|Memorandum|Communiqu[eé])$/;
/** Last words of geographic names: "Atlantic Ocean", "Changi International Airport". */
export const PLACE_HEADS = /^(Ocean|Sea|Airport|River|Mountains?|Lake|Islands?|Bay|Gulf|Strait|Peninsula|Desert|Valley|County|Province|Oblast|Region|Street|Avenue|Road|Square|Bridge|Canal|Coast|Heights|Plateau)$/;
/** A determined geographic noun right before a name: "the capital Naypyitaw". */
export const GEO_BEFORE = /^(?:capital|city|town|village|port|island|province|region|district|state)$/;
/** A lower-case geographic noun right after a name: "the Kurram and Bajaur districts", "the Torkham crossing". */
export const GEO_AFTER = /^(?:district|districts|province|provinces|region|regions|county|counties|crossing|crossings|village|villages|town|towns|valley|camp|camps|governorate|governorates|oblast|municipality|neighbourhood|neighborhood|border|frontier|port)$/;
/** Prepositions after which an unknown name is more often a place than an organisation (weak evidence). */
export const LOCATIVE_BEFORE = /^(?:in|near|from|outside|across|around|inside|throughout)$/i;
/** Compound modifiers that describe the name after them: "NATO-led KFOR", "Saudi-backed forces". */
export const MODIFIER_SUFFIX = /-(?:led|backed|based|owned|run|funded|brokered|controlled|allied|aligned|sponsored|supported)$/i;

/**
 * Nouns that follow a product name ("the Taurus sedan", "Safari browser", "Mac users"); category nouns such as
 * "chips" or "jets" are left out because makers take them too ("Intel chips", "Boeing jets").
 */
export const PRODUCT_NOUNS = /^(users|owners|update|upgrade|version|edition|widget|browser|sedans?|hatchback|coupe|laptops?|notebooks?|smartphones?|handsets?|jetliners?|airliners?|operating)$/;
/** Verbs that take a product as their object ("launched the iPod", "unveiled its new MacBook Air"). */
export const PRODUCT_VERBS = /^(launch|launched|launches|launching|unveil|unveiled|unveils|unveiling|release|released|releases|introduce|introduced|introduces|debut|debuted|ship|shipped|ships|discontinued|recalled|recall|drive|drives|driving|fly|flies|flying|buy|bought|order|ordered|orders|upgrade|upgraded|install|installed|new|latest|redesigned)$/;
/** Words between a product verb and the product: "launched its new …". */
export const PRODUCT_DETERMINERS = tokenPattern([...ARTICLES, ...POSSESSIVE_DETERMINERS, 'our', 'new', 'latest']);
/** Market talk after an index name ("the Dow Jones fell 120 points", "the FTSE closed up 1.2%"). */
export const MARKET_VERBS = /^(fell|rose|gained|lost|closed|dropped|climbed|slipped|jumped|tumbled|added|shed|ended|finished|opened|surged|plunged|sank|declined|increased|decreased|edged|index|indices|indexes)$/;

/** Words that may follow a bare demonym when it stands for a person ("the Ukrainian took too long"). */
export const DEMONYM_PERSON_NEXT = /^(said|says|told|took|takes|has|had|is|was|will|would|could|can|added|did|does|wants|wanted|replied|insisted|noted|agreed|refused|met|called|also|later|then|again|earlier|previously|subsequently|still|now|once|himself|herself)$|ed$|ly$/;

/** The kind word a first-level region's name may end in ("Kharkiv Oblast", "Homs Governorate"), after folding to lower case. */
export const REGION_SUFFIX = / (oblast|region|province|krai|governorate|county)$/;
/** Capitalised words after which "of" continues a name ("Republic of Korea", "Duke of Sussex", "Gulf of Aden"). */
export const OF_HEADS = /^(Republic|Kingdom|Gulf|Bay|Sea|Isle|City|State|States|Province|Duke|Prince|Queen|King|Port|Cape|Lake|Mount|Strait|Sultanate|Emirate)$/;
/** Head words of agency names that are not organisation keywords on their own ("Border Protection"). */
export const AGENCY_HEADS = /^(?:Protection|Enforcement|Prevention|Control|Security|Safety|Affairs|Development|Administration|Research|Welfare|Planning|Relief|Rescue|Immigration|Customs|Excise|Revenue)$/;
/** Words that cannot modify a role noun before an apposed name ("the EU's foreign policy chief, Kaja Kallas"). */
export const ROLE_STOP_WORDS = new Set(['the', 'a', 'an', 'one', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'that', 'which', 'who', 'said', 'says', 'told', 'met', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'be', 'been', 'will', 'would', 'not', 'also', 'but']);
/** Royal and noble titles end real names ("Burger King"); job titles at the end do not ("Ryanair CEO"). */
export const NAME_FINAL_TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'lord', 'lady', 'sir', 'pope', 'emir', 'sultan', 'sheikh', 'general', 'justice', 'partner', 'partners', 'director-general']);
/** Lowercase function words of Title Case ("Apple Unveils the New MacBook Air in Paris"). */
export const TITLE_CASE_MINOR_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'is', 'are', 'after', 'over', 'into']);
/** Arabic name particles written lower case before a capitalised name ("al-Assad", "bin-Salman"). */
export const NAME_PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|an|bin|ibn)-\p{Lu}/u;

/** Two words before a company's name in market copy: "shares in Pechiney", "the takeover of Alusuisse". */
export const COMPANY_CUES_BEFORE = new Set([
  'shares in', 'stake in', 'holding in', 'takeover of', 'merger with', 'bid for', 'offer for', 'acquisition of',
  'subsidiary of', 'shareholders in', 'shareholders of', 'analyst at', 'analysts at', 'economist at', 'economists at', 'strategist at',
  'strategists at',
]);
/** Market-copy nouns right before a company's name, beside ORG_KIND_NOUNS: "broker Hoare Pemberton", "distributor X". */
// (not the nouns that also name a person's trade: "record producer Terry Melcher", "software developer", "miner")
export const COMPANY_KIND_BEFORE = new Set(['broker', 'brokers', 'brokerage', 'distributor', 'bank', 'insurer', 'lender', 'carrier', 'airline',
  'retailer', 'manufacturer', 'refiner', 'group', 'firm', 'company', 'conglomerate']);
/** A share-price move after a company's name in market copy: "Mercia Midland gained 9p", "Halberg rose 1.40 marks". */
export const PRICE_MOVE_VERBS = new Set(['rose', 'fell', 'gained', 'lost', 'added', 'shed', 'dropped', 'slipped', 'climbed', 'eased', 'firmed',
  'jumped', 'slumped', 'advanced', 'declined', 'tumbled', 'soared', 'dipped', 'edged', 'surged', 'plunged', 'rallied']);
/** Price units after the figure of such a move ("9p", "1.40 marks", "12 cents"); a percentage alone is no cue ("rose 3 percent in the polls"). */
export const PRICE_UNITS = new Set(['p', 'pence', 'cents', 'cent', 'marks', 'pfennigs', 'francs', 'centimes', 'yen', 'lire', 'crowns', 'kroner',
  'rand', 'pesos', 'baht', 'won', 'guilders', 'schillings', 'dollars', 'pounds', 'euros', 'rupees', 'ringgit', 'pesetas', 'escudos']);
/** A word after a company's name: "Zeneca shares", "Glaxo stock". */
export const COMPANY_NOUNS_AFTER = new Set(['shares', 'stock', 'shareholders', 'stockholders']);
/** After a company's name and "'s": "Glaxo's chief executive", "Pechiney's board". */
export const COMPANY_ROLES_AFTER = new Set([
  'shares', 'stock', 'shareholders', 'board', 'chairman', 'chief executive', 'profit', 'profits', 'net profit', 'earnings',
  'revenue', 'revenues', 'sales', 'turnover', 'subsidiary', 'unit', 'share price', 'market value', 'takeover',
]);
