// Three outlets report one acquisition with different wording and name variants ("Northwind Motors
// Corporation", "Northwind Motors", "NM"); a fourth article from the same city is about football.
// Texts are hand-written for this test (test/fixtures/story/acquisition.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/api.js';
import { StoryBuilder } from '../../src/story/index.js';

interface Row { id: string; url: string; published: string; title: string; text: string }
const rows: Row[] = JSON.parse(readFileSync(new URL('../fixtures/story/acquisition.json', import.meta.url), 'utf8'));

function build() {
  const b = new StoryBuilder();
  for (const r of rows) {
    const a = analyzeText(r.text, { format: 'text', published: r.published, today: '2026-11-26', path: r.id });
    a.article.id = r.id; a.article.title = r.title; a.article.source.url = r.url;
    b.add(a);
  }
  return b.stories();
}

describe('one event reported by several outlets', () => {
  const stories = build();
  const deal = stories.find((s) => s.articles.includes('ledger'))!;

  it('gathers the three reports in one story and leaves the football match out', () => {
    expect([...deal.articles].sort()).toEqual(['courier', 'ledger', 'wire']);
    expect(stories.find((s) => s.articles.includes('other'))!.id).not.toBe(deal.id);
  });

  it('merges the acquisition into one timeline event with three sources', () => {
    const merged = deal.timeline.filter((t) => new Set(t.sources.map((s) => s.articleId)).size > 1);
    // the acquisition, once, with all three reports; Delgado's statement on the vans may merge too (two reports)
    const deals = merged.filter((t) => t.sources.length === 3);
    expect(deals).toHaveLength(1);
    expect(deals[0].type).toBe('other');
    expect(deals[0].date).toBe('2025-03-10');
    expect(deals[0].sources.map((s) => s.articleId).sort()).toEqual(['courier', 'ledger', 'wire']);
    expect(merged.every((t) => /Delgado|acquired/.test(t.summary))).toBe(true);
  });

  it('links the company across its full and short name, and the buyer across articles', () => {
    const byName = (n: string) => deal.entities.find((e) => e.name === n || e.aliases.includes(n));
    const northwind = byName('Northwind Motors Corporation')!;
    expect(byName('Northwind Motors')).toBe(northwind);
    // The trained recogniser does not tag the bare acronym "NM" opening the courier's report (adding every
    // rule-typed acronym cost dev F1, docs/decisions/ner.md), so the company links across two reports here.
    expect(new Set(northwind.members.map((m) => m.split('#')[0]))).toEqual(new Set(['ledger', 'wire']));
    const halvorsen = byName('Halvorsen Energy')!;
    expect(new Set(halvorsen.members.map((m) => m.split('#')[0])).size).toBe(3);
    expect(halvorsen).not.toBe(northwind);
  });
});
