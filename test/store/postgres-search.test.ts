// PostgreSQL search past its ranking bound: a query matching more articles than are ranked says its total is a lower
// bound and lists the newest matches first (the bound is lowered here so that a few articles exceed it).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../src/api.js';
import { readRawFile } from '../../src/ingest/sources.js';
import { PostgresStore } from '../../src/store/index.js';
import { search } from '../../src/store/postgres/search.js';
import { ENGINES } from '../support/engines.js';
import { ROOT } from '../support/cli.js';

const postgres = ENGINES.find((e) => e.name === 'postgres')!;
const DEMO = join(ROOT, 'demo', 'wikinews');

/** Analyse and save the demo articles from..to (in file-name order); their ids in the order saved. */
async function saveDemo(store: PostgresStore, from: number, to: number): Promise<string[]> {
  const ids: string[] = [];
  for (const f of readdirSync(DEMO).filter((n) => n.endsWith('.txt')).sort().slice(from, to)) {
    const raw = await readRawFile(join(DEMO, f));
    await store.saveRaw(raw);
    await store.saveAnalysis(analyzeRaw(raw));
    ids.push(raw.id);
  }
  return ids;
}

describe('PostgreSQL search of a very common word', () => {
  it.skipIf(!postgres.available)('counts up to the bound, then lists the newest matches and says the total is at least the bound', async () => {
    const store = await PostgresStore.open(await postgres.fresh());
    try {
      const ids = await saveDemo(store, 100, 106);
      const ranked = await search(store.pool, 'the said', 20, 0, 1000);
      expect(ranked.totalIsLowerBound).toBeUndefined();
      const all = ranked.total;
      expect(all).toBeGreaterThan(3);
      const broad = await search(store.pool, 'the said', 2, 0, 3);
      expect(broad).toMatchObject({ total: 3, totalIsLowerBound: true, limit: 2 });
      // newest first: the matching articles in the reverse of the order they were saved
      const newest = ids.filter((id) => ranked.items.some((h) => h.id === id)).reverse();
      expect(broad.items.map((h) => h.id)).toEqual(newest.slice(0, 2));
      expect(broad.items[0]!.snippet).toMatch(/\[said\]/i);
      const next = await search(store.pool, 'the said', 2, 2, 3);
      expect(next.items.map((h) => h.id)).toEqual(newest.slice(2, 4));
    } finally {
      await store.close();
    }
  });

  it.skipIf(!postgres.available)('pages a broad query through windows of the newest articles exactly as through the whole arrival order', async () => {
    const store = await PostgresStore.open(await postgres.fresh());
    try {
      const ids = await saveDemo(store, 0, 40);
      // With statistics, the planner knows "said" is common, so the first window is a fraction of the store.
      await store.pool.query('ANALYZE articles');
      const all = await search(store.pool, 'said', 40, 0, 1000);
      expect(all.total).toBeGreaterThan(12);
      const newest = ids.filter((id) => all.items.some((h) => h.id === id)).reverse();
      for (const offset of [0, 3, 6, 9]) {
        const page = await search(store.pool, 'said', 3, offset, 2);
        expect(page).toMatchObject({ total: 2, totalIsLowerBound: true });
        expect(page.items.map((h) => h.id)).toEqual(newest.slice(offset, offset + 3));
      }
    } finally {
      await store.close();
    }
  });
});
