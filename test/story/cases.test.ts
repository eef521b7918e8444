// Hand-documented ru-ua cases (excerpts of kremlin.ru, president.gov.ua and whitehouse.gov texts):
// each case must gather its three sources in one story, cases must stay apart, and the ledger must
// pair one side's assertion with the other side's counter-claim.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/api.js';
import { buildStories } from '../../src/story/index.js';
import type { Analysis } from '../../src/model/analysis.js';

const dir = new URL('../fixtures/story/', import.meta.url);
interface Item { file: string; case: string; source: string; date: string; title: string; url: string }
interface Pair { asserted: string; assertedText: string; disputed: string; disputedText: string }
interface Counter { file: string; stance: string; text: string; claimant: string }
const spec = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8')) as {
  items: Item[]; cases: Record<string, { ledger: Pair[]; counterClaims: Counter[] }>;
};

const analyses: Analysis[] = spec.items.map((it) => {
  const a = analyzeText(readFileSync(new URL(it.file, dir), 'utf8'), { format: 'text', published: it.date, url: it.url });
  // Stable ids and the published titles, as an ingest job would store them.
  a.article.id = it.file;
  a.article.title = it.title;
  return a;
});
const stories = buildStories(analyses);
const caseOf = new Map(spec.items.map((it) => [it.file, it.case]));
const inStory = (s: (typeof stories)[number]) => new Set([...s.articles, ...s.links.map((l) => l.articleId)]);

describe('ru-ua documented cases', () => {
  for (const [name, expected] of Object.entries(spec.cases)) {
    const files = spec.items.filter((it) => it.case === name).map((it) => it.file);

    it(`${name}: all three sources end in one story, with no other case`, () => {
      const home = stories.find((s) => s.articles.includes(files[0]))!;
      expect([...inStory(home)].sort()).toEqual(expect.arrayContaining(files.sort()));
      expect(new Set(spec.items.filter((it) => inStory(home).has(it.file)).map((it) => it.source)).size).toBe(3);
      expect(home.articles.filter((a) => caseOf.get(a) !== name)).toEqual([]);
    });

    it(`${name}: the counter-claims are found with their claimant`, () => {
      for (const c of expected.counterClaims) {
        const a = analyses.find((x) => x.article.id === c.file)!;
        const claim = a.claims.find((x) => x.stance === c.stance && x.text.includes(c.text));
        expect(claim, `${c.file}: ${c.stance} "${c.text}"`).toBeDefined();
        expect(a.entities.find((e) => e.id === claim!.claimant)!.name).toContain(c.claimant);
        expect(a.article.text.slice(claim!.evidence.start, claim!.evidence.end)).toBe(claim!.text);
      }
    });

    it(`${name}: the ledger pairs the assertion with the counter-claim across sources`, () => {
      const home = stories.find((s) => s.articles.includes(files[0]))!;
      for (const p of expected.ledger) {
        const entry = home.ledger.find((e) => e.assertedBy.some((x) => x.articleId === p.asserted && x.text.includes(p.assertedText)));
        expect(entry, `assertion "${p.assertedText}" in ${p.asserted}`).toBeDefined();
        expect(entry!.disputedBy.some((d) => d.articleId === p.disputed && d.text.includes(p.disputedText))).toBe(true);
      }
    });
  }
});
