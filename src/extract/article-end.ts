// Where an article ends on its page: once its prose has begun, a copyright footer, the comment system's
// notices, the author's tagline or an author-bio heading close it; a newsletter or donation appeal, or (on the text
// path) a paragraph of legal notices, closes it only once most of its prose lies before it. The cue words are data
// in src/lang/en/boilerplate.ts.
import { ABOUT_HEADING, APPEAL_LINES, ARTICLE_END_LINES, COPYRIGHT, LEGAL_NOTICES } from '../lang/en/boilerplate.js';

export const COPYRIGHT_LINE = new RegExp(COPYRIGHT, 'i');
const NOTICE = new RegExp(`\\b(?:${LEGAL_NOTICES.join('|')})\\b`, 'gi');
const RESERVED = new RegExp(`^${LEGAL_NOTICES[0]}$`, 'i');
const ARTICLE_END = new RegExp(`^(?:${ARTICLE_END_LINES.join('|')})$`, 'iu');
const APPEAL = new RegExp(`^(?:${APPEAL_LINES.join('|')})$`, 'iu');

// Whitespace-separated words, counted only as far as `max + 1`: the checks below ask "more than 25?" of every line,
// paragraphs included, and splitting a whole paragraph to learn that cost more than the checks themselves.
const WORD = /\S+/g;
function wordsUpTo(text: string, max: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n <= max && WORD.exec(text)) n++;
  return n;
}

/** A line that closes the article once its prose has begun: copyright footer, appeal, comment notice, bio heading. */
export function isArticleEnd(text: string): boolean {
  if (wordsUpTo(text, 25) > 25) return false;
  return COPYRIGHT_LINE.test(text) || ARTICLE_END.test(text) || ABOUT_HEADING.test(text);
}

/**
 * A newsletter, membership or donation appeal. It interrupts articles as often as it follows them, so it
 * only closes one once most of the prose lies before it.
 */
export function isAppeal(text: string): boolean {
  return wordsUpTo(text, 25) <= 25 && APPEAL.test(text);
}

/**
 * A paragraph of legal notices of any length (LEGAL_NOTICES), without quotation marks: a story about a trademark
 * quotes the notices it reports on. The caller counts it as the article's end only once most of the prose lies before it.
 */
export function isLegalNotices(text: string): boolean {
  if (/["“”]/u.test(text) || !/©|\bcopyright\b/i.test(text)) return false;
  const notices = text.match(NOTICE) ?? [];
  return notices.length >= 2 && notices.some((n) => RESERVED.test(n));
}
