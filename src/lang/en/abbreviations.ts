// Abbreviations written with a full stop ("Mr.", "Gen.", "Inc.", "Jr."), in lower case without the stop: a word
// token keeps the full stop after them (src/analyse/entities/tokens.ts). The sentence splitter
// (src/analyse/sentences.ts) reads a longer set built from these (`SENTENCE_ABBREVIATIONS`: months, "U.S.", "approx";
// "Cmdr." and "vs." too, but not "Bros.", which ends a sentence as often as it ends a name).

/** Titles and ranks before a name: "Mr.", "Prof.", "Gen.", "Sen.", "Rev.". */
export const TITLE_ABBREVIATIONS = ['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'capt', 'lt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'rev'] as const;
/** Company forms after a name: "Apple Inc.", "Warner Bros.". */
export const COMPANY_ABBREVIATIONS = ['inc', 'corp', 'co', 'ltd', 'bros'] as const;
/** Suffixes and short forms inside names and numbers: "Jr.", "Sr.", "St. Louis", "No. 10". */
export const NAME_ABBREVIATIONS = ['jr', 'sr', 'st', 'no'] as const;

/** Short forms of months and other words a sentence rarely ends on: "Jan.", "approx.", "Dept.", "Mt.". */
export const OTHER_SENTENCE_ABBREVIATIONS = ['cmdr', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'approx', 'est', 'dept', 'mt', 'ft'] as const;
/**
 * Dotted initialisms that end sentences as often as they stand inside one ("… a rally in Washington, D.C. The …"): the
 * sentence splitter reads other capitals run together with full stops as a person's initials ("T.J. Simons").
 */
export const SENTENCE_FINAL_INITIALISMS: ReadonlySet<string> = new Set(['d.c', 'l.a', 'n.y', 'n.j', 'n.c', 's.c', 'n.z', 'u.s.a', 'u.a.e', 'b.c', 'a.d']);
/** Abbreviations after which the sentence splitter does not end a sentence. */
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set<string>([...TITLE_ABBREVIATIONS, ...NAME_ABBREVIATIONS,
  ...COMPANY_ABBREVIATIONS.filter((w) => w !== 'bros'), ...OTHER_SENTENCE_ABBREVIATIONS]);
