// Moments of the day named by the light or a meal ("struck before dawn", "searched since daybreak", "told supporters
// at lunchtime"): TIMEX3 TIME, the part of the day they fall in (src/lang/en/time-grammar.ts DAY_POINT_WORDS), on the
// day written after it ("at dawn on Tuesday") or else the day the article is telling (find-times.ts onToldDay, as a
// bare "by mid-morning" is). After a point preposition only, in lower case, in a clause told in the past or the future:
// "the dawn of a new era", "Dawn Butler" and "the bells ring at dawn" (a custom) are no time, nor "at dawn every day".
import type { FoundTime } from './chrono-times.js';
import type { Tense } from './tense.js';
import { DAY_POINT_WORDS, HABITUAL_WORDS, MEAL_POINT_PREPOSITIONS, POINT_IN_DAY_PREPOSITIONS } from '../../lang/en/time-grammar.js';
import { alternation } from '../../lang/alternation.js';

const DAY_POINT = new RegExp(String.raw`\b(?:${alternation(POINT_IN_DAY_PREPOSITIONS)})\s+(?:(?:around|about)\s+)?(${alternation(Object.keys(DAY_POINT_WORDS))})\b` +
  String.raw`|\b(?:${alternation(MEAL_POINT_PREPOSITIONS)})\s+(lunch)\b(?!\s+(?:with|for|at)\b)`, 'gi');
const HABITUAL_AFTER = new RegExp(String.raw`^[^.;\n]{0,40}?\b(?:${alternation(HABITUAL_WORDS)})\b`, 'i');
const HABITUAL_BEFORE = new RegExp(String.raw`\b(?:${alternation(HABITUAL_WORDS)})\b[^.;\n]{0,40}$`, 'i');

export function dayPointTimes(text: string, tense: (start: number, end: number) => Tense): FoundTime[] {
  const out: FoundTime[] = [];
  for (const m of text.matchAll(DAY_POINT)) {
    const word = m[1] ?? m[2]!;
    // "signed by Dawn Butler", "at Sunset Boulevard": a capital makes it a name (the prepositions may open a sentence)
    if (word !== word.toLowerCase()) continue;
    const start = m.index + m[0].length - word.length, end = start + word.length;
    if (HABITUAL_AFTER.test(text.slice(end, end + 48)) || HABITUAL_BEFORE.test(text.slice(Math.max(0, start - 48), start))) continue;
    // "the bells ring at dawn", "shops close at sunset during Ramadan": told in the present, a custom, no one day
    // read at the word ("since daybreak" is past), else from the preposition ("after" breaks a clause itself)
    const told = tense(start, end) ?? tense(m.index, end);
    if (!told) continue;
    const code = DAY_POINT_WORDS[word.replace(/\s+/g, ' ')] ?? 'MI';
    out.push({ text: word, start, end, value: `XXXX-XX-XXT${code}`, type: 'TIME', ofToldDay: told === 'future' ? 'ahead' : 'told' });
  }
  return out;
}
