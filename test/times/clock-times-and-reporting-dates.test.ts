// Time rules from round 4A of the generalisation check (reference: Saturday 14 November 2026). Made-up examples.
import { describe, expect, it } from 'vitest';
import { analyseTimes } from './analyse.js';

const PUB = '2026-11-14';
const times = (text: string) => analyseTimes(text, { published: PUB }).times;
const valueOf = (text: string, expr: string) => times(text).find((t) => t.text === expr)?.value;

describe('not clock times', () => {
  it('a bare amount of time after a preposition is a duration, not a clock time', () => {
    expect(times('The committee agreed after seven hours of debate.').map((t) => [t.text, t.type, t.value])).toEqual([['seven hours', 'DURATION', 'PT7H']]);
  });

  it('a match starting inside a number ("150,000 a month") is no time', () => {
    const found = times('The union wants a wage of 150,000 a month and 2,000 to 15 extra staff.');
    expect(found.filter((t) => /^0/.test(t.text))).toEqual([]);
  });
});

describe('the reporting clause owns a trailing date', () => {
  it('"X will meet on Friday, the minister said on Saturday": Saturday is the report, today', () => {
    const text = 'Both parties will meet again next week, the minister said in a statement on Saturday.';
    expect(valueOf(text, 'Saturday')).toBe('2026-11-14');
  });

  it('a future cue after the reporting verb still points ahead', () => {
    expect(valueOf('The minister said the parties will meet again on Friday.', 'Friday')).toBe('2026-11-20');
  });
});
