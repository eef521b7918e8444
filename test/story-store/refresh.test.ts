// refreshStories (full rebuild) and ensureStories over real analyses of the Wikinews entity fixtures plus a re-headed copy of one of them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../src/api.js';
import { rawFromBytes } from '../../src/ingest/raw.js';
import type { Analysis } from '../../src/model/analysis.js';
import { entityKey, SqliteStore } from '../../src/store/index.js';
import { linkedEntities } from '../../src/store/keys.js';
import { getStory, listStories } from '../../src/store/stories.js';
import { ensureStories, refreshStories } from '../../src/story/refresh.js';
import type { StoredDossier } from '../../src/story/refresh-dossier.js';

const DIR = fileURLToPath(new URL('../fixtures/entities/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

interface Input { text: string; url: string; published: string }
const inputs: Input[] = FILES.map((f, i) => ({
  text: readFileSync(join(DIR, f), 'utf8'), url: `https://site${i % 3}.example/${f}`, published: `2020-0${1 + (i % 9)}-1${i % 10}`,
}));
// A syndicated copy: same body under a new first line, on another site, a day later.
const COPY_OF = 4;
const copy: Input = { text: `Reprinted from our partners\n\n${inputs[COPY_OF]!.text}`, url: 'https://copies.example/reprint', published: '2020-05-15' };

function storeWith(list: Input[]): { store: SqliteStore; analyses: Analysis[] } {
  const store = new SqliteStore(':memory:');
  const analyses = list.map((x) => {
    const raw = rawFromBytes(Buffer.from(x.text, 'utf8'), { url: x.url }, 'text/plain', 'utf-8');
    store.saveRaw(raw);
    const a = analyzeRaw(raw, { published: x.published, today: '2025-01-01' });
    store.saveAnalysis(a);
    return a;
  });
  return { store, analyses };
}

const tables = (s: SqliteStore) => Object.fromEntries(['stories', 'story_articles', 'duplicates', 'global_entities', 'entity_links']
  .map((t) => [t, s.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));

let store: SqliteStore;
let analyses: Analysis[];
beforeAll(async () => {
  ({ store, analyses } = storeWith([...inputs, copy]));
  await refreshStories(store);
});

describe('refreshStories', () => {
  it('writes stories that hold every article exactly once, with their dossiers', async () => {
    const page = listStories(store.db, { limit: 200, offset: 0 });
    expect(page.total).toBeGreaterThan(0);
    const members = store.db.prepare('SELECT article_id AS a, count(*) AS n FROM story_articles GROUP BY article_id').all() as Array<{ a: string; n: number }>;
    expect(members.map((m) => m.a).sort()).toEqual(analyses.map((a) => a.article.id).sort());
    expect(members.every((m) => m.n === 1)).toBe(true);
    const stories = page.items.map((s) => getStory<StoredDossier>(store.db, s.id)!);
    // Every non-copy article with events is a source in its own story's merged timeline, and only there.
    const withEvents = analyses.slice(0, -1).filter((a) => a.events.length).map((a) => a.article.id).sort();
    const sourced = stories.flatMap((s) => [...new Set(s.dossier.timeline.flatMap((e) => e.sources.map((x) => x.articleId)))]
      .map((a) => { expect(s.articles).toContain(a); return a; }));
    expect(withEvents.length).toBeGreaterThan(3);
    expect(sourced.sort()).toEqual(withEvents);
    for (const s of stories) expect(s.dossier.articleList.map((a) => a.id)).toEqual(s.articles);
  });

  it('counts a near-duplicate copy once: attached as a copy, not as an article or a source', async () => {
    const original = analyses[COPY_OF]!.article.id;
    const dup = analyses.at(-1)!.article.id;
    expect(store.db.prepare('SELECT article_id AS a, duplicate_of AS d FROM duplicates').all()).toEqual([{ a: dup, d: original }]);
    const sid = (store.db.prepare('SELECT story_id AS s FROM story_articles WHERE article_id = ?').get(original) as { s: string }).s;
    const story = getStory<StoredDossier>(store.db, sid)!;
    expect(story.copies).toEqual([dup]);
    expect(story.articles).not.toContain(dup);
    expect(story.articleCount).toBe(story.articles.length);
    const sites = new Set(story.articles.map((id) => new URL(analyses.find((a) => a.article.id === id)!.article.source.url!).hostname));
    expect(story.sourceCount).toBe(sites.size);
    expect(story.dossier.copies.map((c) => c.id)).toEqual([dup]);
  });

  it('links one name to one global id across articles, and the entity ids do not depend on arrival order', async () => {
    const links = store.db.prepare(`SELECT l.global_id AS g, e.name, e.type FROM entity_links l
      JOIN entities e ON e.article_id = l.article_id AND e.local_id = l.local_id`).all() as Array<{ g: string; name: string; type: string }>;
    expect(links.length).toBe(analyses.reduce((n, a) => n + linkedEntities(a).length, 0));
    const byKey = new Map<string, Set<string>>();
    for (const l of links) byKey.set(entityKey({ name: l.name, type: l.type as never }), (byKey.get(entityKey({ name: l.name, type: l.type as never })) ?? new Set()).add(l.g));
    const split = [...byKey.entries()].filter(([, g]) => g.size !== 1).map(([k]) => k);
    expect(split).toEqual([]);
    expect([...byKey.values()].some((g) => links.filter((l) => g.has(l.g)).length > 1)).toBe(true);
    const reversed = storeWith([copy, ...inputs].reverse());
    await refreshStories(reversed.store);
    // Stories are placed as articles arrive, so they may depend on the order; the names' global ids do not.
    const linksOf = (s: SqliteStore) => s.db.prepare('SELECT * FROM entity_links ORDER BY 1, 2').all();
    expect(linksOf(reversed.store)).toEqual(linksOf(store));
    reversed.store.close();
  });

  it('is idempotent, and ensureStories recomputes only after the articles change', async () => {
    const before = tables(store);
    expect((await refreshStories(store)).stories).toBe(before.stories!.length);
    expect(tables(store)).toEqual(before);
    expect(await ensureStories(store)).toBeNull();
    const extra = rawFromBytes(Buffer.from(inputs[0]!.text.replace(/fire/gi, 'blaze') + '\n\nA new paragraph closes the report.', 'utf8'), { url: 'https://late.example/x' }, 'text/plain', 'utf-8');
    store.saveRaw(extra);
    store.saveAnalysis(analyzeRaw(extra, { published: '2021-01-01', today: '2025-01-01' }));
    const report = await ensureStories(store);
    expect(report?.articles).toBe(analyses.length + 1);
    expect(await ensureStories(store)).toBeNull();
  });
});
