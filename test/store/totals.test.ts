// The dashboard's counts and most-named list come from totals the store keeps as rows arrive and leave (migration 5
// on SQLite, 6 on PostgreSQL), not from counting every row. They must equal what the stored analyses say, after new
// articles, re-analysed ones that lose or repeat entities, and story placement, on both engines.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../src/api.js';
import { rawFromBytes, type RawDocument } from '../../src/ingest/raw.js';
import { readRawFile } from '../../src/ingest/sources.js';
import type { Analysis } from '../../src/model/analysis.js';
import { openEngine, type Store } from '../../src/store/index.js';
import { entityKey, linkedEntities } from '../../src/store/keys.js';
import { ensureStories } from '../../src/story/refresh.js';
import { ENGINES } from '../support/engines.js';
import { ROOT } from '../support/cli.js';

const DEMO = join(ROOT, 'demo', 'wikinews');
const FILES = readdirSync(DEMO).filter((n) => n.endsWith('.txt')).sort().slice(0, 8).map((f) => join(DEMO, f));
let raws: RawDocument[];
let analyses: Analysis[];
beforeAll(async () => {
  raws = await Promise.all(FILES.map((f) => readRawFile(f)));
  analyses = raws.map((r) => analyzeRaw(r));
});

/** What the stored analyses say: the counts and, per entity key, its articles and mentions. */
function expected(stored: Analysis[]) {
  const keys = new Map<string, { type: string; articles: Set<string>; mentions: number }>();
  for (const a of stored) {
    for (const e of linkedEntities(a)) {
      const k = entityKey(e);
      const t = keys.get(k) ?? { type: e.type, articles: new Set(), mentions: 0 };
      t.articles.add(a.article.id);
      t.mentions += e.mentions.length;
      keys.set(k, t);
    }
  }
  const sum = (f: (a: Analysis) => number) => stored.reduce((n, a) => n + f(a), 0);
  const ofType = (type: string) => [...keys.values()].filter((t) => t.type === type).length;
  return {
    stats: {
      articles: stored.length, failed: 0, people: ofType('person'), organizations: ofType('organization'), places: ofType('place'),
      quotes: sum((a) => a.quotes.length), dates: sum((a) => a.times.filter((t) => t.value !== null).length),
      quantities: sum((a) => a.quantities.length), events: sum((a) => a.events.length), claims: sum((a) => a.claims.length),
    },
    entities: new Map([...keys].map(([k, t]) => [k, { type: t.type, articles: t.articles.size, mentions: t.mentions }])),
  };
}

async function check(store: Store, stored: Analysis[]) {
  const want = expected(stored);
  expect(await store.stats()).toEqual(want.stats);
  const all = await store.listEntities({ limit: 100_000 });
  expect(all.total).toBe(want.entities.size);
  expect(new Map(all.items.map((e) => [e.key, { type: e.type, articles: e.articles, mentions: e.mentions }]))).toEqual(want.entities);
  // most named first: by articles, then mentions
  const order = all.items.map((e) => [e.articles, e.mentions]);
  expect(order).toEqual([...order].sort((x, y) => y[0]! - x[0]! || y[1]! - x[1]!));
  const people = await store.listEntities({ type: 'person', limit: 5 });
  expect(people.total).toBe(want.stats.people);
  expect(people.items.every((e) => e.type === 'person')).toBe(true);
  expect((await store.listArticles({ limit: 1 })).total).toBe(stored.length);
}

