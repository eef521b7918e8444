// Refuses inputs that decoded fine but hold no article: data files, link lists, a few words.
import { InputError } from '../model/errors.js';
import type { ExtractedArticle } from './types.js';

const MIN_WORDS = 25;

export function assertArticle(raw: string, extracted: ExtractedArticle, name: string): void {
  if (/^\s*[[{]/.test(raw.slice(0, 256))) {
    try {
      JSON.parse(raw);
      throw new InputError(name, 'JSON data, not an article');
    } catch (e) {
      if (e instanceof InputError) throw e;
    }
  }
  const text = extracted.text;
  const words = countWords(text, MIN_WORDS);
  if (words === 0) throw new InputError(name, 'no article text found');
  if (words < MIN_WORDS) throw new InputError(name, `not an article: only ${words} words of body text`);
  const letters = text.length - text.replace(/\p{L}/gu, '').length;
  if (letters / text.length < 0.5) throw new InputError(name, 'not an article: mostly digits and symbols');
  // A body of prose has sentences: at least one run of five or more words ending in punctuation.
  if (!hasSentence(text)) throw new InputError(name, 'not an article: no sentences found');
}

/** Words in the text, counting no further than `enough` (the checks only need to know that many exist). */
function countWords(text: string, enough: number): number {
  const word = /\p{L}[\p{L}\p{M}'’-]*/gu;
  let n = 0;
  while (n < enough && word.exec(text)) n++;
  return n;
}

function hasSentence(text: string): boolean {
  for (const m of text.matchAll(/[^.!?…\n]+[.!?…]/g)) {
    if (countWords(m[0], 5) >= 5) return true;
  }
  return false;
}
