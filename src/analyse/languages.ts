// Which annotators an article's language allows. The word lists and rules of the entity, quote, figure,
// event and claim annotators are English; run on another language they would only invent findings, so
// they are skipped and the skip is recorded as a message. Sentences (ICU), the reference date and the
// times run for every language.
import type { Annotator, Message } from './document.js';

/** Languages with word lists for every annotator. */
export const FULLY_SUPPORTED = new Set(['en']);
/** Annotators that work from the text's structure, whatever its language. */
const ANY_LANGUAGE = new Set(['sentences', 'referenceDate', 'times']);

export function annotatorsFor(language: string, annotators: Annotator[]): { run: Annotator[]; skipped: Message | null } {
  if (FULLY_SUPPORTED.has(language.toLowerCase().split(/[-_]/)[0])) return { run: annotators, skipped: null };
  const run = annotators.filter((a) => ANY_LANGUAGE.has(a.name));
  const names = annotators.filter((a) => !ANY_LANGUAGE.has(a.name)).map((a) => a.name);
  if (!names.length) return { run, skipped: null };
  return {
    run,
    skipped: { source: 'language', reason: `article language "${language}" has no word lists yet: skipped ${names.join(', ')}; ran ${run.map((a) => a.name).join(', ')}` },
  };
}
