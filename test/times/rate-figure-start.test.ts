// The rate pattern ("15 a year", "1,000 barrels a day") opens a figure only on the first digit of its run of digits,
// commas and dots (a look-behind): the matches must be those of the pattern without it, which read a long run to its
// end from each of its digits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RATE, durationTimes } from '../../src/analyse/times/durations.js';

const WITHOUT = new RegExp(RATE.source.replace('(?<!\\d[\\d,.]*?)', ''), 'gi');
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);

describe('rate pattern', () => {
  it('is the pattern without the look-behind, plus it', () => expect(WITHOUT.source).not.toBe(RATE.source));

  it.each([
    '5 a day, 1,000 barrels a day, 2.5% a year, x15 a year, 3,4,5 a week, .5 a day, 1.2.3 an hour, 12,a day',
    'twice a week, three times a year, 9,,9 a day, 1,2 3 a day, 7.a day, 2019,2020 a year, a5 a week, 5a a day',
    '$5 a day (net) a week, 15 (about 20) a month, 40% a year 50% a year', '1,000,000,000 a year. 2,000 an hour.',
  ])('finds the matches of the pattern without it: %s', (text) => expect(matches(RATE, text)).toEqual(matches(WITHOUT, text)));

  it('finds them in the demo articles', () => {
    const dir = join(__dirname, '../../demo/wikinews');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().slice(0, 60)) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(matches(RATE, text), f).toEqual(matches(WITHOUT, text));
    }
  });

  it('reads a long run of digits and commas once', () => {
    const text = `${'2019,'.repeat(400)}5 a day`;
    expect(matches(RATE, text)).toEqual(matches(WITHOUT, text));
    expect(durationTimes(text).map((t) => t.text)).toEqual(['a day']);
  });
});
