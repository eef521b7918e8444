// Cost of refreshStories (full recompute) on the demo corpus and as the store grows.
// Usage (from the project root): npx tsc -p tsconfig.json && node bench/stories-store/refresh.mjs [--rounds 1,5,25]
// Growth: round r > 0 re-stores each demo analysis under a new id, dated +2 years per round, with every
// third word of its text suffixed by the round number, so copies are neither near-duplicates nor in
// the same story window: the store grows like a real archive would.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dist = resolve(process.env.STORYLINE_DIST ?? 'dist');
const { SqliteStore } = await import(`${dist}/store/index.js`);
const { ingestPaths } = await import(`${dist}/ingest/run.js`);
const { refreshStories, ensureStories } = await import(`${dist}/story/refresh.js`);
const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const rounds = arg('--rounds', '1,5,25').split(',').map(Number);

const dir = mkdtempSync(join(tmpdir(), 'storyline-refresh-'));
const store = new SqliteStore(join(dir, 'bench.db'));
const t0 = performance.now();
const ingest = await ingestPaths([resolve('demo')], store);
console.log(`demo ingest: ${ingest.analysed} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s, of which refresh ${fmt(ingest.stories)}`);
const base = store.db.prepare('SELECT analysis FROM articles').all().map((r) => JSON.parse(r.analysis));

function fmt(r) {
  const total = r.ms.load + r.ms.build + r.ms.write;
  return `${total.toFixed(0)} ms (load ${r.ms.load.toFixed(0)}, build ${r.ms.build.toFixed(0)}, write ${r.ms.write.toFixed(0)}) → ${r.stories} stories, ${r.duplicates} duplicates, ${r.entities} entities`;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function measure(n) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(await refreshStories(store));
  const pick = (k) => median(runs.map((r) => r.ms[k]));
  return { ...runs[0], ms: { load: pick('load'), build: pick('build'), write: pick('write') } };
}

const shift = (d, years) => (d ? `${Number(d.slice(0, 4)) + years}${d.slice(4)}` : d);
let made = 1;
for (const target of rounds) {
  for (; made < target; made++) {
    for (const a of base) {
      const id = `${a.article.id.slice(0, 10)}r${String(made).padStart(5, '0')}`;
      const text = a.article.text.replace(/\S+/g, (w, i) => (i % 3 === 0 ? `${w}${made}` : w));
      const copy = { ...a, article: { ...a.article, id, text, published: shift(a.article.published, 2 * made) } };
      store.saveRaw({ id, bytes: Buffer.from(id), source: { path: `bench/${id}`, fetchedAt: '2025-01-01T00:00:00Z' }, mediaType: 'text/plain', charset: 'utf-8' });
      store.saveAnalysis(copy);
    }
  }
  const n = store.db.prepare('SELECT count(*) AS n, sum(length(analysis)) AS bytes FROM articles').get();
  const r = await measure(target > 5 ? 1 : 3);
  const total = r.ms.load + r.ms.build + r.ms.write;
  console.log(`${n.n} articles (${(n.bytes / 1e6).toFixed(1)} MB analysis JSON): ${fmt(r)}; ${(total / n.n).toFixed(2)} ms/article, load ${(r.ms.load / n.n).toFixed(2)} ms/article`);
}
const t1 = performance.now();
const fresh = await ensureStories(store);
console.log(`ensureStories when nothing changed: ${(performance.now() - t1).toFixed(2)} ms (refreshed: ${fresh !== null})`);
console.log(`db size ${(statSync(join(dir, 'bench.db')).size / 1e6).toFixed(1)} MB`);
store.close();
rmSync(dir, { recursive: true, force: true });
