// Sports and wire copy: an amount of time written in parts is one duration, a race time read as hours:minutes:seconds
// is no clock reading, and "overnight" is the night before the reported day unless it is an adjective.
import { describe, expect, it } from 'vitest';
import { analyseTimes } from './analyse.js';

const times = (text: string, published = '1997-04-17') => analyseTimes(text, { published }).times;
const find = (text: string, expr: string, published?: string) => times(text, published).find((t) => t.text === expr);

describe('amounts of time in parts', () => {
  it('are one duration in falling units', () => {
    expect(find('Kiprono won the marathon in two hours 07 minutes 12 seconds.', 'two hours 07 minutes 12 seconds')).toMatchObject({ type: 'DURATION', value: 'PT2H7M12S' });
    expect(find('He covered the course in eight minutes 59.4 seconds.', 'eight minutes 59.4 seconds')).toMatchObject({ value: 'PT8M59.4S' });
    expect(find('The lease runs for three years and six months.', 'three years and six months')).toMatchObject({ value: 'P3Y6M' });
  });
  it('stay apart when the units do not fall or other words stand between', () => {
    const t = times('The talks lasted six hours, then two days of silence followed.');
    expect(t.filter((x) => x.type === 'DURATION').map((x) => x.value)).toEqual(['PT6H', 'P2D']);
    expect(times('They waited 10 minutes and two hours.').filter((x) => x.type === 'DURATION').map((x) => x.value)).toEqual(['PT10M', 'PT2H']);
  });
});

describe('race times', () => {
  it('read hours:minutes:seconds after "in" as a duration', () => {
    expect(find('The women\'s race was won by Ana Ribeiro in 2:26:51.', '2:26:51')).toMatchObject({ type: 'DURATION', value: 'PT2H26M51S' });
  });
  it('leave a clock reading with its zone or a.m. alone', () => {
    expect(times('Rescuers arrived in 4:17:32 a.m. darkness.').some((x) => x.type === 'DURATION')).toBe(false);
    expect(times('The quake struck at 4:17:32 a.m.').some((x) => x.type === 'DURATION')).toBe(false);
  });
});

describe('overnight', () => {
  it('is the night before the reported day', () => {
    expect(find('Gale-force winds swept across northwest England overnight.', 'overnight', '1996-02-29')).toMatchObject({ type: 'TIME', value: '1996-02-28TNI' });
  });
  it('is the night of a day its sentence named before it', () => {
    const t = times('After his arrest on Friday, he stayed in the police station overnight before appearing in court on the next day.', '2019-03-17');
    expect(t.find((x) => x.text === 'overnight')?.value).toBe('2019-03-15TNI');
    expect(t.find((x) => x.text === 'the next day')?.value).toBe('2019-03-16');
  });
  it('is no time before a noun it describes', () => {
    expect(find('The Bundesbank left overnight rates unchanged.', 'overnight', '1996-02-29')).toBeUndefined();
    expect(find('Guests paid for an overnight stay.', 'overnight', '1996-02-29')).toBeUndefined();
  });
});

describe('where these readings stop (a review\'s counterexamples)', () => {
  it('keeps amounts apart across a comma, and a timestamp or a zone a clock reading', () => {
    expect(times('Over the past 24 hours, 30 minutes of heavy rain flooded the streets.').map((x) => x.value)).not.toContain('PT24H30M');
    expect(times('CCTV footage with a timestamp of 23:41:07 showed the van.').some((x) => x.type === 'DURATION')).toBe(false);
    expect(times('The quake, which the survey logged at an origin time of 02:17:32 UTC, was felt widely.').some((x) => x.type === 'DURATION')).toBe(false);
  });
  it('reads no night in the idiom or in market terms', () => {
    for (const text of ['The reforms will not happen overnight.', 'She became a star almost overnight.', 'The overnight interbank rate rose.', 'Overnight-index swaps fell.']) {
      expect(times(text, '1996-08-30').some((x) => /TNI$/.test(x.value ?? ''))).toBe(false);
    }
  });
  it('takes no day from a dateline, a relative clause or "since" for overnight', () => {
    expect(find('NEW YORK 1996-08-30\n\nThe dollar fell overnight against the yen.', 'overnight', '1996-08-30')?.value).toBe('1996-08-29TNI');
    expect(find('The fire, which began on Sunday, was brought under control overnight, officials said.', 'overnight', '2026-12-02')?.value).toBe('2026-12-01TNI');
  });
  it('reads no schedule into an infinitive, a noun or a past clause', () => {
    expect(find('The two men had agreed to meet on Saturday, police said.', 'Saturday', '2026-11-30')?.value).toBe('2026-11-28');
    expect(find('Protesters gathered during Biden\'s visit on Tuesday.', 'Tuesday', '2026-12-03')?.value).toBe('2026-12-01');
    expect(find('The Games end on Sunday after 17 days.', 'Sunday', '1996-07-31')?.value).toBe('1996-08-04');
  });
  it('reads a price in pence as no clock time', () => {
    expect(times('Mercia Midland gained 9p to 455p on Monday.', '2026-12-01').some((x) => x.type === 'TIME')).toBe(false);
  });
});

describe('reporting periods of company results', () => {
  it('read the months or the year to a date as the quarter, half or fiscal year ending then', () => {
    expect(find('Net profit for the three months to September 30 was 142 billion lire.', 'the three months to September 30', '1996-11-13')?.value).toBe('1996-Q3');
    expect(find('Profit for the six months to June 30 rose 9 percent.', 'the six months to June 30', '1996-08-20')?.value).toBe('1996-H1');
    expect(find('The airline returned to profit in the year to March 31.', 'the year to March 31', '1996-06-03')?.value).toBe('FY1996');
    expect(find('Sales fell in the January-March quarter.', 'the January-March quarter', '1996-06-03')?.value).toBe('1996-Q1');
  });
  it('take the next such period in a clause that looks ahead', () => {
    expect(find('It will report figures for the April-June quarter in August.', 'the April-June quarter', '1996-06-03')?.value).toBe('1996-Q2');
  });
  it('read no quarter from months that end no quarter', () => {
    expect(times('Sales in the three months to August 31 rose.', '1996-11-13').some((x) => /Q\d$/.test(x.value ?? ''))).toBe(false);
  });
});
