// TimeML TIMEX3 types and values for the kinds of expression news uses, resolved against Thursday 4 December 2025
// and the tense of the clause (HeidelTime's news strategy).
import { describe, expect, it } from 'vitest';
import { analyseTimes } from './analyse.js';

const times = (text: string, published = '2025-12-04') => analyseTimes(text, { published }).times;
const find = (text: string, expr: string, published?: string) => times(text, published).find((t) => t.text === expr);

describe('durations and sets', () => {
  it.each([
    ['The war lasted five years.', 'five years', 'P5Y'],
    ['It took a decade to build.', 'a decade', 'P10Y'],
    ['Prices rose over the past nine days.', 'the past nine days', 'P9D'],
    ['He landed after a 12-hour flight.', '12-hour', 'PT12H'],
    ['The talks went on for three hours.', 'three hours', 'PT3H'],
    ['The dispute has dragged on for years.', 'years', 'PXY'],
    ['Japan posted two consecutive quarters of decline.', 'two consecutive quarters', 'P2Q'],
  ])('%s', (text, expr, value) => expect(find(text, expr)).toMatchObject({ type: 'DURATION', value }));

  it.each([
    ['The board meets every week.', 'every week', 'P1W', { quant: 'EVERY' }],
    ['They deliver 15 tankers a year.', 'a year', 'P1Y', {}],
    ['The ministers meet twice a month.', 'twice a month', 'P1M', { freq: '2X' }],
    // the count before "times" (a raw backspace where "\b" was meant had kept this branch from ever matching)
    ['The club trains a couple of times a month.', 'a couple of times a month', 'P1M', { freq: '2X' }],
    ['Weekly jobless claims rose.', 'Weekly', 'P1W', {}],
  ])('%s', (text, expr, value, extra) => expect(find(text, expr)).toMatchObject({ type: 'SET', value, ...extra }));

  it('keeps "two years ago" a date, not a duration', () => {
    expect(find('The plant closed two years ago.', 'two years ago')).toMatchObject({ type: 'DATE', value: '2023' });
  });
});

describe('present, past and future references', () => {
  it.each([
    ['The firm is now in talks.', 'now', 'PRESENT_REF'],
    ['She currently leads the party.', 'currently', 'PRESENT_REF'],
    ['He recently resigned.', 'recently', 'PAST_REF'],
    ['Sales have fallen in recent years.', 'recent years', 'PAST_REF'],
    ['A deal is expected in the near future.', 'the near future', 'FUTURE_REF'],
  ])('%s', (text, expr, value) => expect(find(text, expr)).toMatchObject({ type: 'DATE', value }));

  it('does not take "the most recent model" for a time', () => {
    expect(times('They showed the most recent model.')).toEqual([]);
  });
});

describe('parts of a year', () => {
  it.each([
    ['The strike ended last summer.', 'last summer', '2025-SU'],
    ['The plant will reopen next spring.', 'next spring', '2026-SP'],
    ['Profits fell in the fourth quarter.', 'the fourth quarter', '2025-Q4'],
    ['The first quarter of last year was weak.', 'The first quarter of last year', '2024-Q1'],
    ['Sales grew in the second half of 2008.', 'the second half of 2008', '2008-H2'],
    ['The budget for fiscal 2009 was cut.', 'fiscal 2009', 'FY2009'],
    ['Revenue this fiscal year is flat.', 'this fiscal year', 'FY2025'],
    ['He was elected last May.', 'last May', '2025-05'],
    ['The talks resume next March.', 'next March', '2026-03'],
  ])('%s', (text, expr, value) => expect(find(text, expr)?.value).toBe(value));

  it('gives a quarter the year the tense points to', () => {
    // in February 2026, a past fourth quarter is last year's and a coming one this year's
    expect(find('Profits fell in the fourth quarter.', 'the fourth quarter', '2026-02-10')?.value).toBe('2025-Q4');
    expect(find('Profits will rise in the fourth quarter.', 'the fourth quarter', '2026-02-10')?.value).toBe('2026-Q4');
  });
});

describe('years in context', () => {
  it.each([
    ['It grew between 2009 and 2010.', '2009', '2009'],
    ['It grew between 2009 and 2010.', '2010', '2010'],
    ['Back in \'82 it was different.', '\'82', '1982'],
    ['Output fell throughout 1915-17.', '17', '1917'],
    ['Cars of the 70s and 80s were boxy.', '80s', '198'],
    ['Art of the 19th century.', 'the 19th century', '18'],
  ])('%s: %s', (text, expr, value) => expect(find(text, expr)?.value).toBe(value));

  it('does not read a product name as a year ("iLife \'11")', () => {
    expect(times('Apple unveiled its iLife \'11 software suite.').some((t) => t.text.includes('11'))).toBe(false);
  });
});

