// Finding time expressions and resolving them against a given reference date (Thursday 4 December 2025).
import { describe, expect, it } from 'vitest';
import { analyseTimes } from './analyse.js';

const published = '2025-12-04';
const times = (text: string, ref: string | undefined = published) =>
  analyseTimes(text, { published: ref }).times;
const valueOf = (text: string, expr: string) => times(text).find((t) => t.text === expr)?.value;

describe('relative expressions', () => {
  it.each([
    ['The ministry confirmed it yesterday.', 'yesterday', '2025-12-03'],
    ['The ministry confirms it today.', 'today', '2025-12-04'],
    ['The deal was struck two days ago.', 'two days ago', '2025-12-02'],
    ['Prices rose last week.', 'last week', '2025-W48'],
    ['Prices will rise next month.', 'next month', '2026-01'],
    ['Prices rose last year.', 'last year', '2024'],
    ['Sales this year are up.', 'this year', '2025'],
  ])('%s', (text, expr, value) => expect(valueOf(text, expr)).toBe(value));

  it('sends a bare weekday back in a past clause and forward in a future one', () => {
    expect(valueOf('The envoys met on Friday.', 'Friday')).toBe('2025-11-28');
    expect(valueOf('The envoys will meet on Friday.', 'Friday')).toBe('2025-12-05');
    expect(valueOf('The envoys met on Thursday.', 'Thursday')).toBe('2025-12-04');
  });

  it('leaves relative expressions unresolved when there is no reference date', () => {
    const found = analyseTimes('Officials said yesterday that talks would continue.').times;
    expect(found.map((t) => [t.text, t.value])).toEqual([['yesterday', null]]);
  });
});

describe('explicit dates', () => {
  it.each([
    ['The treaty was signed on 4 December 2025.', '4 December 2025', '2025-12-04'],
    ['The report is dated 2025-12-02.', '2025-12-02', '2025-12-02'],
    ['Prices peaked in March 2024.', 'March 2024', '2024-03'],
    ['The company was founded in 2019.', '2019', '2019'],
    ['It was signed on Dec. 2 in Geneva.', 'Dec. 2', '2025-12-02'],
    ['Prices fell in March.', 'March', '2025-03'],
    ['The strike will start in March.', 'March', '2026-03'],
    ['Profits fell in the third quarter.', 'the third quarter', '2025-Q3'],
    ['Cars of the 1990s were boxier.', 'the 1990s', '199'],
  ])('%s', (text, expr, value) => expect(valueOf(text, expr)).toBe(value));

  it('keeps the years of explicit dates even without a reference date', () => {
    const found = analyseTimes('The treaty was signed on 4 December 2025.');
    expect(found.times.find((t) => t.text === '4 December 2025')?.value).toBe('2025-12-04');
  });
});

describe('ranges, clock times and durations', () => {
  it('gives a range its start and end', () => {
    const t = times('The festival ran from 1 to 5 March.').find((x) => x.text === '1 to 5 March');
    expect([t?.value, t?.endValue]).toEqual(['2025-03-01', '2025-03-05']);
  });

  it('gives a clock time on the reference day a date-time', () => {
    expect(valueOf('The vote was held at 6am.', '6am')).toBe('2025-12-04T06:00');
    expect(valueOf('Markets opened at 0800 UTC.', '0800 UTC')).toBe('2025-12-04T08:00Z');
  });

  it('takes amounts of time as TIMEX3 durations and bare numbers for no time', () => {
    expect(times('The talks lasted for three weeks over the past two years.').map((t) => [t.text, t.type, t.value]))
      .toEqual([['three weeks', 'DURATION', 'P3W'], ['the past two years', 'DURATION', 'P2Y']]);
    expect(times('The index closed at 8,579.19 points.')).toEqual([]);
  });

  it('gives offsets that slice the expression out of the text', () => {
    const doc = analyseTimes('On Tuesday (12/2), the envoys met. They spoke again yesterday.', { published });
    expect(doc.times.map((t) => t.text)).toEqual(['Tuesday (12/2)', 'yesterday']);
    for (const t of doc.times) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });
});
