// Features of one article for story clustering: the lead (title + first sentences) counts more than
// the body, linked entities count by mentions (lead mentions more), and a long text is also cut into
// passages so that one paragraph of a long statement can be matched to a story on its own.
import { TermStats, contentWords, normalise, type TermWeights, type Vector } from './terms.js';
import { SENTENCE_ABBREVIATIONS } from '../lang/en/abbreviations.js';
import { COMPARISON_WORDS, FOLLOW_UP_WORDS } from '../lang/en/story-references.js';

export interface EntityMention { entity: string; start: number; end: number }

export interface Passage { start: number; end: number; v: Vector }

/** Weights found on the Wikinews groups and the ru-ua corpus (docs/decisions/stories.md). */
export const FEATURE_WEIGHTS = { title: 3, lead: 2, body: 1, entity: 2, leadChars: 600, passageChars: 900, passageTop: 16 };

/** End of the lead: the first sentence end after `leadChars` (or the text end). */
export function leadEnd(text: string, leadChars = FEATURE_WEIGHTS.leadChars): number {
  if (text.length <= leadChars) return text.length;
  const m = /[.!?…](?=\s)/g;
  m.lastIndex = leadChars;
  const hit = m.exec(text);
  return hit && hit.index < leadChars * 2 ? hit.index + 1 : leadChars;
}

const add = (tf: Map<string, number>, f: string, w: number) => tf.set(f, (tf.get(f) ?? 0) + w);

/** Raw weighted term frequencies of the whole article (words and `@entity` features). */
export function articleCounts(title: string | null, text: string, entities: string[], mentions: EntityMention[] | undefined): Map<string, number> {
  const W = FEATURE_WEIGHTS;
  const tf = new Map<string, number>();
  const lead = leadEnd(text);
  for (const w of contentWords(title ?? '')) add(tf, w, W.title);
  for (const w of contentWords(text.slice(0, lead))) add(tf, w, W.lead);
  for (const w of contentWords(text.slice(lead))) add(tf, w, W.body);
  if (mentions?.length) {
    for (const m of mentions) add(tf, `@${m.entity}`, W.entity * (m.start < lead ? W.lead : W.body));
    // An entity named only in the title still counts once.
    for (const e of entities) if (!tf.has(`@${e}`)) add(tf, `@${e}`, W.entity);
  } else for (const e of new Set(entities)) add(tf, `@${e}`, W.entity);
  return tf;
}

/** Raw term counts of the title, the lead and the rest of the body, each on its own. */
export function sectionCounts(title: string | null, text: string): { title: Map<string, number>; lead: Map<string, number>; body: Map<string, number> } {
  const lead = leadEnd(text);
  const count = (s: string) => { const tf = new Map<string, number>(); for (const w of contentWords(s)) add(tf, w, 1); return tf; };
  return { title: count(title ?? ''), lead: count(text.slice(0, lead)), body: count(text.slice(lead)) };
}

/** tf-idf over raw counts: log-damped tf × idf, the `top` heaviest kept, L2-normalised. */
export function tfidf(stats: TermWeights, tf: Map<string, number>, top: number, source?: string | null): Vector {
  const scored = [...tf.entries()].map(([f, n]) => [f, (1 + Math.log(Math.max(1, n))) * stats.idf(f, source)] as [string, number])
    .sort((a, b) => b[1] - a[1]).slice(0, top);
  return normalise(new Map(scored));
}

/**
 * The tf-idf baseline's own article vector: every content word of title and text (no cut to the
 * heaviest), sublinear tf × smoothed idf, L2-normalised. The idf keeps the source discount (terms.ts):
 * without it one site's briefings ("Press Secretary", its spokesperson) chained into one story of
 * months on the ru-ua corpus. Its dot product
 * with the sum of a story's member vectors, over the story's size, is the average link of
 * agglomerative clustering: the signal a plain tf-idf clusterer wins with, computed as articles arrive.
 */
