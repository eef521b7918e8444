// Speaker accuracy over made-up US political news (test/fixtures/quotes/us-politics): the attribution shapes of
// wire and Politico copy (party-state tags, titles, statements, posts, readouts, split and multi-paragraph quotes,
// descriptions such as "the former president"), written for the test from knowledge of the genre.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/analyse/index.js';
import { extractPlainText } from '../../src/extract/text/index.js';
// @ts-expect-error plain JS helper shared with the bench
import { scoreUsPolitics } from './us-politics-score.mjs';

interface Totals { withSpeaker: number; found: number; right: number; unattributable: number; creditedUnattributable: number; misses: string[] }
const analyse = (id: string, raw: string) =>
  analyseDocument({ id, source: { path: id, fetchedAt: '2020-01-01T00:00:00Z' }, ...extractPlainText(raw) }, { today: '2021-01-01' });

describe('quote speakers in US political news (made-up fixture)', () => {
  const t = scoreUsPolitics(analyse) as Totals;
  it('finds every annotated quotation', () => {
    expect(t.found, t.misses.join('\n')).toBe(t.withSpeaker);
  });
  // the measured figure less about one quote of slack (docs/decisions/quotes-quantities.md, session 21)
  it('credits the right speaker to most of them', () => {
    expect(t.right / t.withSpeaker, t.misses.join('\n')).toBeGreaterThanOrEqual(0.96);
  });
});
