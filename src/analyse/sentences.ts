// Sentence segmentation with the ICU segmenter built into Node (Intl.Segmenter), repaired where it
// splits after common abbreviations ("Mr.", "U.S.", "Gen.") and initials.
import type { Annotator, ArticleDoc, Sentence } from './document.js';
import { SENTENCE_ABBREVIATIONS, SENTENCE_FINAL_INITIALISMS } from '../lang/en/abbreviations.js';
import { ARTICLES } from '../lang/en/determiners.js';
import { STORY_STOP_WORDS } from '../lang/en/stop-words.js';

/**
 * Words before an organisation's letters, not a person's initials ("the F.B.I.", "of the U.S.S.R."); a bare
 * preposition comes before a person's initials as often ("by J.K. Rowling", "at J.P. Morgan").
 */
const NOT_BEFORE_INITIALS: ReadonlySet<string> = new Set(ARTICLES);
/** Function words that open sentences ("The", "She", "It"): after initials they mean a new sentence. */
const SENTENCE_OPENING_WORDS: ReadonlySet<string> = new Set(STORY_STOP_WORDS);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Whether a segment ending here should not end a sentence (abbreviation or initials); `next` is the following segment. */
function endsWithAbbreviation(segment: string, next: string | undefined): boolean {
  const m = /(?:^|[\s(“"'‘])([A-Za-z](?:\.[A-Za-z])*|[A-Za-z]+)\.\s*$/.exec(segment);
  if (!m) return false;
  const word = m[1]!;
  if (word.length === 1 && /[A-Z]/.test(word)) return true; // an initial: "John F. Kennedy"
  if (SENTENCE_ABBREVIATIONS.has(word.toLowerCase())) return true;
  return personInitials(word, segment.slice(0, m.index + m[0].indexOf(word)), next);
}

/**
 * "T.J. Simons, 17, …", "His son, T.J. DiLeo, …", "J.R.R. Tolkien": two or three initials run together, then a name
 * — not an organisation's letters ("sued the F.B.I. John Smith …", "the N.A.A.C.P. She …"): no article before
 * them, and the next word a capitalised name rather than a word that opens sentences.
 */
function personInitials(word: string, before: string, next: string | undefined): boolean {
  if (!/^[A-Z](?:\.[A-Z]){1,2}$/.test(word) || SENTENCE_FINAL_INITIALISMS.has(word.toLowerCase())) return false;
  const prev = /([A-Za-z]+)\s*$/.exec(before)?.[1]?.toLowerCase();
  if (prev && NOT_BEFORE_INITIALS.has(prev)) return false;
  const following = /^\s*([A-Z][a-z][A-Za-z'’-]*)/.exec(next ?? '')?.[1];
  return !!following && !SENTENCE_OPENING_WORDS.has(following.toLowerCase());
}

/** "Nick J. Rahall II (D-W. Va.), who …": a full stop inside a parenthesis that closes a word or two later ends nothing. */
function insideShortParenthesis(segment: string, next: string | undefined): boolean {
  return /\([^()]{0,30}$/.test(segment) && /^\s*[^()\s]{1,12}\)/.test(next ?? '');
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
  const segs = [...segments(text, start, end, longBlock)];
  for (const [k, seg] of segs.entries()) {
    const s = start + seg.index;
    const e = s + seg.segment.length;
    if (pending) pending.end = e; else pending = { start: s, end: e };
    if (!endsWithAbbreviation(seg.segment, segs[k + 1]?.segment) && !insideShortParenthesis(seg.segment, segs[k + 1]?.segment)) {
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
