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

describe('moments of the day named by the light or a meal, and wire clock times', () => {
  it('"before dawn", "since daybreak", "at lunchtime" are the part of the day told, a TIME', () => {
    const found = times('The quake struck before dawn, officials said. Rescuers searched from the air since daybreak. The leader spoke to supporters at lunchtime.');
    expect(found.filter((t) => t.type === 'TIME').map((t) => [t.text, t.value])).toEqual([
      ['dawn', '2026-11-14TMO'], ['daybreak', '2026-11-14TMO'], ['lunchtime', '2026-11-14TMI'],
    ]);
  });

  it('the day told before it anchors it; "after lunch" is mid-day, "lunch with" a meal', () => {
    expect(valueOf('The fire broke out on Thursday. By nightfall it had burned 40 homes.', 'nightfall')).toBe('2026-11-12TEV');
    expect(valueOf('There was no buying interest after lunch, a dealer said.', 'lunch')).toBe('2026-11-14TMI');
    expect(times('She met him after lunch with the minister.').some((t) => t.text === 'lunch')).toBe(false);
  });

  it('no time in "the dawn of a new era", in a name, or in a habit', () => {
    expect(times('It marked the dawn of a new era.')).toEqual([]);
    expect(times('The fishermen left at dawn every day.').some((t) => t.text === 'dawn')).toBe(false);
    expect(times('The bill was signed by Dawn Butler. The studio is at Sunset Boulevard.').some((t) => t.type === 'TIME')).toBe(false);
    // told in the present, a custom: no one day's dawn
    expect(times('The monastery bells ring at dawn. Shops close at sunset during Ramadan.').some((t) => t.type === 'TIME')).toBe(false);
  });

  it('takes the day written after it ("at dawn on Tuesday")', () => {
    expect(valueOf('Rebels attacked the town at dawn on Tuesday, the army said.', 'dawn')).toBe('2026-11-10TMO');
  });

  it('"1700 local time" is a clock time of the day told, without a zone; "1200 GMT" keeps its zone', () => {
    const text = 'The dollar was quoted at 104.85 yen at 1700 local time and at 104.90 at 1200 GMT.';
    expect(valueOf(text, '1700 local time')).toBe('2026-11-14T17:00');
    expect(valueOf(text, '1200 GMT')).toBe('2026-11-14T12:00Z');
    // a year before "local time" stays a year
    expect(times('Until 1847 local time was used in every English town.').map((t) => t.value)).toEqual(['1847']);
  });
});
