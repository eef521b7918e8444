// Groups named by a common noun across articles: "the government" of one article is not "the government" of another
// (the analysis marks it `generic`), and "Kenyan government" is not "UK government" although both can be called "the
// government". Texts are written for this test; the analyses are the real analyser's.
import { describe, expect, it } from 'vitest';
import { analyzeRaw, analyzeText } from '../../src/api.js';
import { rawFromBytes } from '../../src/ingest/raw.js';
import { SqliteStore } from '../../src/store/index.js';
import { ensureStories } from '../../src/story/refresh.js';
import type { Analysis, Entity } from '../../src/model/analysis.js';
import { EntityLinker, StoryBuilder } from '../../src/story/index.js';
import { lookupKeysOf } from '../../src/story/names.js';
import { linkedInputs } from '../../src/story/article-links.js';
import { assembleDossier, memberInputs } from '../../src/story/incremental-dossier.js';

const ent = (id: string, name: string, aliases: string[] = [], generic = false): Entity =>
  ({ id, name, type: 'organization', aliases, roles: [], mentions: [], geo: null, ...(generic ? { generic: true as const } : {}) });

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

const entityNamed = (a: Analysis, name: string) => a.entities.find((e) => e.name === name)!;

describe('qualified groups keep their qualifier across articles', () => {
  it('links each country\'s government to itself and not to another country\'s', () => {
    const kenya = analysed('kenya', fuelTax('The Kenyan government', 'Nairobi'));
    const uk = analysed('uk', fuelTax('The UK government', 'London'));
    const kenyaAgain = analysed('kenya2', fuelTax('The Kenyan government', 'Mombasa'));
    // the analyser files each under its qualified name with the bare head as an alias
    expect(entityNamed(kenya, 'Kenyan government').aliases).toContain('government');
    expect(entityNamed(uk, 'UK government').aliases).toContain('government');
    const l = new EntityLinker();
    const [k, u, k2] = [kenya, uk, kenyaAgain].map((a) => l.add(a.article.id, a.entities));
    const kid = k.get(entityNamed(kenya, 'Kenyan government').id)!;
    expect(u.get(entityNamed(uk, 'UK government').id)).not.toBe(kid);
    expect(k2.get(entityNamed(kenyaAgain, 'Kenyan government').id)).toBe(kid);
  });

  it('files no group under the head noun its qualifier was taken from', () => {
    const l = new EntityLinker();
    const bush = l.add('a', [ent('ec1', 'Bush administration', ['administration'])]);
    const obama = l.add('b', [ent('ec1', 'Obama administration', ['administration'])]);
    expect(obama.get('ec1')).not.toBe(bush.get('ec1'));
    // one article, two owners of one ministry (the analyser's splitByPossessor): two groups, not one
    const two = l.add('c', [ent('e1', "Azerbaijan's Defence Ministry", ['Defence Ministry']), ent('e1-1', "Armenia's Defence Ministry", ['Defence Ministry'])]);
    expect(two.get('e1-1')).not.toBe(two.get('e1'));
    const [head] = lookupKeysOf([ent('x', 'government')]);
    expect(lookupKeysOf([ent('ec1', 'Kenyan government', ['government'])]).has(head!)).toBe(false);
    // an alias that is not the name's own tail still links ("NM" and "Northwind Motors" are one company)
    const nm = l.add('d', [ent('e1', 'Northwind Motors Corporation', ['Northwind Motors'])]);
    expect(l.add('e', [ent('e1', 'Northwind Motors')]).get('e1')).toBe(nm.get('e1'));
  });
});

describe('generic groups stay their article\'s own', () => {
  it('stores no linked group for them and keeps two countries\' governments apart (store path)', async () => {
    const store = new SqliteStore(':memory:');
    const texts = { kenya: fuelTax('The Kenyan government', 'Nairobi'), uk: fuelTax('The UK government', 'London'), plain: fuelTaxRetold('the government') };
    for (const [id, text] of Object.entries(texts)) {
      const raw = rawFromBytes(Buffer.from(text, 'utf8'), { url: `https://${id}.example/tax` }, 'text/plain', 'utf-8');
      store.saveRaw(raw);
      store.saveAnalysis(analyzeRaw(raw, { published: '2026-03-02', today: '2026-11-26' }));
    }
    await ensureStories(store);
    const rows = store.db.prepare('SELECT l.global_id AS id, g.name AS name FROM entity_links l JOIN global_entities g ON g.id = l.global_id').all() as Array<{ id: string; name: string }>;
    const names = rows.map((r) => r.name);
    expect(names).toContain('Kenyan government');
    expect(names).not.toContain('government');
    expect(names).not.toContain('opposition');
    const idOf = (name: string) => rows.find((r) => r.name === name)?.id;
    expect(idOf('UK government')).toBeDefined();
    expect(idOf('UK government')).not.toBe(idOf('Kenyan government'));
    store.close();
  });

  it('gives a generic group no link, no name key and no place in story features', () => {
    const a = analysed('a', fuelTax('The government', 'Nairobi'));
    const generic = a.entities.filter((e) => e.generic);
    expect(generic.map((e) => e.name).sort()).toEqual(['government', 'opposition']);
    expect([...lookupKeysOf(generic)]).toEqual([]);
    const links = new EntityLinker().add('a', a.entities);
    for (const e of generic) expect(links.has(e.id)).toBe(false);
    const inputs = linkedInputs(a, links);
    const ids = new Set(generic.map((e) => e.id));
    expect(inputs.entities.length).toBeGreaterThan(0); // Nairobi
    expect(inputs.entities.every((g) => !ids.has(g) && !g.includes('#'))).toBe(true);
    expect(inputs.mentions.every((m) => !ids.has(m.entity) && !m.entity.includes('#'))).toBe(true);
    // the statements' actor is the generic government: its events keep their type, their participants only linked ids
    const actors = a.events.filter((e) => e.participants.some((p) => ids.has(p)));
    expect(actors.length).toBeGreaterThan(0);
    const linkedIds = new Set(inputs.entities);
    expect(inputs.events.flatMap((e) => [...e.participants, ...(e.place ? [e.place] : [])]).every((p) => linkedIds.has(p))).toBe(true);
  });

  it('shares no entity between two articles whose only common actor is "the government"', () => {
    const b = new StoryBuilder();
    const one = b.add(analysed('one', fuelTax('The government', 'Nairobi'))).entityLinks;
    const two = b.add(analysed('two', fuelTax('The government', 'London'), 'https://other.example/two')).entityLinks;
    const shared = [...one.values()].filter((g) => [...two.values()].includes(g));
    expect(shared).toEqual([]);
  });
});

describe('an entity left unlinked keeps an id of its own article in a story dossier', () => {
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
