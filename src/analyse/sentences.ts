// Sentence segmentation with the ICU segmenter built into Node (Intl.Segmenter), repaired where it
// splits after common abbreviations ("Mr.", "U.S.", "Gen.") and initials.
import type { Annotator, ArticleDoc, Sentence } from './document.js';
import { SENTENCE_ABBREVIATIONS, SENTENCE_FINAL_INITIALISMS } from '../lang/en/abbreviations.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Whether a segment ending here should not end a sentence (abbreviation or single initial). */
function endsWithAbbreviation(segment: string): boolean {
  const m = /(?:^|[\s(“"'‘])([A-Za-z](?:\.[A-Za-z])*|[A-Za-z]+)\.\s*$/.exec(segment);
  if (!m) return false;
  const word = m[1]!;
  if (word.length === 1 && /[A-Z]/.test(word)) return true; // an initial: "John F. Kennedy"
  // initials run together, as the U.S. is already read: "T.J. Simons, 17, …", "J.R.R. Tolkien"
  if (/^[A-Z](?:\.[A-Z])+$/.test(word) && !SENTENCE_FINAL_INITIALISMS.has(word.toLowerCase())) return true;
  return SENTENCE_ABBREVIATIONS.has(word.toLowerCase());
}

/** Blocks longer than this are segmented a window at a time (see `segments`). */
const LONG_BLOCK = 8192;
const WINDOW = 4096;

/**
 * The segmenter's sentences of text[start, end), as { index (from start), segment }. Each step of V8's segment
 * iterator costs time in proportion to the whole string, so a 100 KB paragraph of short sentences took
 * seconds (quadratic). A long block is read through windows instead: all but a window's last two sentences
 * are kept (the window's end cannot have moved their boundaries) and the next window opens on the first
 * sentence not kept; a window holding less than three sentences grows until it does.
 */
function* segments(text: string, start: number, end: number, longBlock: number): Generator<{ index: number; segment: string }> {
  if (end - start <= longBlock) { yield* segmenter.segment(text.slice(start, end)); return; }
  let at = start, size = WINDOW;
  while (at < end) {
    const to = Math.min(end, at + size);
    const segs = [...segmenter.segment(text.slice(at, to))];
    if (to === end) { for (const s of segs) yield { index: at - start + s.index, segment: s.segment }; return; }
    if (segs.length < 3) { size *= 2; continue; }
    for (const s of segs.slice(0, -2)) yield { index: at - start + s.index, segment: s.segment };
    at += segs[segs.length - 2]!.index;
    size = WINDOW;
  }
}

/** Sentences of text[start, end); `longBlock` is the length from which a block is read in windows. */
export function splitSentences(text: string, start: number, end: number, longBlock = LONG_BLOCK): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let pending: { start: number; end: number } | null = null;
  for (const seg of segments(text, start, end, longBlock)) {
    const s = start + seg.index;
    const e = s + seg.segment.length;
    if (pending) pending.end = e; else pending = { start: s, end: e };
    if (!endsWithAbbreviation(seg.segment)) {
      out.push(pending);
      pending = null;
    }
  }
  if (pending) out.push(pending);
  // Trim surrounding whitespace so spans cover only the sentence's characters.
  return out.map(({ start: s, end: e }) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    return { start: s, end: e };
  }).filter((x) => x.end > x.start);
}

export const sentenceAnnotator: Annotator = {
  name: 'sentences',
  reads: [],
  writes: ['sentences'],
  annotate(doc: ArticleDoc) {
    const sentences: Sentence[] = [];
    doc.article.blocks.forEach((b, i) => {
      for (const s of splitSentences(doc.text, b.start, b.end)) sentences.push({ ...s, block: i });
    });
    doc.sentences = sentences;
  },
};
