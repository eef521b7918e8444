// Whole-analysis speakers of a made-up article, for the tests of speaker shapes found on real news.
import { analyzeText } from '../../src/api.js';

/** Each quotation's opening words and who it is credited to (the entity's name, else the words the cue points at). */
export function speakers(text: string): Array<[string, string | null]> {
  const a = analyzeText(text, { today: '2026-01-01', format: 'text' });
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.quotes.filter((q) => q.kind !== 'indirect')
    .map((q) => [a.article.text.slice(q.start, q.end).slice(0, 24), q.speaker ? names.get(q.speaker)! : q.speakerName]);
}

/** Who the quotation opening with `opening` is credited to (undefined when no quotation opens so). */
export const speakerOf = (text: string, opening: string) => speakers(text).find(([t]) => t.startsWith(opening))?.[1];
