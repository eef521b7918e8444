// The seed article, analysed with no publication date: "Thursday (12/4)" must give 4 December 2025.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/api.js';
import { SEED_TEXT, scoreSeed } from '../support/seed.js';

const today = '2026-11-26';

describe('seed article times', () => {
  const analysis = analyzeText(readFileSync(SEED_TEXT, 'utf8'), { today });

  it('passes the times section of the seed scorer', () => {
    const { ok, output } = scoreSeed(analysis, ['times']);
    expect(ok, output).toBe(true);
  });

  it('infers the publication date from the weekday+date pairs', () => {
    expect(analysis.article.published?.startsWith('2025-12-04')).toBe(true);
    expect(analysis.article.publishedFrom).toBe('inferred');
  });

  it('keeps each weekday and its parenthesised date as one expression', () => {
    const pairs = analysis.times.filter((t) => /\(\d+\/\d+\)$/.test(t.text));
    expect(pairs.map((t) => [t.text, t.value])).toEqual([
      ['Thursday (12/4)', '2025-12-04'], ['Wednesday (12/3)', '2025-12-03'], ['Tuesday (12/2)', '2025-12-02'],
    ]);
    expect(analysis.times.some((t) => t.text === '12/4')).toBe(false);
  });

  it('resolves the later bare weekdays back from the reference date', () => {
    const bare = analysis.times.filter((t) => /^(Wednesday|Thursday)$/.test(t.text));
    expect(bare.map((t) => t.value)).toEqual(['2025-12-04', '2025-12-03']);
  });

  it('lets a given publication date win', () => {
    const given = analyzeText(readFileSync(SEED_TEXT, 'utf8'), { today, published: '2025-12-05' });
    expect(given.article.published).toBe('2025-12-05');
    expect(given.article.publishedFrom).toBe('given');
    expect(given.times.find((t) => t.text === 'Thursday (12/4)')?.value).toBe('2025-12-04');
  });
});