export function wordVector(idf: (f: string) => number, title: string | null, text: string): Vector {
  const tf = new Map<string, number>();
  for (const w of contentWords(`${title ?? ''}\n${text}`)) add(tf, w, 1);
  return normalise(new Map([...tf].map(([f, n]) => [f, (1 + Math.log(n)) * idf(f)])));
}

/**
 * Sentence-aligned windows of about `passageChars` characters, each with its own tf-idf vector.
 * Texts shorter than two windows have none: their whole-text vector already says what they are about.
 */
export function passages(stats: TermStats, text: string, mentions: EntityMention[] | undefined, source?: string | null): Passage[] {
  const W = FEATURE_WEIGHTS;
  if (text.length < 2 * W.passageChars) return [];
  const cuts: number[] = [0];
  const re = /[.!?…]["”’)]?\s+(?=["“‘(]?\p{Lu})|\n\s*\n/gu;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    if (at - last >= W.passageChars) { cuts.push(at); last = at; }
  }
  if (text.length - last < W.passageChars / 3 && cuts.length > 1) cuts.pop();
  cuts.push(text.length);
  const sorted = [...(mentions ?? [])].sort((a, b) => a.start - b.start);
  const out: Passage[] = [];
  let k = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const tf = new Map<string, number>();
    for (const w of contentWords(text.slice(start, end))) add(tf, w, 1);
    while (k < sorted.length && sorted[k].start < start) k++;
    for (let j = k; j < sorted.length && sorted[j].start < end; j++) add(tf, `@${sorted[j].entity}`, W.entity);
    out.push({ start, end, v: tfidf(stats, tf, W.passageTop, source) });
  }
  return out;
}

/**
 * Years an article places itself in: every year its text writes with four digits whose resolved value
 * is in that year ("in 2009", "March 3, 2012"; not a year inferred for "Tuesday"), and its publication
 * year when the date is sure enough (metadata, a date line, or an undated article's estimate from its URL or
 * title date line: dates.ts).
 */
export function namedYears(times: Array<{ text: string; value: string | null }>, published: string | null, dateConfidence: number): number[] {
  const out = new Set<number>();
  for (const t of times) {
    const y = /^(1[89]|20)\d\d/.exec(t.value ?? '')?.[0];
    if (y && t.text.includes(y)) out.add(Number(y));
  }
  if (published && dateConfidence >= 0.6) out.add(Number(published.slice(0, 4)));
  return [...out];
}

/**
 * Months an article names with their year ("in March 2019", "on 9 April 2021", "the April 2007 shooting"), as
 * year × 12 + month − 1. A bare year ("killed 12 in 2019") or month ("the September earthquake") does not count.
 */
export function namedMonths(times: Array<{ text: string; value: string | null }>): number[] {
  return [...new Set(times.map(monthNamed).filter((m): m is number => m !== null))];
}

const monthNamed = (t: { text: string; value: string | null }): number | null => {
  const m = /^((?:1[89]|20)\d\d)-(\d\d)/.exec(t.value ?? '');
  return m && t.text.includes(m[1]!) && /\p{L}{3}/u.test(t.text) ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
};

/**
 * The months an article names (namedMonths) as a follow-up points back at the event it follows: in its first two
 * sentences (the report is about that event), in a sentence with a word of the event's aftermath ("charged … for the shooting deaths … in
 * September 2010", "convicted … of murdering Deputy Jerry Ortiz in June, 2005") and none of a comparison ("the
 * strongest since the earthquake of August 2016", "the second fatal arson since May 2019"; lang/en/story-references.ts).
 * Far story merges read them (merge.ts refersBack): a report of a repeat names its predecessor's month too, as
 * background or to compare, and with every month counted, repeats of one kind joined (bench/stories/recurring-events.mjs).
 */
