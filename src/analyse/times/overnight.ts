// "overnight" as wire copy uses it ("fell overnight", "talks continued overnight"): the night before the reported day
// (TIMEX3 TIME, value YYYY-MM-DDTNI), the coming night in a sentence about the future. Before a noun it is an
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
