// Inferring the reference (publication) date from the text when no date is given.
import { describe, expect, it } from 'vitest';
import { analyseTimes } from './analyse.js';

const run = (text: string, today = '2026-11-26', published?: string) => analyseTimes(text, { today, published }).article;

describe('reference date from weekday+date pairs', () => {
  it('takes the most recent year, not after today, where the date falls on the weekday', () => {
    const a = run('The statement was issued on Thursday (12/4) in Moscow.');
    expect([a.published, a.publishedFrom]).toEqual(['2025-12-04', 'inferred']);
  });

  it('moves the year back when that date is still ahead of today', () => {
    // 4 December 2025 is after 3 December 2025, and before that 4 December was last a Thursday in 2014.
    expect(run('The statement was issued on Thursday, December 4.', '2025-12-03').published).toBe('2014-12-04');
    // (12/25) can only be month/day: Thursday 25 December was last in 2014 when today is 2025-12-24.
    expect(run('Shops closed on Thursday (12/25).', '2025-12-24').published).toBe('2014-12-25');
  });

  it('reads (4/12) as day/month when that puts the weekday in the latest year', () => {
    expect(run('The statement was issued on Thursday (4/12).').published).toBe('2025-12-04');
  });

  it('chooses one order for all pairs of an article, the one that keeps them close together', () => {
    // Month/day would give 12 January 2026 and 12 February 2019; day/month gives 1 and 2 December 2025.
    expect(run('Talks collapsed on Monday (1/12) and resumed on Tuesday (2/12).').published).toBe('2025-12-02');
  });

  it('takes the latest pair as the reference and handles a year boundary', () => {
    const a = run('Rain fell on Wednesday (12/31). The square reopened on Thursday (1/1).');
    expect(a.published).toBe('2026-01-01');
  });

  it('reads written-out months in both orders', () => {
    expect(run('They signed it on Thursday, December 4, in Geneva.').published).toBe('2025-12-04');
    expect(run('They signed it on Thursday 4 December in Geneva.').published).toBe('2025-12-04');
  });

  it('keeps a year the text states and marks the date as from the text', () => {
    const a = run('They signed it on Thursday, December 4, 2014, in Geneva.');
    expect([a.published, a.publishedFrom]).toEqual(['2014-12-04', 'text']);
  });

  it('ignores pairs in a future clause', () => {
    expect(run('Talks took place on Tuesday (12/2). The leaders will meet on Monday (12/8).').published).toBe('2025-12-02');
  });
});

describe('reference date without pairs', () => {
  it('uses a full date the text states, preferring the dateline', () => {
    const a = run('PARIS, 3 May 2021 - Ministers met today. The treaty dates from 12 June 1998.');
    expect([a.published, a.publishedFrom]).toEqual(['2021-05-03', 'text']);
  });

  it('never takes a date after today', () => {
    expect(run('The plan was announced on 3 May 2021. It will end on 1 January 2030.').published).toBe('2021-05-03');
  });

  it('stays null when the text gives nothing to infer from', () => {
    const a = analyseTimes('The minister spoke on Tuesday about the budget.');
    expect([a.article.published, a.article.publishedFrom]).toEqual([null, null]);
    expect(a.times.find((t) => t.text === 'Tuesday')?.value).toBeNull();
  });

  it('records how the date was found', () => {
    const doc = analyseTimes('The statement was issued on Thursday (12/4).');
    expect(doc.messages.some((m) => m.source === 'referenceDate' && /inferred from "Thursday \(12\/4\)"/.test(m.reason))).toBe(true);
  });

  it('lets a given publication date win over the text', () => {
    const a = run('The statement was issued on Thursday (12/4).', '2026-11-26', '2014-12-05');
    expect([a.published, a.publishedFrom]).toEqual(['2014-12-05', 'given']);
  });
});
