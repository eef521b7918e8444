// "overnight" as wire copy uses it ("fell overnight", "talks continued overnight"): the night before the reported day
// (TIMEX3 TIME, value YYYY-MM-DDTNI), the coming night in a sentence about the future, the night of a day its sentence
// named before it ("After his arrest on Friday, he stayed in the station overnight"). Before a noun it is an
// adjective ("overnight interest rates", "an overnight stay") and names no time.
import type { FoundTime } from './chrono-times.js';
import { addDays, isoDay, type Ymd } from './calendar.js';
import type { Tense } from './tense.js';
import { OVERNIGHT_IDIOM_BEFORE, OVERNIGHT_NOUNS } from '../../lang/en/time-grammar.js';
import { alternation } from '../../lang/alternation.js';

const OVERNIGHT = new RegExp(String.raw`\bovernight\b(?!-|\s+(?:${alternation(OVERNIGHT_NOUNS)})\b)`, 'gi');
/** "Rome was not built overnight", "became a star almost overnight": the idiom for "suddenly" is no night. */
const IDIOM_BEFORE = new RegExp(String.raw`\b(?:${alternation(OVERNIGHT_IDIOM_BEFORE)})\s+(?:\S+\s+){0,2}$`, 'i');

export function overnightTimes(text: string, ref: Ymd | null, tense: (start: number, end: number) => Tense): FoundTime[] {
  if (!ref) return [];
  const out: FoundTime[] = [];
  for (const m of text.matchAll(OVERNIGHT)) {
    const start = m.index, end = start + m[0].length;
    if (IDIOM_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    const day = tense(start, end) === 'future' ? ref : addDays(ref, -1);
    out.push({ text: m[0], start, end, value: `${isoDay(day)}TNI`, type: 'TIME' });
  }
  return out;
}

/** An "overnight" after a day named earlier in its sentence is that day's night. `sorted`: the kept times by start. */
export function overnightAfterItsDay(text: string, sorted: FoundTime[]): FoundTime[] {
  return sorted.map((t, i) => {
    if (!/^overnight$/i.test(t.text) || !/TNI$/.test(t.value ?? '')) return t;
    for (let k = i - 1; k >= 0; k--) {
      const d = sorted[k]!;
      const between = text.slice(d.end, t.start);
      // the same sentence and paragraph (a dateline above is no day of the story), no clause of contrast between
      if (/[.!?]\s|\n|\bbut\b/.test(between)) break;
      const day = /^\d{4}-\d{2}-\d{2}/.exec(d.value ?? '')?.[0];
      if (!day) continue;
      // "The fire, which began on Sunday, …", "since March 2": a day in a relative clause or a starting point is not it
      // (the clause's start looked for within a window: a search back to the text's start was quadratic on one long line)
      const lo = Math.max(0, d.start - 600);
      const upTo = text.slice(lo, d.start + 1);
      const clause = text.slice(lo + Math.max(upTo.lastIndexOf(','), upTo.lastIndexOf('\n')) + 1, d.start);
      if (/^\s*(?:which|who|that)\b|\bsince\s+(?:\S+\s+)?$/i.test(clause)) break;
      return { ...t, value: `${day}TNI` };
    }
    return t;
  });
}
