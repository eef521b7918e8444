// "overnight" as wire copy uses it ("fell overnight", "talks continued overnight"): the night before the reported day
// (TIMEX3 TIME, value YYYY-MM-DDTNI), the coming night in a sentence about the future, the night of a day its sentence
// named before it ("After his arrest on Friday, he stayed in the station overnight"). Before a noun it is an
// adjective ("overnight interest rates", "an overnight stay") and names no time.
import type { FoundTime } from './chrono-times.js';
import { addDays, isoDay, type Ymd } from './calendar.js';
import type { Tense } from './tense.js';
import { OVERNIGHT_NOUNS } from '../../lang/en/time-grammar.js';
import { alternation } from '../../lang/alternation.js';

const OVERNIGHT = new RegExp(String.raw`\bovernight\b(?!\s+(?:${alternation(OVERNIGHT_NOUNS)})\b)`, 'gi');

export function overnightTimes(text: string, ref: Ymd | null, tense: (start: number, end: number) => Tense): FoundTime[] {
  if (!ref) return [];
  const out: FoundTime[] = [];
  for (const m of text.matchAll(OVERNIGHT)) {
    const start = m.index, end = start + m[0].length;
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
      if (/[.!?]\s/.test(text.slice(d.end, t.start))) break;
      const day = /^\d{4}-\d{2}-\d{2}/.exec(d.value ?? '')?.[0];
      if (day) return { ...t, value: `${day}TNI` };
    }
    return t;
  });
}