describe.each(ENGINES)('the $name store keeps its totals', (engine) => {
  const test = it.skipIf(!engine.available);

  test('as articles arrive, are re-analysed with fewer or repeated entities, and are placed in stories', async () => {
    const store = await openEngine(await engine.fresh());
    try {
      const stored = new Map<string, Analysis>();
      for (let i = 0; i < raws.length; i++) {
        await store.saveRaw(raws[i]!);
        await store.saveAnalysis(analyses[i]!);
        stored.set(analyses[i]!.article.id, analyses[i]!);
      }
      await check(store, [...stored.values()]);
      expect((await store.stats()).people).toBeGreaterThan(3);

      // A generic group ("the government") stays its article's own: no key, no count, not in the list.
      const a2 = analyses[2]!;
      const government = { id: 'ec-test', name: 'government', type: 'organization' as const, roles: [], aliases: [], geo: null,
        mentions: [{ start: 0, end: 4 }], generic: true as const };
      const withGroup: Analysis = { ...a2, entities: [...a2.entities, government] };
      await store.saveAnalysis(withGroup);
      stored.set(a2.article.id, withGroup);
      await check(store, [...stored.values()]);
      expect((await store.listEntities({ limit: 100_000 })).items.map((e) => e.key)).not.toContain('organization:government');

      // Re-analysed: half its entities gone, one repeated under a second id (same key: the article counts once).
      const a0 = analyses[0]!;
      const kept = a0.entities.slice(0, Math.ceil(a0.entities.length / 2));
      const fewer: Analysis = { ...a0, entities: [...kept, { ...kept[0]!, id: 'e-repeat' }], quotes: a0.quotes.slice(1) };
      await store.saveAnalysis(fewer);
      stored.set(a0.article.id, fewer);
      await check(store, [...stored.values()]);

      // Re-analysed to nothing: its keys named nowhere else leave the list and the counts.
      const a1 = analyses[1]!;
      const empty: Analysis = { ...a1, entities: [], quotes: [], times: [], quantities: [], events: [], claims: [] };
      await store.saveAnalysis(empty);
      stored.set(a1.article.id, empty);
      await check(store, [...stored.values()]);

      // And back: a key that fell to 0 articles counts again.
      await store.saveAnalysis(a1);
      stored.set(a1.article.id, a1);
      await check(store, [...stored.values()]);

      await ensureStories(store);
      const stories = await store.stories.list({ limit: 100, offset: 0 });
      expect(stories.total).toBe(stories.items.length);
      expect(stories.total).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });

  test('a store written before the totals existed gets them counted when it is opened', async () => {
    const db = await engine.fresh();
    let store = await openEngine(db);
    const stored = analyses.slice(0, 5);
    for (let i = 0; i < stored.length; i++) { await store.saveRaw(raws[i]!); await store.saveAnalysis(stored[i]!); }
    await store.close();
    await forgetTotals(engine.name, db);
    store = await openEngine(db);
    try {
      await check(store, stored);
    } finally {
      await store.close();
    }
  });

  test('names a key by its fullest, capitalised spelling, whichever article came first', async () => {
    const store = await openEngine(await engine.fresh());
    try {
      const base = analyses[0]!;
      const party = (name: string) => ({ id: 'e1', name, type: 'organization' as const, roles: [], aliases: [], geo: null, mentions: [{ start: 0, end: 4 }] });
      const names = ['Democratic party', 'Democratic Party', 'Democratic party', 'Green party', 'Green Party', 'São Paulo', 'Sao Paulo'];
      for (const [i, name] of names.entries()) {
        const raw = rawFromBytes(Buffer.from(`party article ${i}`), { path: `p${i}.txt` }, 'text/plain', 'utf-8');
        await store.saveRaw(raw);
        await store.saveAnalysis({ ...base, article: { ...base.article, id: raw.id }, entities: [party(name)] });
      }
      const listed = new Map((await store.listEntities({ limit: 100 })).items.map((e) => [e.key, e.name]));
      expect(listed.get('organization:democratic party')).toBe('Democratic Party');
      expect(listed.get('organization:green party')).toBe('Green Party');
      expect(listed.get('organization:sao paulo')).toBe('São Paulo');
    } finally {
      await store.close();
    }
  });

  test('finds the newest articles naming a key, whether most articles name it or few', async () => {
    const store = await openEngine(await engine.fresh());
    try {
      // 160 small articles, one a day: every one names "Anna Common", every 60th "Boris Rare" (3 of 160: the
      // PostgreSQL store then sorts the key's rows instead of walking the newest articles).
      const base = analyses[0]!;
      const person = (id: string, name: string) => ({ id, name, type: 'person' as const, roles: [], aliases: [], geo: null, mentions: [{ start: 0, end: 4 }] });
      const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 864e5).toISOString().slice(0, 10);
      for (let i = 0; i < 160; i++) {
        const raw = rawFromBytes(Buffer.from(`article ${i}`), { path: `a${i}.txt` }, 'text/plain', 'utf-8');
        await store.saveRaw(raw);
        const entities = [person('e1', 'Anna Common'), ...(i % 60 === 0 ? [person('e2', 'Boris Rare')] : [])];
        await store.saveAnalysis({ ...base, article: { ...base.article, id: raw.id, published: day(i) }, entities });
      }
      const days = async (key: string, n: number) => Promise.all((await store.entityRows(key, n)).map(async (r) => (await store.getAnalysis(r.article_id))!.article.published));
      expect(await days('person:anna common', 4)).toEqual([day(159), day(158), day(157), day(156)]);
      expect(await days('person:boris rare', 5)).toEqual([day(120), day(60), day(0)]);
      expect(await store.entityRows('person:nobody', 5)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  test('a key that no article names any more comes back with the name and place of the rows that name it again', async () => {
    const store = await openEngine(await engine.fresh());
    try {
      const base = analyses[0]!;
      const raw = rawFromBytes(Buffer.from('georgia'), { path: 'georgia.txt' }, 'text/plain', 'utf-8');
      await store.saveRaw(raw);
      const place = (lat: number, lon: number, country: string) => ({ id: 'e1', name: 'Georgia', type: 'place' as const, roles: [], aliases: [],
        geo: { lat, lon, country }, mentions: [{ start: 0, end: 7 }] });
      const save = (e: ReturnType<typeof place>) => store.saveAnalysis({ ...base, article: { ...base.article, id: raw.id }, entities: [e] });
      await save(place(42.3, 43.4, 'GE'));
      await save(place(32.6, -83.4, 'US'));
      const row = (await store.listEntities({ type: 'place' })).items.find((e) => e.key === 'place:georgia');
      expect(row).toMatchObject({ articles: 1, mentions: 1, lat: 32.6, lon: -83.4, country: 'US' });
    } finally {
      await store.close();
    }
  });

  test('two re-analyses that swap shared names at once both land (no deadlock), and the totals add up', async () => {
    const db = await engine.fresh();
    const [one, two] = [await openEngine(db), await openEngine(db)];
    try {
      const base = analyses[0]!;
      const person = (id: string, name: string) => ({ id, name, type: 'person' as const, roles: [], aliases: [], geo: null, mentions: [{ start: 0, end: 4 }] });
      const ids: string[] = [];
      for (const text of ['a1', 'b1']) {
        const raw = rawFromBytes(Buffer.from(text), { path: `${text}.txt` }, 'text/plain', 'utf-8');
        await one.saveRaw(raw);
        ids.push(raw.id);
      }
      const at = (id: string, names: string[]) => ({ ...base, article: { ...base.article, id }, entities: names.map((n, i) => person(`e${i}`, n)) });
      for (let round = 0; round < 15; round++) {
        const [x, y] = round % 2 ? [['Vladimir Putin'], ['Volodymyr Zelensky']] : [['Volodymyr Zelensky', 'Vladimir Putin'], ['Vladimir Putin', 'Volodymyr Zelensky']];
        await Promise.all([one.saveAnalysis(at(ids[0]!, x)), two.saveAnalysis(at(ids[1]!, y))]);
      }
      const people = new Map((await one.listEntities({ type: 'person' })).items.map((e) => [e.key, e.articles]));
      expect(people).toEqual(new Map([['person:vladimir putin', 2], ['person:volodymyr zelensky', 2]]));
      expect((await one.stats()).people).toBe(2);
    } finally {
      await one.close();
      await two.close();
    }
  });

  test('the list filters by name and type, and pages', async () => {
    const store = await openEngine(await engine.fresh());
    try {
      for (let i = 0; i < raws.length; i++) { await store.saveRaw(raws[i]!); await store.saveAnalysis(analyses[i]!); }
      const top = await store.listEntities({ limit: 3 });
      expect(top.items).toHaveLength(3);
      const next = await store.listEntities({ limit: 3, offset: 3 });
      expect(next.items.map((e) => e.key)).not.toContain(top.items[0]!.key);
      const name = top.items[0]!.name;
      const found = await store.listEntities({ q: name.slice(1, 5).toLowerCase() });
      expect(found.items.map((e) => e.key)).toContain(top.items[0]!.key);
      expect(found.total).toBe(found.items.length);
      expect((await store.listEntities({ q: 'zzqx-no-such-name' })).total).toBe(0);
    } finally {
      await store.close();
    }
  });
});

/** Takes the store back to the schema before the totals (SQLite 4, PostgreSQL 5), its rows kept: what later migrations add goes too. */
async function forgetTotals(engine: string, db: string): Promise<void> {
  if (engine === 'sqlite') {
    const d = new Database(db);
    const triggers = d.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (sql LIKE '%store_totals%' OR sql LIKE '%entity_totals%')").pluck().all() as string[];
    expect(triggers.length).toBeGreaterThan(10);
    for (const t of triggers) d.exec(`DROP TRIGGER ${t}`);
    d.exec('DROP TABLE entity_totals; DROP TABLE store_totals; DROP INDEX raw_inputs_failed; DROP TABLE story_aliases; PRAGMA user_version = 4');
    d.close();
    return;
  }
  const c = new pg.Client({ connectionString: db });
  await c.connect();
  const fns = (await c.query("SELECT proname FROM pg_proc WHERE proname LIKE 'storyline\\_%'")).rows.map((r) => r.proname as string);
  expect(fns.length).toBeGreaterThan(5);
  for (const f of fns) await c.query(`DROP FUNCTION ${f} CASCADE`);
  await c.query('DROP TABLE entity_totals, store_totals, story_aliases; DROP INDEX articles_recent; UPDATE storyline_schema SET version = 5');
  await c.end();
}
