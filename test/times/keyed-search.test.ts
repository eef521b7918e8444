// The time rules search their patterns only near key words (src/analyse/times/keyed-search.ts). With verification
// on, every keyed search is compared with the plain global search it replaces; it throws on any difference.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyed, keyedMatches, verifyKeyedSearch } from '../../src/analyse/times/keyed-search.js';
import { separatorRuns } from '../../src/analyse/times/separator-runs.js';
import { analyseTimes } from './analyse.js';

const texts = (dir: string, limit: number): string[] => {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.txt$/.test(n) && !/^ATTRIBUTION/.test(n) && out.length < limit) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
};

// Edge cases of each keyed pattern: keys at the text's ends, glued to other words, after long separator runs,
// modifiers written together with a season, words that go on after the key ("quarterly"), mixed case.
const EDGES = [
  'later', 'two days later', 'Two  \t days\n\nlater.', 'a couple of weeks  later', 'twenty-five - years later', 'xlater 5 daysx later',
  '1,000,000 days later', 'three and a half years', 'a 12-hour flight', 'decades-long', 'for years', 'in just minutes of talks',
  'every other week', 'each two years', 'weekly; Daily; ANNUALLY', 'the past two years', 'the four previous weeks',
  'the last - - - - year', 'the past\u00a0two\u2003years', 'midsummer 2010', 'mid-winter', 'late-autumn of 2009', 'the fall of Rome',
  'the first quarterly report', 'the third quarter of fiscal 2009', 'Q3 2019', 'Q42019', 'the second half of 2008', 'halftime',
  'H1 2020', 'fiscal 2009', 'FY2010', 'FY 10', 'this fiscal year', 'last March', 'Last May 5', 'by the end of the year',
  'Christmas Eve 2019', "New Year's Day", "st. patrick's day", 'May Day', 'in 2019', 'mid-2011', 'since 1660', 'circa 1750',
  'c. 1750', 'as of 2020', 'in 2019-20', 'the 1990s', "the 1980's", 'mid1990s', 'the early 19th century', '19th-century',
  'that day', 'the following year', 'the same day', 'The next morning', 'the same period last year', 'the year-earlier quarter',
  'a second consecutive trading day', 'the 5th straight session', 'recently', 'in recent years', 'the near future', 'now.',
  'right now-ish', "currently's", 'the most recent', 'NOW', 'nowadays', 'later later later', 'dayslater', 'years2019',
  '2019years', 'in\n2019', 'the the the 1990s', 'quarter', 'halves', 'ſummer', 'the paſt two years', 'K day',
];

describe('keyed search of the time rules', () => {
  beforeAll(() => verifyKeyedSearch(true));
  afterAll(() => verifyKeyedSearch(false));

  it('finds what the plain search finds in the edge cases', () => {
    for (const t of EDGES) analyseTimes(t, { published: '2025-12-04' });
    analyseTimes(EDGES.join(' '), { published: '2025-12-04' });
    analyseTimes(EDGES.join('\n\n'));
  });

  it('finds what the plain search finds in the demo articles and the generalisation fixtures', () => {
    const all = [...texts('demo', 80), ...texts('test/fixtures/generalisation', 40)];
    expect(all.length).toBeGreaterThan(60);
    for (const t of all) analyseTimes(t, { published: '2025-12-04' });
  });

  it('finds what the plain search finds in long runs of keys and separators', () => {
    for (const unit of ['later', 'day', 'years', 'summer', 'quarter', '2019', 'century', 'same', 'now']) {
      analyseTimes(`${'two - '.repeat(50)}${unit} ${`the ${unit} `.repeat(200)}`, { published: '2025-12-04' });
    }
  });

  it('finds what the plain search finds when keys are packed into one long token', () => {
    // each key's window stops where the previous one was tried: the walk back stays linear (days,days,… was quadratic)
    for (const token of ['days,', 'later,', '2019,', 'x-days ', 'summer.', 'quarterly;']) analyseTimes(`Two ${token.repeat(400)} later.`, { published: '2025-12-04' });
  });

  it('reads how many runs of separators one match can hold from the pattern', () => {
    expect(separatorRuns(String.raw`[-\s]+x`)).toBe(1); // a repeated class of separators is one run
    expect(separatorRuns(String.raw`(?:\s+and\s+(?:a\s+)?(half))?`)).toBe(3);
    expect(separatorRuns(String.raw`a|b\s+c\s+d|e`)).toBe(2); // the most over alternatives
    expect(separatorRuns(String.raw`\([^()]{1,20}\)\s+`)).toBe(21); // a bounded repeat of a class that may be one
    expect(separatorRuns(String.raw`(?<=\b(?:the|and)\s*)x`)).toBe(0); // a look-behind holds none of the match
    expect(separatorRuns(String.raw`\b(?:a\s*)+later\b`)).toBeNull();
    expect(separatorRuns(String.raw`\p{L}+`)).toBeNull();
  });

  it('searches plainly a pattern whose separators are not bounded', () => {
    const p = keyed(/\b(?:a\s*)+later\b/gi, { words: ['later'] }, true);
    expect(p.sticky).toBeNull();
    expect(keyedMatches(p, 'a a a a a a a a a a a later').map((m) => m[0])).toEqual(['a a a a a a a a a a a later']);
  });

  it('throws when a key does not hold every match (the check the tests rely on)', () => {
    const p = keyed(/\b(?:two|three)\s+days\b/gi, { words: ['two'] }, true);
    expect(() => keyedMatches(p, 'three days')).toThrow(/differs/);
  });
});
