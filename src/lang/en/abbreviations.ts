// Abbreviations written with a full stop ("Mr.", "Gen.", "Inc.", "Jr."), in lower case without the stop: a word
// token keeps the full stop after them (src/analyse/entities/tokens.ts). The sentence splitter
// (src/analyse/sentences.ts) still has its own, longer list (months, "U.S.", "approx"); it differs by "cmdr", "vs" and
// "bros", so joining the two is a change of output to measure, not a move.

/** Titles and ranks before a name: "Mr.", "Prof.", "Gen.", "Sen.", "Rev.". */
export const TITLE_ABBREVIATIONS = ['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'capt', 'lt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'rev'] as const;
/** Company forms after a name: "Apple Inc.", "Warner Bros.". */
export const COMPANY_ABBREVIATIONS = ['inc', 'corp', 'co', 'ltd', 'bros'] as const;
/** Suffixes and short forms inside names and numbers: "Jr.", "Sr.", "St. Louis", "No. 10". */
export const NAME_ABBREVIATIONS = ['jr', 'sr', 'st', 'no'] as const;
