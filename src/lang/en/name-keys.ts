// Words that the story linker's name keys drop or skip (src/story/names.ts), so that one person or organisation gets
// one key across articles and outlets.

/** Titles and the article before a name: "President Zelensky" and "Zelensky" share a key. */
export const KEY_TITLES = ['president', 'mr', 'mrs', 'ms', 'dr', 'sir', 'prime', 'minister', 'gen', 'general',
  'secretary', 'senator', 'sen', 'rep', 'chancellor', 'king', 'queen', 'pope', 'the'] as const;
/** Legal forms that outlets add or drop at will ("General Motors Corporation" = "General Motors"), as English news
 * writes them for companies of several countries (plc, SpA, AG, GmbH). */
export const LEGAL_FORMS = ['corporation', 'corp', 'inc', 'incorporated', 'company', 'co', 'llc', 'ltd', 'limited',
  'plc', 'spa', 'ag', 'sa', 'nv', 'gmbh', 'holdings'] as const;
/** Linking words left out of a name's initials ("United States of America" → "usa"; "Banco de la Nación"). */
export const INITIALS_SKIPPED = ['of', 'and', 'for', 'de', 'la', 'du', 'der', 'on'] as const;
