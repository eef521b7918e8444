// Reporting periods of company results, as market copy writes them: "the three months to September 30" (the quarter
// ending then, 1996-Q3), "the six months to June 30" (a half), "the year to March 31" / "the year ended March 31" (the
// fiscal year named by the year it ends in, FY1996), "the January-March quarter" (Q1). Without a written year, the
// period is the latest one ending on or before the reference date (results are reported after the period closes), or
// in a clause that looks ahead the first one ending after it ("will report figures for the April-June quarter").
import type { FoundTime } from './chrono-times.js';
import { monthIndex, type Ymd } from './calendar.js';
import type { Tense } from './tense.js';
import { MONTH_NAME_PATTERN } from '../../lang/en/times.js';
import { REPORTING_PERIOD_LENGTHS, REPORTING_PERIOD_LINKS } from '../../lang/en/time-grammar.js';
import { alternation } from '../../lang/alternation.js';

const MONTH = String.raw`((?:${MONTH_NAME_PATTERN})\.?)`;
const TO_DATE = String.raw`\s+(?:${alternation(REPORTING_PERIOD_LINKS)})\s+${MONTH}\s+(\d{1,2})(?:,?\s+((?:19|20)\d{2}))?\b`;
const MONTHS_TO = new RegExp(String.raw`\bthe\s+(${alternation(Object.keys(REPORTING_PERIOD_LENGTHS))})\s+months${TO_DATE}`, 'g');
const YEAR_TO = new RegExp(String.raw`\bthe\s+(?:financial\s+|fiscal\s+|business\s+)?year${TO_DATE}`, 'g');
const MONTH_RANGE_QUARTER = new RegExp(String.raw`\bthe\s+${MONTH}[-–]${MONTH}\s+quarter\b`, 'g');

/** The year of the latest `month`/`day` on or before the reference date, or with `ahead` the first one after it. */
function endYear(month: number, day: number, ref: Ymd, ahead: boolean): number {
  const passed = month < ref.month || (month === ref.month && day <= ref.day);
  return ahead ? (passed ? ref.year + 1 : ref.year) : passed ? ref.year : ref.year - 1;
}

export function reportingPeriodTimes(text: string, ref: Ymd | null, tenseAt: (start: number, end: number) => Tense): FoundTime[] {
  if (!ref) return [];
  const out: FoundTime[] = [];
  const yearEnding = (month: number, day: number, m: RegExpMatchArray) => endYear(month, day, ref, tenseAt(m.index!, m.index! + m[0].length) === 'future');
  const push = (m: RegExpMatchArray, value: string) => out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, value, type: 'DATE' });
  for (const m of text.matchAll(MONTHS_TO)) {
    const months = REPORTING_PERIOD_LENGTHS[m[1]!.toLowerCase()]!, month = monthIndex(m[2]!), day = Number(m[3]);
    if (!month) continue;
    const year = m[4] ? Number(m[4]) : yearEnding(month, day, m);
    if (months === 3 && month % 3 === 0) push(m, `${year}-Q${month / 3}`);
    else if (months === 6 && month % 6 === 0) push(m, `${year}-H${month / 6}`);
  }
  for (const m of text.matchAll(YEAR_TO)) {
    const month = monthIndex(m[1]!), day = Number(m[2]);
    if (!month) continue;
    push(m, `FY${m[3] ? Number(m[3]) : yearEnding(month, day, m)}`);
  }
  for (const m of text.matchAll(MONTH_RANGE_QUARTER)) {
    const from = monthIndex(m[1]!), to = monthIndex(m[2]!);
    if (!from || to !== from + 2 || from % 3 !== 1) continue;
    push(m, `${yearEnding(to, 28, m)}-Q${to / 3}`);
  }
  return out;
}
