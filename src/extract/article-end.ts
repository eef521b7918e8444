// Where an article ends on its page, for both extractors: once its prose has begun, a copyright footer, a
// newsletter or donation appeal, the comment system's notices or an author-bio heading close it. The cue
// words are data in src/lang/en/boilerplate.ts.
import { ABOUT_HEADING, ARTICLE_END_LINES, COPYRIGHT } from '../lang/en/boilerplate.js';

export const COPYRIGHT_LINE = new RegExp(COPYRIGHT, 'i');
const ARTICLE_END = new RegExp(`^(?:${ARTICLE_END_LINES.join('|')})$`, 'iu');

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** A line that closes the article once its prose has begun: copyright footer, appeal, comment notice, bio heading. */
export function isArticleEnd(text: string): boolean {
  if (words(text) > 25) return false;
  return COPYRIGHT_LINE.test(text) || ARTICLE_END.test(text) || ABOUT_HEADING.test(text);
}
