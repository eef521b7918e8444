// Words quoted again: a quotation nothing attributes whose words stand inside another quotation of the article, one with
// a speaker, is that speaker's, in two shapes: a heading or pull quote, a paragraph of its own, repeating a line quoted
// near it ("My fears have been realized" above "Morrison told the committee, “… My fears have been realized”"); the
// writer picking up a phrase quoted earlier ("reconcile dividends with “investing for growth”"). Not a phrase the
// writer uses first and someone quotes later ("the phrase “thoughts and prayers” …. “We don't need more thoughts and
// prayers,” said Murphy": the phrase is the writer's), nor one the writer names as a phrase ("the slogan “…”"), nor one
// the speaker denies or names ("This is not a tax on the poor", "some will call this a betrayal") or quotes from someone
// else (“Coach told us, ‘leave everything on the field’”); and only near its source.
// Three words at least, not all capitalised: a quoted word or two ("intellectual property") is as often a term, and a
// capitalised run ("Deep Throat", "The Boy From Oz") a name or a title, that someone's quotation happens to hold.
import type { Quote, Span } from '../../model/analysis.js';
import { DENIED_BEFORE_RE, TERM_INTRODUCER_RE } from '../../lang/en/quote-cues.js';
import { isTitleCase } from '../shared/quotation.js';

/** Lower-case words joined by single spaces, with a space on each side so a match is whole words. */
const wordsOf = (s: string) => ` ${s.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu)?.join(' ') ?? ''} `;
const MIN_WORDS = 3;
/** At most this many unattributed quotations are looked up (each reads the attributed ones): a page of thousands stays linear. */
const MAX_LOOKUPS = 200;
/** How near its source a repeated quotation stands: a heading over the paragraphs that quote it, the writer a few paragraphs on. */
const NEAR = 3_000;

/**
 * Gives each marked quotation with no speaker the speaker of a quotation holding its words, the nearest one first.
 * `blocks`: the article's paragraphs (a quotation filling one is a heading or a pull quote).
 */
export function creditRepeatedWords(quotes: Quote[], text: string, blocks: readonly Span[]): void {
  const attributed = quotes.filter((q) => q.kind !== 'indirect' && q.speakerName).map((q) => ({ q, words: wordsOf(q.text) }));
  if (!attributed.length) return;
  let lookups = 0;
  for (const q of quotes) {
    if (q.kind === 'indirect' || q.speakerName) continue;
    const words = wordsOf(q.text);
    if (words.trim().split(' ').length < MIN_WORDS || isTitleCase(q.text)) continue;
    if (++lookups > MAX_LOOKUPS) return;
    if (namedAsTerm(text, q.start)) continue;
    const alone = fillsParagraph(q, text, blocks);
    let best: Quote | null = null;
    for (const a of attributed) {
      if (a.q === q || !(alone || a.q.start < q.start) || Math.abs(a.q.start - q.start) > NEAR) continue;
      const at = a.words.indexOf(words);
      if (at < 0 || DENIED_BEFORE_RE.test(a.words.slice(0, at).trimEnd()) || quotedWithin(a.q.text, words)) continue;
      if (!best || Math.abs(a.q.start - q.start) < Math.abs(best.start - q.start)) best = a.q;
    }
    if (best) { q.speaker = best.speaker; q.speakerName = best.speakerName; }
  }
}

/** Does the writer name the quoted words as a phrase ("The slogan “defund the police”", "the so-called “…”", "known as “…”")? */
export const namedAsTerm = (text: string, start: number): boolean => TERM_INTRODUCER_RE.test(text.slice(Math.max(0, start - 40), start).replace(/["“‘'\s]+$/, ''));

/** Do the words stand in a quotation nested in the speaker's ("Coach Reid told us, ‘leave everything on the field’"): someone else's. */
function quotedWithin(quotation: string, words: string): boolean {
  for (const m of quotation.slice(1).matchAll(/[‘“"](?!\s)([^‘’“”"]{2,})[’”"]/gu)) if (wordsOf(m[1]!).includes(words)) return true;
  return false;
}

/** Does the quotation, with its marks, fill its paragraph? */
function fillsParagraph(q: Quote, text: string, blocks: readonly Span[]): boolean {
  const b = blocks.find((x) => x.start <= q.start && q.end <= x.end);
  return !!b && text.slice(b.start, q.start).replace(/["“”'‘’\s]/g, '') === '' && text.slice(q.end, b.end).replace(/["“”'‘’\s.,]/g, '') === '';
}
