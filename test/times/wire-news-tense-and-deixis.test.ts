// Newswire of the kind TempEval-3 holds: features and obituaries name many past years yet still count "this week"
// from the day they were written; the clause's own verbs, wherever they stand, say which way a date goes; and a
// figure with a decimal point is no clock time.
import { describe, expect, it } from 'vitest';
import { analyseTimes } from './analyse.js';

const valueOf = (text: string, expr: string, published: string) =>
  analyseTimes(text, { published }).times.find((t) => t.text === expr)?.value;
const FEATURE = 'Carl and Edna bought the diner in the spring of 1954. In 1971 they added a counter, in 1988 a new roof, and in 1990 a motel opened nearby. ';

describe('deictic expressions in a text full of past years', () => {
  it('count from the publication date, not from the last year mentioned', () => {
    expect(valueOf(`${FEATURE}"People told us we would be gone in six months," Edna said this week.`, 'this week', '1994-05-20')).toBe('1994-W20');
    expect(valueOf(`${FEATURE}Edna, who turns 78 next month, has no regrets.`, 'next month', '1994-05-20')).toBe('1994-06');
    expect(valueOf(`${FEATURE}Regulars are planning a potluck for Sunday afternoon.`, 'Sunday afternoon', '1994-05-20')).toBe('1994-05-22TAF');
  });
});

describe('the tense of the clause around a date', () => {
  it('a past auxiliary after a future cue governs the date', () => {
    expect(valueOf('Kanemoto said profit would be 40 percent lower than it had forecast in November.', 'November', '1992-01-30')).toBe('1991-11');
  });
  it('a future verb after the date (and its subject), a day named as what something is, "planning" look ahead', () => {
    expect(valueOf('On Sunday, she will turn off the lights for good.', 'Sunday', '1994-05-20')).toBe('1994-05-22');
    expect(valueOf('The final day of business is Saturday.', 'Saturday', '1994-05-20')).toBe('1994-05-21');
    expect(valueOf('Official results, due shortly after 2 a.m. Friday, are expected to confirm the swing.', '2 a.m. Friday', '1990-11-08')).toBe('1990-11-09T02:00');
  });
  it('"according to" starts a clause of its own, and "sentencing for" is no accusation', () => {
    expect(valueOf('Results are expected to confirm a swing, according to exit polls released Thursday night.', 'Thursday night', '1990-11-08')).toBe('1990-11-08TNI');
    expect(valueOf('Judge Alan Whitcomb set sentencing for Sept. 21.', 'Sept. 21', '1992-06-12')).toBe('1992-09-21');
  });
  it('"this spring" is the nearest spring, whatever the tense', () => {
    expect(valueOf('The recession may have ended this spring, economists said.', 'this spring', '1991-07-25')).toBe('1991-SP');
    expect(valueOf('Democrats plan to push legislation this spring.', 'this spring', '2009-12-19')).toBe('2010-SP');
  });
});

describe('figures with a decimal point', () => {
  it('are no clock times without a.m., p.m. or a zone', () => {
    const times = analyseTimes('The company earned $1.05 a share, and the bond yield stood at 8.05 percent on Friday.', { published: '1990-04-26' }).times;
    expect(times.map((t) => t.text)).toEqual(['Friday']);
  });
});

describe('cues that must not over-reach (a review\'s counterexamples)', () => {
  const P = '2026-06-10'; // a Wednesday: last Sunday 06-07, next Sunday 06-14
  it('a future verb in the next clause does not move the date of a past one', () => {
    expect(valueOf('He was arrested on Sunday and will appear in court on Thursday.', 'Sunday', P)).toBe('2026-06-07');
    expect(valueOf('On Monday, Trump said he will veto the bill.', 'Monday', P)).toBe('2026-06-08');
  });
  it('a past expectation, a debt that fell due and a planning committee look back', () => {
    expect(valueOf('Economists polled by Reuters had expected payrolls to rise by 150,000 in May.', 'May', P)).toBe('2026-05');
    expect(valueOf('Payments due in April were not made.', 'April', P)).toBe('2026-04');
    expect(valueOf('The city planning commission approved the tower on Tuesday.', 'Tuesday', P)).toBe('2026-06-09');
  });
  it('a season by the clause\'s tense, a possessive after "is", a condition with "were"', () => {
    expect(valueOf('The firm hired 300 people this spring.', 'this spring', '2026-11-10')).toBe('2026-SP');
    expect(valueOf('The focus is on Sunday\'s result.', 'Sunday', P)).toBe('2026-06-07');
    expect(valueOf('The strike would end if workers were paid by Friday.', 'Friday', P)).toBe('2026-06-12');
  });
});
