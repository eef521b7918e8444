// Day-first ranges chrono-node misreads, amounts of time and numbers it takes into a date, and narrative texts
// where a date without a year counts from the date written just before it, in its own sentence too.
import { describe, expect, it } from 'vitest';
import { analyseTimes } from './analyse.js';

const times = (text: string, published = '2025-12-04') => analyseTimes(text, { published }).times;
const find = (text: string, expr: string, published?: string) => times(text, published).find((t) => t.text === expr);

describe('ranges of days', () => {
  it.each([
    ['The Battle of Tannenberg (17 August-2 September 1914) ended it.', '17 August-2 September 1914', '1914-08-17', '1914-09-02'],
    ['It took place on 31 May-1 June 1916, in the North Sea.', '31 May-1 June 1916', '1916-05-31', '1916-06-01'],
    ['The festival ran from 3 May to 5 June 2024.', '3 May to 5 June 2024', '2024-05-03', '2024-06-05'],
    ['In the invasion phase (March 19-April 30, 2003), losses were high.', 'March 19-April 30, 2003', '2003-03-19', '2003-04-30'],
    ['The talks lasted from 20 December to 3 January 2017.', '20 December to 3 January 2017', '2016-12-20', '2017-01-03'],
  ])('%s', (text, expr, value, endValue) => expect(find(text, expr)).toMatchObject({ type: 'DATE', value, endValue }));

  it('takes the year of a past clause for both ends when none is written', () => {
    expect(find('The strike lasted from 17 October-2 November.', '17 October-2 November')).toMatchObject({ value: '2025-10-17', endValue: '2025-11-02' });
  });
});

describe('what chrono takes into a date that is not part of it', () => {
  it('an amount of time after a dash ends no range', () => {
    const text = 'The plane made its maiden flight on 11 December -- four years behind schedule.';
    expect(find(text, '11 December', '2010-01-25')).toMatchObject({ value: '2009-12-11' });
    expect(find(text, 'four years', '2010-01-25')).toMatchObject({ type: 'DURATION', value: 'P4Y' });
  });

  it('a number going on after a comma is no two-digit year', () => {
    expect(find('By 28 March, 35,000 troops were poised to attack.', '28 March', '1975-06-01')).toMatchObject({ value: '1975-03-28' });
  });
});

describe('narrative texts', () => {
  const history = 'The war began in 1914. The front held through 1915 and 1916. Mutinies spread in 1917. '
    + 'Further encouraged by the invasion of Turkey in April 1915, Italy declared war on May 23. '
    + 'The cavalry fought the largest battle since 1813 and retreated on 6 September.';

  it('a date without a year takes the year written earlier in its own sentence', () => {
    expect(find(history, 'May 23', '2009-12-19')).toMatchObject({ value: '1915-05-23' });
  });

  it('a year counted from ("since 1813") does not move the story to that year', () => {
    expect(find(history, '6 September', '2009-12-19')).toMatchObject({ value: '1915-09-06' });
  });
});

describe('periods compared with a year before, and runs of periods', () => {
  it('"the same period last year" is the period last mentioned, a year back', () => {
    const text = 'Sales rose 43% in February compared to the same period last year.';
    expect(find(text, 'the same period last year', '2010-03-03')).toMatchObject({ type: 'DATE', value: '2009-02' });
  });

  it('"the same period a year earlier" after a quarter is that quarter a year back', () => {
    const text = 'It lost $2.24 billion in the third quarter of this year. In the same period a year earlier, it gained $704 million.';
    expect(find(text, 'the same period a year earlier', '2009-10-16')).toMatchObject({ value: '2008-Q3' });
  });

  it('"a second consecutive day" is the day the story stands on', () => {
    expect(find('Trading has been suspended for a second consecutive day.', 'a second consecutive day', '2008-09-17'))
      .toMatchObject({ type: 'DATE', value: '2008-09-17' });
  });

  it('"two consecutive quarters" stays an amount of time', () => {
    expect(find('Japan posted two consecutive quarters of decline.', 'two consecutive quarters')).toMatchObject({ type: 'DURATION', value: 'P2Q' });
  });
});

describe('weekends and early years', () => {
  it('"over the weekend" in a past clause is the last weekend, as TIMEX3 writes it', () => {
    expect(find('Over the weekend, prices fell sharply.', 'weekend', '2009-11-05')).toMatchObject({ value: '2009-W44-WE' });
  });

  it('takes a year of 1500–1799 after "in" or "since", but not an amount of men or years', () => {
    const text = 'He died in 1758. Since 1660 the town had a wall. The army had 1600 men. In 1700 years nothing changed.';
    expect(find(text, '1758', '2003-11-08')).toMatchObject({ value: '1758' });
    expect(find(text, '1660', '2003-11-08')).toMatchObject({ value: '1660' });
    expect(find(text, '1600', '2003-11-08')).toBeUndefined();
    expect(find(text, '1700 years', '2003-11-08')).toMatchObject({ type: 'DURATION' });
  });
});

describe('months sharing a year, and the end of a month', () => {
  it('"in August and September 1914": the year after the second month holds for the first', () => {
    expect(find('Ludendorff won at Tannenberg in August and September 1914.', 'August', '2009-12-19')).toMatchObject({ value: '1914-08' });
  });

  it('"the end of March 1917" is that month with mod END, not its last day', () => {
    expect(find('At the end of March 1917 the front held.', 'end of March 1917', '2009-12-19')).toMatchObject({ value: '1917-03', mod: 'END' });
  });
});
