// Incremental stories in the store: each article is placed once as it arrives, reads place only what
// is new, story ids survive a rebuild, and a rebuild that fails half-way leaves the previous stories.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../src/api.js';
import { rawFromBytes } from '../../src/ingest/raw.js';
import { SqliteStore } from '../../src/store/index.js';
import { getStory } from '../../src/store/stories.js';
import { ensureStories, refreshStories } from '../../src/story/refresh.js';
import type { StoredDossier } from '../../src/story/refresh-dossier.js';

const DIR = fileURLToPath(new URL('../fixtures/entities/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

function add(store: SqliteStore, text: string, url: string, published: string): string {
  const raw = rawFromBytes(Buffer.from(text, 'utf8'), { url }, 'text/plain', 'utf-8');
  store.saveRaw(raw);
  const a = analyzeRaw(raw, { published, today: '2025-01-01' });
  store.saveAnalysis(a);
  return a.article.id;
}

/** The fixtures in date order, one site each of three. */
function filled(): { store: SqliteStore; ids: string[] } {
  const store = new SqliteStore(':memory:');
  const ids = FILES.map((f, i) => add(store, readFileSync(join(DIR, f), 'utf8'), `https://site${i % 3}.example/${f}`, `2020-01-${String(10 + i).padStart(2, '0')}`));
  return { store, ids };
}

const rows = (s: SqliteStore, sql: string) => s.db.prepare(sql).all();
const membership = (s: SqliteStore) => rows(s, 'SELECT story_id, article_id, is_copy FROM story_articles ORDER BY 1, 2');

describe('incremental stories', () => {
  it('places a new article once and leaves the stories it did not join untouched; reads place nothing', async () => {
    const { store, ids } = filled();
    expect((await ensureStories(store))?.placed).toBe(ids.length);
    expect(await ensureStories(store)).toBeNull();
    const before = new Map((rows(store, 'SELECT story_id AS id, state FROM story_profiles') as Array<{ id: string; state: string }>).map((r) => [r.id, r.state]));
    const text = `${readFileSync(join(DIR, FILES[0]!), 'utf8').split('\n\n').slice(0, 2).join('\n\n')}\n\nA follow-up paragraph adds what happened next in this story.`;
    const late = add(store, text, 'https://late.example/follow-up', '2020-01-11');
    const report = (await ensureStories(store))!;
    expect(report.placed).toBe(1);
    const home = (store.db.prepare('SELECT story_id AS s FROM story_done WHERE article_id = ?').get(late) as { s: string }).s;
    const after = rows(store, 'SELECT story_id AS id, state FROM story_profiles') as Array<{ id: string; state: string }>;
    for (const r of after) if (r.id !== home) expect(r.state).toBe(before.get(r.id));
    // The story's dossier was rewritten with the new member: it is listed and its events are sourced.
    const story = getStory<StoredDossier>(store.db, home)!;
    expect(story.dossier.articleList.map((a) => a.id)).toContain(late);
    expect(story.articles).toContain(late);
    store.close();
  });

  it('keeps story ids and members through a rebuild of the same articles', async () => {
    const { store } = filled();
    await ensureStories(store);
    const incremental = membership(store);
    await refreshStories(store);
    expect(membership(store)).toEqual(incremental);
    store.close();
  });

  it('leaves the previous stories in place when a rebuild fails half-way', async () => {
    const { store, ids } = filled();
    await refreshStories(store);
    const stories = rows(store, 'SELECT * FROM stories ORDER BY id');
    const members = membership(store);
    expect(stories.length).toBeGreaterThan(0);
    // An analysis that cannot be read stops the rebuild after the articles dated before it were placed.
    store.db.prepare("UPDATE articles SET analysis = '{' WHERE id = ?").run(ids.at(-1));
    await expect(refreshStories(store)).rejects.toThrow();
    expect(rows(store, 'SELECT * FROM stories ORDER BY id')).toEqual(stories);
    expect(membership(store)).toEqual(members);
    store.close();
  });
});
