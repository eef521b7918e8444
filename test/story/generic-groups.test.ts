// Groups named by a common noun across articles: "the government" of one report is not "the government" of another
// (the analysis marks it `generic`), so a story dossier keeps each as its own report's actor, whatever the linker did
// with it; and story features read only what the links name. Texts are written for this test; the analyses are the
// real analyser's.
import { describe, expect, it } from 'vitest';
import { analyzeRaw, analyzeText } from '../../src/api.js';
import { rawFromBytes } from '../../src/ingest/raw.js';
import { SqliteStore } from '../../src/store/index.js';
import { ensureStories } from '../../src/story/refresh.js';
import type { Analysis } from '../../src/model/analysis.js';
import { EntityLinker, StoryBuilder } from '../../src/story/index.js';
import { linkedInputs } from '../../src/story/article-links.js';
import { assembleDossier, memberInputs, type MemberInputs } from '../../src/story/incremental-dossier.js';

function analysed(id: string, text: string, url = `https://${id}.example/${id}`): Analysis {
  const a = analyzeText(text, { format: 'text', published: '2026-03-02', today: '2026-11-26', path: id });
  a.article.id = id; a.article.source.url = url;
  return a;
}

const fuelTax = (who: string, city: string) => `Fuel tax to rise in July\n\n${who} said on Monday that it would raise the tax on fuel from July to cut ` +
  `the budget deficit. The opposition rejected the claim that the tax would cut the deficit. "We have no other choice," the ` +
  `government said in a statement. Traders in ${city} said prices at the pump would rise at once.`;

/** The same news in other words (not a near-copy, which would add nothing of its own to a story). */
const fuelTaxRetold = (who: string) => `Motorists face higher fuel prices\n\nDrivers will pay more for petrol and diesel from July ` +
  `after ${who} announced a higher fuel tax on Monday, meant to narrow the budget deficit. The opposition rejected the claim that ` +
  `the higher tax would narrow the deficit, and the government said in a statement that the budget deficit left no other choice.`;

const analysedIn = (store: SqliteStore, id: string) =>
  JSON.parse((store.db.prepare('SELECT analysis FROM articles WHERE id = ?').get(id) as { analysis: string }).analysis) as Analysis;

const entityNamed = (a: Analysis, name: string) => a.entities.find((e) => e.name === name)!;

describe('story features read linked entities only', () => {
  it('leaves an entity the links do not name out of the entities, mentions and event participants', () => {
    const a = analysed('a', fuelTax('The Kenyan government', 'Nairobi'));
    const kenya = entityNamed(a, 'Kenyan government'), nairobi = entityNamed(a, 'Nairobi');
    const links = new Map([[nairobi.id, 'g1']]);
    const inputs = linkedInputs(a, links);
    expect(inputs.entities).toEqual(['g1']);
    expect(inputs.types).toEqual({ g1: 'place' });
    expect(new Set(inputs.mentions.map((m) => m.entity))).toEqual(new Set(['g1']));
    expect(a.events.some((e) => e.participants.includes(kenya.id))).toBe(true);
    expect(inputs.events.flatMap((e) => [...e.participants, ...(e.place ? [e.place] : [])]).every((p) => p === 'g1')).toBe(true);
  });
});

describe('a generic group stays its article\'s own actor in a story dossier', () => {
  it('is not named after another report\'s qualified group it was linked with (store path)', async () => {
    const store = new SqliteStore(':memory:');
    const texts = { kenya: fuelTax('The Kenyan government', 'Nairobi'), plain: fuelTaxRetold('the government') };
    const ids: Record<string, string> = {};
    for (const [site, text] of Object.entries(texts)) {
      const raw = rawFromBytes(Buffer.from(text, 'utf8'), { url: `https://${site}.example/tax` }, 'text/plain', 'utf-8');
      store.saveRaw(raw);
      const a = analyzeRaw(raw, { published: '2026-03-02', today: '2026-11-26' });
      store.saveAnalysis(a);
      ids[site] = a.article.id;
    }
    await ensureStories(store);
    const row = store.db.prepare('SELECT inputs FROM story_inputs WHERE article_id = ?').get(ids.plain) as { inputs: string };
    const inputs = JSON.parse(row.inputs) as MemberInputs;
    const claimants = inputs.claims.map((c) => c.claim.claimant);
    expect(claimants.length).toBeGreaterThan(0);
    for (const c of claimants) expect(c.startsWith(`${ids.plain}#`)).toBe(true);
    expect(claimants.map((c) => inputs.names[c])).toContain('government');
    expect(Object.values(inputs.names)).not.toContain('Kenyan government');
    expect(inputs.quotes.map((q) => q.speakerLabel)).not.toContain('Kenyan government');
    // nor recorded as a cross-article link (what an export names it by), like the store's own entity rows
    const generic = analysedIn(store, ids.plain).entities.filter((e) => e.generic).map((e) => e.id);
    expect(generic.length).toBeGreaterThan(0);
    const linked = (id: string) => (store.db.prepare('SELECT local_id AS l FROM entity_links WHERE article_id = ?').all(id) as Array<{ l: string }>).map((r) => r.l);
    expect(linked(ids.kenya)).toContain(entityNamed(analysedIn(store, ids.kenya), 'Kenyan government').id);
    for (const l of generic) expect(linked(ids.plain)).not.toContain(l);
    store.close();
  });
});

describe('a generic group keeps an id of its own article in a story dossier', () => {
  const one = analysed('one', fuelTax('The government', 'Nairobi'));
  const two = analysed('two', fuelTaxRetold('the government'), 'https://other.example/two');

  it('does not mix two articles\' "government" in the stored dossier\'s ledger and positions', () => {
    const l = new EntityLinker();
    const inputs = [one, two].map((a) => memberInputs(a, a.article.id, l.add(a.article.id, a.entities), (g) => l.get(g)?.name ?? g, false));
    const [c1, c2] = inputs.map((m) => m.claims.map((c) => c.claim.claimant));
    expect(c1.length).toBeGreaterThan(0);
    for (const id of c1) expect(c2).not.toContain(id);
    const dossier = assembleDossier(inputs);
    const governments = dossier.positions.filter((p) => p.name === 'government');
    expect(governments).toHaveLength(2);
    expect(new Set(governments.map((p) => p.positions[0]!.articleId))).toEqual(new Set(['one', 'two']));
    for (const g of governments) expect(new Set(g.positions.map((p) => p.articleId)).size).toBe(1);
  });

  it('does the same in the in-memory builder\'s stories', () => {
    const b = new StoryBuilder();
    b.add(one); b.add(two, 'other.example');
    const story = b.stories().find((s) => s.articles.includes('one'))!;
    expect([...story.articles].sort()).toEqual(['one', 'two']);
    const positions = story.positions.filter((p) => p.name === 'government');
    expect(positions).toHaveLength(2);
    for (const p of positions) expect(new Set(p.positions.map((x) => x.articleId)).size).toBe(1);
  });
});
