// Refuses inputs that decoded fine but hold no article: data files, link lists, a few words.
import { InputError } from '../model/errors.js';
import type { ExtractedArticle } from './types.js';

const MIN_WORDS = 25;

export function assertArticle(raw: string, extracted: ExtractedArticle, name: string): void {
  const head = raw.trimStart();
  if (/^[[{]/.test(head)) {
    try {
      JSON.parse(raw);
      throw new InputError(name, 'JSON data, not an article');
    } catch (e) {
      if (e instanceof InputError) throw e;
    }
  }
  const text = extracted.text;
  const words = text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length === 0) throw new InputError(name, 'no article text found');
  if (words.length < MIN_WORDS) throw new InputError(name, `not an article: only ${words.length} words of body text`);
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters / text.length < 0.5) throw new InputError(name, 'not an article: mostly digits and symbols');
  // A body of prose has sentences: at least one run of five or more words ending in punctuation.
  if (!hasSentence(text)) throw new InputError(name, 'not an article: no sentences found');
}

function hasSentence(text: string): boolean {
  for (const m of text.matchAll(/[^.!?…\n]+[.!?…]/g)) {
    if ((m[0].match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []).length >= 5) return true;
  }
  return false;
}
