// Incremental stories at scale: synthetic articles stored one by one into a SQLite file and placed
// in stories as they arrive (ensureStories after every batch of 500, as an ingest does). Prints the
// milliseconds per placed article (first 10k, last 10k, all), peak memory, store size, and the answer
// time of the story page and JSON API (server inject) for random stories, and a full rebuild of a 10k
// store (the previous design recomputed every story on the first read after any write). Placing is
// timed in CPU time of this process: on a shared machine wall time counts other processes' work.
// Synthetic article k = Wikinews article k mod 293 with every third word's last two letters changed
// per round (same length, so offsets hold; no near-duplicates across rounds), dated round × 30 days +
// its place in the round: about ten articles a day, like a steady archive (scale-stream.mjs; its tag repeats
// from ~122k articles on, so sizes far beyond that measure copies: 1M is measured by scale-replicate.mjs).
// Usage: npm run bench:stories:scale [-- --sizes 10000,100000 --cache /tmp/wiki.json]
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleWriter, dist, loadBase, mb, pageLine, pageTimes, storyStateBytes, synth } from './scale-stream.mjs';

const { SqliteStore } = await import(`${dist}/store/index.js`);
const { ensureStories, refreshStories } = await import(`${dist}/story/refresh.js`);
const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const sizes = arg('--sizes', '10000,100000').split(',').map(Number);
const cache = arg('--cache', null);
// --keep FILE: keep the built store there (only the first size); --reuse FILE: skip building, time the pages of that store.
const keep = arg('--keep', null), reuse = arg('--reuse', null);

const base = loadBase(cache);
if (reuse) {
  const store = new SqliteStore(reuse);
  const { n, largest } = store.db.prepare('SELECT count(*) AS n, max(article_count) AS largest FROM stories').get();
  console.log(`${reuse}: ${n} stories (largest ${largest} articles); ${pageLine(await pageTimes(store))}`);
  store.close();
  process.exit(0);
}
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-scale-'));
  const file = keep && n === sizes[0] ? keep : join(dir, 'scale.db');
  const store = new SqliteStore(file);
  const write = articleWriter(store);
  let wallMs = 0, windowMs = 0;
  let peak = 0, placeMs = 0, first10k = 0, lastWindow = [], saveMs = 0;
  const t0 = performance.now();
  for (let k = 0; k < n; k += 500) {
    let t = performance.now();
    // The articles rows only (what placing reads): the entity, quote and search tables an ingest also
    // fills are left out, to spend the run on the part measured.
    store.db.transaction(() => { for (let j = k; j < Math.min(n, k + 500); j++) write(synth(base, j)); })();
    saveMs += performance.now() - t;
    // CPU time of this process (user + system): the machine may be shared, wall time would count others' work.
    t = performance.now();
    const cpu = process.cpuUsage();
    await ensureStories(store);
    const used = process.cpuUsage(cpu);
    const ms = (used.user + used.system) / 1000;
    wallMs += performance.now() - t;
    placeMs += ms;
    if (k < 10000) first10k += ms;
    if (k >= n - 10000) lastWindow.push(ms);
    peak = Math.max(peak, process.memoryUsage().rss);
    windowMs += ms;
    if ((k + 500) % 2000 === 0) { console.log(`  ${k + 500} articles: ${(windowMs / 2000).toFixed(2)} ms CPU/article over the last 2000, rss ${mb(process.memoryUsage().rss)} MB, ${((performance.now() - t0) / 1000).toFixed(0)} s`); windowMs = 0; }
  }
  const lastMs = lastWindow.reduce((s, x) => s + x, 0) / (lastWindow.length * 500);
  const size = ['', '-wal'].map((x) => (existsSync(file + x) ? statSync(file + x).size : 0)).reduce((s, x) => s + x, 0);
  const storyBytes = storyStateBytes(store);
  const { n: stories, largest } = store.db.prepare('SELECT count(*) AS n, max(article_count) AS largest FROM stories').get();
  const times = await pageTimes(store);
  console.log(`scale ${n}: placing ${(placeMs / n).toFixed(2)} ms CPU/article overall (${(wallMs / n).toFixed(2)} ms wall), first 10k ${(first10k / Math.min(n, 10000)).toFixed(2)}, last 10k ${lastMs.toFixed(2)} (storing the article rows: ${(saveMs / n).toFixed(2)} ms/article, not counted); ` +
    `${stories} stories (largest ${largest} articles); peak rss ${mb(peak)} MB; store ${mb(size)} MB of which story state ${storyBytes === null ? '?' : mb(storyBytes)} MB; ` +
    pageLine(times));
  if (n <= 10000 && !keep) {
    const r = await refreshStories(store);
    console.log(`  full rebuild (stories --rebuild) of the ${n} store: ${((r.ms.load + r.ms.build + r.ms.write) / 1000).toFixed(1)} s, ${r.stories} stories`);
  }
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
