// Building patterns from word lists (src/lang/): a listed word is matched literally, whatever characters it holds.

/** `s` with every regular-expression metacharacter escaped ("S.A." matches only "S.A."). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