describe('days named through the last date mentioned', () => {
  it('resolves "that day", "the following day" and "the next morning" from the date before them', () => {
    const found = times('The treaty was signed on March 3, 2020. That day he resigned. The following day he left. The next morning it rained.');
    expect(found.find((t) => t.text === 'That day')?.value).toBe('2020-03-03');
    expect(found.find((t) => t.text === 'The following day')?.value).toBe('2020-03-04');
    expect(found.find((t) => t.text === 'The next morning')).toMatchObject({ type: 'TIME', value: '2020-03-05TMO' });
  });

  it('anchors a part of the day told as a point of that day to it, but not a part of no particular day', () => {
    expect(find('By mid-morning the fire was under control.', 'mid-morning')).toMatchObject({ type: 'TIME', value: '2025-12-04TMO' });
    expect(find('The Dow was down 41 points at mid-afternoon.', 'mid-afternoon')).toMatchObject({ type: 'TIME', value: '2025-12-04TAF' });
    expect(find('The stock was up $4 in morning trading on Nasdaq.', 'morning')).toMatchObject({ type: 'TIME', value: '2025-12-04TMO' });
    expect(find('Temperatures fall sharply at night.', 'night')?.value).toBe('XXXX-XX-XXTNI');
    expect(find('He reads the morning papers.', 'morning')?.value ?? 'XXXX-XX-XXTMO').toBe('XXXX-XX-XXTMO');
  });

  it('gives a told part of the day the day last told of, the next one after an evening', () => {
    const text = 'Ford said on Tuesday that sales rose. Its stock rose in morning trading.';
    expect(find(text, 'morning', '2010-03-03')?.value).toBe('2010-03-02TMO');
    const ferry = 'The ferry left Piraeus on Monday evening. By mid-morning the fire was under control.';
    expect(find(ferry, 'mid-morning', '1996-05-14')?.value).toBe('1996-05-14TMO');
    expect(find('The talks will resume on Monday. Shares fell in morning trading.', 'morning', '2025-12-04')?.value).toBe('2025-12-04TMO');
    // a background date is no day told of; a clause that looks ahead takes the day it names
    expect(find('The company, founded on June 1, 1980, said its shares rose in morning trading.', 'morning', '1996-05-14')?.value).toBe('1996-05-14TMO');
    expect(find('The election will take place on May 21 and results will come by evening.', 'evening', '1996-05-14')?.value).toBe('1996-05-21TEV');
  });

  it('leaves a part of every day, or one that describes a noun, unanchored', () => {
    expect(find('Muslims gather at morning prayers every day.', 'morning', '1996-05-14')?.value ?? null).not.toBe('1996-05-14TMO');
    expect(find('Parliament holds an evening session every Thursday.', 'evening', '1996-05-14')?.value ?? null).not.toBe('1996-05-14TEV');
    expect(find('They met after morning mass.', 'morning', '1996-05-14')?.value ?? null).not.toBe('1996-05-14TMO');
  });

  it('reads a fraction after a whole number as no date', () => {
    const found = times('The stock was up $4-3/8 at $44-1/4 and bonds rose 7 1/2 points. The bank cut its rate to 11 1/2 percent.');
    expect(found.filter((t) => /\//.test(t.text))).toEqual([]);
  });

  it('gives "the week to Friday" the week that ends that day', () => {
    expect(find('In the week to Friday the index lost 2.8 percent.', 'the week to Friday', '1996-01-12')).toMatchObject({ type: 'DATE', value: '1996-W02' });
    const later = find('Prices rose 5 percent in the week to Friday.', 'the week to Friday', '1996-05-14');
    expect(later).toMatchObject({ type: 'DATE', value: '1996-W19' });
    expect(later?.endValue).toBeUndefined();
  });

  it('counts "two days later" and "the 5th" from the last date mentioned', () => {
    const found = times('He was arrested on Monday, 24 November. Two days later he was released. The trial opened on 28 November. On the 5th, it closed.');
    expect(found.find((t) => t.text === 'Two days later')?.value).toBe('2025-11-26');
    expect(found.find((t) => t.text === 'the 5th')?.value).toBe('2025-12-05');
    expect(find('Sales were 14% higher a year earlier.', 'a year earlier')?.value).toBe('2024');
  });

  it('gives a history text\'s year-less dates the year of the narrative, not of the publication', () => {
    const found = times('In 1916 the front moved east. Romania joined in August 1916. Bucharest fell on 6 December. '
      + 'In 1917 the war went on. In March 1917 the Tsar abdicated. On 6 April the United States declared war.', '2009-12-19');
    expect(found.find((t) => t.text === '6 December')?.value).toBe('1916-12-06');
    expect(found.find((t) => t.text === '6 April')?.value).toBe('1917-04-06');
  });
});

describe('clock times', () => {
  it('gives a clock time the day written after it', () => {
    expect(find('At 5:34 AM Baghdad time on March 20, 2003 the strikes began.', '5:34 AM')).toMatchObject({ type: 'TIME', value: '2003-03-20T05:34' });
  });
});

describe('weekdays and the tense', () => {
  it('takes a bare weekday in a past sentence as the last one, in a future sentence as the next one', () => {
    expect(find('The envoys met on Tuesday.', 'Tuesday')?.value).toBe('2025-12-02');
    expect(find('The envoys will meet on Tuesday.', 'Tuesday')?.value).toBe('2025-12-09');
  });

  it('gives "Thursday, November 10th" the year nearest the publication date where 10 November is a Thursday', () => {
    expect(find('On Thursday, November 10th, the board met.', 'Thursday, November 10th', '2011-11-12')?.value).toBe('2011-11-10');
  });
});
