// What a figure measures: the "of X" complement ("19.2% of Ukrainian territory"), the noun a
// compound figure modifies ("five-hour meeting") or the counted noun itself ("39 people").

/** Words that end a noun phrase: function words and common finite verbs. */
const STOP = new Set([
  'and', 'or', 'but', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'of', 'as', 'than', 'that', 'which', 'who',
  'while', 'when', 'where', 'after', 'before', 'since', 'during', 'including', 'between', 'into', 'over', 'under',
  'remain', 'remains', 'remained', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will',
  'would', 'could', 'can', 'may', 'might', 'should', 'must', 'do', 'does', 'did', 'said', 'says', 'say', 'went', 'came',
  'took', 'take', 'takes', 'died', 'die', 'dies', 'live', 'lives', 'lived', 'left', 'per', 'each', 'a', 'an', 'the',
  'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'it', 'they', 'he', 'she', 'we', 'you', 'i', 'not',
  'also', 'more', 'less', 'fewer', 'about', 'against', 'among', 'through', 'across', 'ago', 'later', 'earlier', 'old',
  'there', 'here', 'so', 'then', 'now', 'still', 'only', 'just', 'if', 'because', 'whose', 'what', 'all', 'both',
]);
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these|those)$/i;
const WORD = /^[\s]*([\p{L}][\p{L}'’\-]*)([,.;:!?)”"]?)/u;

function isVerbish(w: string): boolean {
  return /(?:ed|ly)$/i.test(w) && w.length > 4;
}

/** Up to four words of a noun phrase starting at `pos`, skipping a leading determiner. */
function nounPhrase(text: string, pos: number): string | null {
  const words: string[] = [];
  let at = pos;
  for (let i = 0; i < 5; i++) {
    const m = WORD.exec(text.slice(at, at + 60));
    if (!m) break;
    const w = m[1]!;
    if (!words.length && DETERMINER.test(w)) { at += m[0].length; continue; }
    if (STOP.has(w.toLowerCase()) || (words.length && isVerbish(w))) break;
    words.push(w);
    at += m[0].length;
    if (m[2] || words.length >= 4) break;
  }
  return words.length ? words.join(' ') : null;
}

/** "of X" right after the figure, or for a compound figure the noun it modifies. */
export function aboutAfter(text: string, pos: number, compound: boolean): string | null {
  const rest = text.slice(pos, pos + 80);
  const of = /^\s+of\s+/i.exec(rest);
  if (of) return nounPhrase(text, pos + of[0].length);
  if (compound) return /^\s+\p{L}/u.test(rest) ? nounPhrase(text, pos) : null;
  return null;
}

/** A plural or counted noun right after a bare number: "39 people", "ten survivors", "48 apartments". */
export function isCountedNoun(text: string, pos: number): { word: string; end: number } | null {
  const m = /^\s+(?:(?:[\p{Ll}][\p{L}\-]*)\s+)?([\p{Ll}][\p{L}\-]*)/u.exec(text.slice(pos, pos + 60));
  if (!m) return null;
  // Allow one adjective before the noun ("ten injured people") only when the noun is plural.
  const first = /^\s+([\p{Ll}][\p{L}\-]*)/u.exec(m[0])![1]!;
  const candidates = [first, m[1]!];
  for (const [i, w] of candidates.entries()) {
    const lw = w.toLowerCase();
    if (STOP.has(lw) || isVerbish(lw)) return null;
    if (/(?:s|people|men|children|police|staff|personnel|crew|cattle|sheep|fish)$/.test(lw) && !/(?:ss|us|is)$/.test(lw)) {
      const end = pos + (i === 0 ? /^\s+[\p{L}\-]+/u.exec(m[0])![0].length : m[0].length);
      return { word: w, end };
    }
    if (i === 0 && m[1] === first) break;
  }
  return null;
}
