// Cue words for quotes and their speakers (English news): gendered titles and role words (who "he" and "she" can
// be), institution nouns and name words (a speaker that is not a person), and the role nouns and modifiers that
// resolve "the minister said" to a person named earlier. Read by src/analyse/quotes/.

/** Titles before a man's name: "Mr", "Sir", "Herr" (other languages' forms the news quotes too). */
export const MALE_TITLE = /\b(?:Mr|Sir|Lord|King|Prince|Duke|Baron|Father|Brother|Monsieur|Herr|Señor)\.?\s+$/;
/** Titles before a woman's name. */
export const FEMALE_TITLE = /\b(?:Mrs|Ms|Miss|Mme|Madame|Madam|Lady|Dame|Queen|Princess|Duchess|Baroness|Sister|Mother|Frau|Señora)\.?\s+$/;
/** Role words a description of a man carries: "his father", "the spokesman". */
export const MALE_ROLE = /\b(?:husband|father|son|brother|boyfriend|fiancé|widower|king|prince|chairman|spokesman|businessman|congressman|policeman|grandfather|uncle|nephew|actor)\b/i;
/** Role words a description of a woman carries: "his wife", "the spokeswoman". */
export const FEMALE_ROLE = /\b(?:wife|mother|daughter|sister|girlfriend|fiancée|widow|queen|princess|chairwoman|spokeswoman|businesswoman|congresswoman|policewoman|grandmother|aunt|niece|actress)\b/i;
/** Nouns that name an institution or a group: "the police said" is not a person to resolve by role. */
export const INSTITUTION = /^(?:police|ministry|government|department|office|company|agency|court|army|military|council|committee|foundation|media|website|site|statement|report|officials?|authorities|spokes(?:person|man|woman)|group|organi[sz]ation|party|campaign|team|union|commission|service|services|force|forces|administration|embassy|club|family|hospital|university|board|firm|prosecutors?|investigators?|witness(?:es)?|protesters?|residents?|experts?|scientists?|researchers?|analysts?|sources?|defendants?|lawyers?|people|members?|leaders?|officers?|troops|soldiers|workers|staff|organisers|organizers|doctors)$/;
/** Words inside the name of an institution: "Ministry", "Police", "Reuters". */
export const INSTITUTION_NAME = /\b(?:Department|Ministry|Police|Party|Council|Committee|Office|Government|Agency|Court|Army|Forces|Association|Union|Foundation|Times|News|Post|Media|Company|Inc|Ltd|Corp|University|Commission|Service|House|Administration|Reuters|Press|Bank|Group|Institute|Organi[sz]ation|Network|Channel|Twitter|Facebook|State|States|Nations)\b/;
/** Modifiers that do not tell two holders of a role apart: "senior", "former", "presidential". */
export const GENERIC_MODIFIER = /^(?:senior|top|new|longtime|long-time|veteran|current|then|former|outgoing|incoming|acting|lead|main|key|powerful|influential|\p{L}+ial)$/u;
/** Role nouns that name one person: "the president", "the envoy". */
export const PERSON_NOUN = /^(?:president|minister|leader|premier|chancellor|official|envoy|diplomat|general|commander|spokes(?:man|woman|person)|adviser|advisor|negotiator|mediator|chief|head|secretary|ambassador|mayor|governor|candidate|politician|lawmaker|senator|king|queen|prince|monarch|ruler)$/;
