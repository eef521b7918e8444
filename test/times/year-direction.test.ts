// Which year a month or a day without a year falls in, by the clause around it (reference: 20 October 2026).
import { describe, expect, it } from 'vitest';
import { analyseTimes } from './analyse.js';

const valueOf = (text: string, expr: string, published = '2026-10-20') =>
  analyseTimes(text, { published }).times.find((t) => t.text === expr)?.value;

describe('past references go back to the latest such date', () => {
  it('"since" a month counts from one already begun', () => {
    // the nearest February would be next year's; "since" means this year's
    expect(valueOf('Three journalists have been detained since February.', 'February')).toBe('2026-02');
    // the current month has begun, so it is this year's even though its middle is still ahead
    expect(valueOf('Prices have risen since October.', 'October', '2026-10-05')).toBe('2026-10');
  });

  it('an accusation is about a deed already done, even in the present perfect', () => {
    expect(valueOf('The army has accused the rebels of an Aug. 22 raid on a convoy.', 'Aug. 22')).toBe('2026-08-22');
    expect(valueOf('Police have charged two men over a Jan. 5 robbery in the capital.', 'Jan. 5')).toBe('2026-01-05');
  });

  it('keeps the present perfect pointing ahead for a call to act', () => {
    expect(valueOf('The union has called for a strike on 3 November.', '3 November')).toBe('2026-11-03');
  });
});

describe('future references go to the next occurrence', () => {
  it('what a story is "ahead of" is still to come, even in a past-tense clause', () => {
    // nearest would be last April; the vote is the coming one
    expect(valueOf('The opposition accused the government of buying votes ahead of elections in April.', 'April')).toBe('2027-04');
  });

  it('a month in progress still counts as upcoming', () => {
    expect(valueOf('The summit will take place in October.', 'October', '2026-10-25')).toBe('2026-10');
  });
});
