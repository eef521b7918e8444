#!/usr/bin/env node
// Ingests the first N Wikinews articles of ../shared/corpus/wikinews (or a folder) into a new SQLite file, places the
// stories as `storyline ingest` does, and writes every story table in a fixed order, so a change to story placement
// can be checked for identical stories (rows, dossiers, members, duplicates, linked entities, profiles, postings):
//   node scripts/perf/stories-snapshot.mjs OUT.json [--n 200 | --folder DIR] [--dist DIR]
//   node scripts/perf/stories-snapshot.mjs --diff A.json B.json
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (name, def) => { const i = args.indexOf(`--${name}`); return i < 0 ? def : args[i + 1]; };

if (args[0] === '--diff') {
  const a = JSON.parse(readFileSync(args[1], 'utf8')), b = JSON.parse(readFileSync(args[2], 'utf8'));
  let same = true;
  for (const t of Object.keys({ ...a, ...b })) {
    const x = a[t] ?? [], y = b[t] ?? [];
    const differing = Array.from({ length: Math.max(x.length, y.length) }, (_, i) => i).filter((i) => JSON.stringify(x[i]) !== JSON.stringify(y[i]));
    if (differing.length) same = false;
    console.log(`${t.padEnd(20)} ${String(x.length).padStart(6)} / ${String(y.length).padStart(6)} rows, ${differing.length ? `${differing.length} differ (first at row ${differing[0]})` : 'identical'}`);
  }
  console.log(same ? 'stories identical' : 'stories DIFFER');
  process.exit(same ? 0 : 1);
}

const dist = resolve(arg('dist', join(root, 'dist')));
const { SqliteStore } = await import(join(dist, 'store/index.js'));
const { ingestSources } = await import(join(dist, 'ingest/run.js'));
const { expandInputs } = await import(join(dist, 'ingest/sources.js'));
const { inlineAnalyzer } = await import(join(dist, 'ingest/analyzer.js'));
const { placeNewArticles } = await import(join(dist, 'story/refresh.js'));

const work = mkdtempSync(join(tmpdir(), 'stories-snapshot-'));
let folder = arg('folder', null);
if (!folder) {
  folder = join(work, 'in');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder);
  const lines = readFileSync(join(root, '../shared/corpus/wikinews/wikinews_en_2019_2020.jsonl'), 'utf8').trim().split('\n').slice(0, Number(arg('n', 200)));
  lines.forEach((line, i) => { const a = JSON.parse(line); writeFileSync(join(folder, `${String(i).padStart(4, '0')}.txt`), `${a.title}\n\n${a.date}\n\n${a.text}\n`); });
}
const store = new SqliteStore(join(work, 'snapshot.db'));
const { sources } = await expandInputs([folder]);
await ingestSources(sources, store, { today: '2026-11-26' }, undefined, inlineAnalyzer);
const t0 = performance.now();
const placed = await placeNewArticles(store);
const ms = performance.now() - t0;
const all = (sql) => store.db.prepare(sql).all().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('hex') : v])));
const out = {
  stories: all('SELECT * FROM stories ORDER BY id'),
  stories_stored_order: all('SELECT id FROM stories ORDER BY rowid'),
  story_articles: all('SELECT story_id, article_id, is_copy FROM story_articles ORDER BY rowid'),
  story_done: all('SELECT * FROM story_done ORDER BY seq'),
  duplicates: all('SELECT * FROM duplicates ORDER BY article_id'),
  global_entities: all('SELECT * FROM global_entities ORDER BY id'),
  entity_keys: all('SELECT * FROM entity_keys ORDER BY key, global_id'),
  entity_links: all('SELECT * FROM entity_links ORDER BY article_id, local_id'),
  entity_sources: all('SELECT * FROM entity_sources ORDER BY global_id, source'),
  story_profiles: all('SELECT * FROM story_profiles ORDER BY story_id'),
  story_inputs: all('SELECT story_id, article_id, inputs FROM story_inputs ORDER BY rowid'),
  story_postings: all('SELECT * FROM story_postings ORDER BY feature, story_id'),
  story_df: all('SELECT * FROM story_df ORDER BY feature'),
  story_source_df: all('SELECT * FROM story_source_df ORDER BY source, feature'),
  story_sources: all('SELECT * FROM story_sources ORDER BY source'),
  story_state: all("SELECT * FROM story_state WHERE k <> 'stamp' ORDER BY k"),
  minhash_bands: all('SELECT * FROM minhash_bands ORDER BY band, article_id'),
};
store.close();
rmSync(work, { recursive: true, force: true });
writeFileSync(args[0], JSON.stringify(out));
console.log(`${placed.placed} articles placed in ${placed.stories} stories (${placed.duplicates} copies) in ${(ms / 1000).toFixed(2)} s; ${args[0]} written`);
