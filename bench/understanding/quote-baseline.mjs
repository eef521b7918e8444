// The regex baseline for quote speakers: the name next to the nearest "said"/"says" (or told, added, wrote)
// in the quote's sentence, else in the sentence before. "X said" takes the capitalised words (or the
// pronoun) right before the verb, "said X" the capitalised words right after. Text inside quotation marks
// is blanked first, so a verb inside someone's words is not used.
const CUE = /\b(?:said|says|told|tells|added|adds|wrote|writes)\b/g;
const NAME_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*|\b(?:he|she|they|it|we)\b)\s*,?\s*$/u;
// "said study co-author Karen Alley": a few lower-case words of description may come before the name
const NAME_AFTER = /^\s*(?:[\p{Ll}-]+\s+){0,3}((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})/u;

function blankQuotes(text) {
  return text.replace(/["“][^"“”]*["”]/g, (m) => m[0] + ' '.repeat(m.length - 2) + m[m.length - 1]);
}

function sentenceBounds(text) {
  const out = [];
  let s = 0;
  for (const m of text.matchAll(/[.!?]["”’]?\s+(?=["“‘(]?\p{Lu})|\n\s*\n/gu)) { out.push([s, m.index + m[0].length]); s = m.index + m[0].length; }
  out.push([s, text.length]);
  return out;
}

function nameAtCues(masked, [a, b], pos) {
  const cands = [];
  for (const m of masked.slice(a, b).matchAll(CUE)) {
    const at = a + m.index;
    const before = NAME_BEFORE.exec(masked.slice(Math.max(a, at - 80), at));
    const after = NAME_AFTER.exec(masked.slice(at + m[0].length, b));
    const name = before?.[1] ?? after?.[1]?.trim();
    if (name) cands.push({ name, dist: Math.abs(at - pos) });
  }
  cands.sort((x, y) => x.dist - y.dist);
  return cands[0]?.name ?? null;
}

/** The baseline's speaker words for a quote opening at `pos` of `text`, or null. */
export function baselineSpeakers(text) {
  const masked = blankQuotes(text);
  const sents = sentenceBounds(masked);
  return (pos) => {
    const i = sents.findIndex(([a, b]) => pos >= a && pos < b);
    if (i < 0) return null;
    return nameAtCues(masked, sents[i], pos) ?? (i > 0 ? nameAtCues(masked, sents[i - 1], sents[i - 1][1]) : null);
  };
}