export function followUpMonths(times: Array<{ text: string; value: string | null; start?: number }>, text: string): number[] {
  const out = new Set<number>();
  // each lead sentence read once: whether it speaks of an aftermath without comparing
  const lead = leadSentences(text, LEAD_SENTENCES).map(([from, to]) => {
    const words = text.slice(from, to).toLowerCase().match(/\p{L}+/gu) ?? [];
    return { from, to, pointer: words.some((w) => FOLLOW_UP_WORDS.has(w)) && !words.some((w) => COMPARISON_WORDS.has(w)) };
  });
  if (!lead.some((s) => s.pointer)) return [];
  for (const t of times) {
    const m = monthNamed(t);
    if (m === null || t.start === undefined) continue;
    if (lead.some((s) => s.pointer && t.start! >= s.from && t.start! < s.to)) out.add(m);
  }
  return [...out];
}

/** Sentences that make a report's lead for followUpMonths: a news report says in its first two what it is about. */
const LEAD_SENTENCES = 2;
/**
 * The longest lead sentence, in characters: a news lead runs 150–300; a text without sentence ends (a list, a
 * transcript, hostile input) would otherwise make its whole self the lead.
 */
export const LEAD_SENTENCE_CHARS = 400;

/**
 * The first `k` sentences of `text` (at most LEAD_SENTENCES) as [from, to) offsets, each without its leading space:
 * a sentence ends at a full stop, question or exclamation mark, at a line end (a headline, a list item), or after
 * LEAD_SENTENCE_CHARS characters; an initial ("L. A. County") or an abbreviation ends none. Only the lead is scanned,
 * so a long text costs no more.
 */
export function leadSentences(text: string, k: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (out.length < Math.min(k, LEAD_SENTENCES)) {
    while (from < text.length && /\s/.test(text[from]!)) from++;
    if (from >= text.length) break;
    const limit = Math.min(text.length, from + LEAD_SENTENCE_CHARS);
    // a few characters beyond the limit, so that a stop just before it sees the space after it
    const window = text.slice(from, limit + 4);
    let to = limit;
    for (const m of window.matchAll(/\n|[.!?](?=["”’')\]]*\s)/g)) {
      if (from + m.index >= limit) break;
      if (m[0] === '\n') { to = from + m.index; break; }
      const word = /([A-Za-z](?:\.[A-Za-z])*|[A-Za-z]+)$/.exec(window.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? '';
      if ((word.length === 1 && /[A-Z]/.test(word)) || SENTENCE_ABBREVIATIONS.has(word.toLowerCase())) continue;
      to = from + m.index + 1;
      break;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}

/**
 * Words the text writes capitalised away from a sentence start ("Thompson", "Hasim", "Aoraki"), folded
 * as content words: names whether or not a recogniser typed them. Two events of one kind share their
 * vocabulary and the kind's names (the champion, the team); the other participant's name tells them apart.
 * Titles are left out: headlines are often written in title case.
 */
export function capitalisedWords(text: string): string[] {
  const out = new Set<string>();
  // the word's previous non-space character: none, or a sentence or quotation start, means any word is capitalised there
  const re = /(?<=(\S)\s+)\p{Lu}[\p{Ll}'’-]*\p{Ll}/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (/[.!?:"“”‘’'(\[—–-]/u.test(m[1]!)) continue;
    for (const w of contentWords(m[0])) out.add(w);
  }
  return [...out];
}

/**
 * Numbers the text writes with digits, as written without thousands separators ("137", "2.6", "5.9", "160"):
 * the amount stolen, the magnitude, the sum offered. Two events of one kind share their words but rarely their
 * figures. Left out: one-digit integers (times, counts, list items) and four-digit years (namedYears).
 */
export function namedNumbers(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|(?<![\d.,])\d+(?:\.\d+)?(?![\d])/g)) {
    const n = m[0].replace(/,/g, '');
    if (/^\d$/.test(n) || /^(1[89]|20)\d\d$/.test(n)) continue;
    out.add(n);
    if (out.size >= NUMBERS_KEPT) break;
  }
  return [...out];
}
/** Numbers kept per article. */
export const NUMBERS_KEPT = 40;
