// The seed article through the plain-text extractor, scored by the official seed scorer
// (segments section). The seed has no dateline, so `published` stays null here: the date is
// inferred from the text by the times stage, and that single check is the only miss allowed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src/extract/text/index.js';
import { SEED_TEXT, scoreSeed } from '../support/seed.js';

describe('seed article segments', () => {
  const article = extractPlainText(readFileSync(SEED_TEXT, 'utf8'));

  it('passes every segments check except the inferred publication date', () => {
    const { output } = scoreSeed({ article }, ['segments']);
    const misses = output.split('\n').filter((l) => l.includes('miss ['));
    expect(misses.filter((l) => !l.includes('published')), output).toEqual([]);
    expect(article.published).toBeNull();
  });

  it('passes the date check too once a date is known', () => {
    const { ok, output } = scoreSeed({ article: { ...article, published: '2025-12-04' } }, ['segments']);
    expect(ok, output).toBe(true);
  });

  it('keeps the gallery items in slide order with credits after captions', () => {
    expect(article.media.map((m) => [m.caption, m.credit])).toEqual([
      ['Vladimir Putin visits the Joint Forces Command Center', 'Kremlin'],
      ['Vladimir Putin', 'Contributor/Getty Images'],
      ['Vladimir Putin', null],
      [null, 'Presidential Office of Ukraine'],
      ['Volodymyr Zelensky', 'Presidential Office of Ukraine/Disclosure'],
      ['Ukrainian President Volodymyr Zelensky speaks to the press before the European Union summit in Belgium', 'Thierry Monaci/Getty Images'],
    ]);
    expect(article.dropped.map((d) => d.kind).sort()).toEqual(['gallery', 'related']);
  });

  it('types the key-point bullets as list items without their markers', () => {
    const items = article.blocks.filter((b) => b.kind === 'list-item').map((b) => article.text.slice(b.start, b.end));
    expect(items).toHaveLength(5);
    expect(items.every((t) => !t.startsWith('-'))).toBe(true);
  });
});
