// Words quoted again: a quotation nothing attributes whose words stand inside another quotation of the article, one with
// a speaker, is that speaker's (a heading or pull quote repeating a line quoted below it, "My fears have been realized"
// above "Morrison told the committee, “… My fears have been realized”"; the writer picking up a phrase quoted earlier,
// "reconcile dividends with “investing for growth”"). Three words at least, not all capitalised: a quoted word or two
// ("intellectual property") is as often a term, and a capitalised run ("Deep Throat", "The Boy From Oz") a name or a
// title, that someone's quotation happens to hold.
import type { Quote } from '../../model/analysis.js';

/** Lower-case words joined by single spaces, with a space on each side so a match is whole words. */
const wordsOf = (s: string) => ` ${s.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu)?.join(' ') ?? ''} `;
const MIN_WORDS = 3;
/** Every word capitalised, bar short joining words ("of", "the", "for"): a name or a title. */
const titleCase = (text: string) => (text.match(/[\p{L}\p{N}'’]+/gu) ?? []).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || w.length <= 3);
/** At most this many unattributed quotations are looked up (each reads the attributed ones): a page of thousands stays linear. */
const MAX_LOOKUPS = 200;

/** Gives each marked quotation with no speaker the speaker of a quotation holding its words, the nearest one first. */
export function creditRepeatedWords(quotes: Quote[]): void {
  const attributed = quotes.filter((q) => q.kind !== 'indirect' && q.speakerName).map((q) => ({ q, words: wordsOf(q.text) }));
  if (!attributed.length) return;
  let lookups = 0;
  for (const q of quotes) {
    if (q.kind === 'indirect' || q.speakerName) continue;
    const words = wordsOf(q.text);
    if (words.trim().split(' ').length < MIN_WORDS || titleCase(q.text)) continue;
    if (++lookups > MAX_LOOKUPS) return;
    let best: Quote | null = null;
    for (const a of attributed) {
      if (a.q === q || !a.words.includes(words)) continue;
      if (!best || Math.abs(a.q.start - q.start) < Math.abs(best.start - q.start)) best = a.q;
    }
    if (best) { q.speaker = best.speaker; q.speakerName = best.speakerName; }
  }
}
