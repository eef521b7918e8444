// One cold ingest, for bench/ingest/run.mjs: a fresh process ingests FOLDER into a new SQLite file with the
// analyses inline, in the worker pool, or in one worker fewer plus the main thread (hybrid), then places the
// stories; prints one JSON line of timings.
// usage: node bench/ingest/one.mjs inline|pool|hybrid|auto FOLDER
import { mkdtempSync, readFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [mode, folder] = process.argv.slice(2);
// As bin/storyline.js: on Node 22+ the modules' compiled code is cached on disk (the first run fills it).
const cache = module.enableCompileCache?.();
if (cache?.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = cache.directory;
// As bin/storyline.js: V8's tiering budget set before the analysis modules run (dist/cli/tiering.js).
(await import('../../dist/cli/tiering.js')).tuneTiering();
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1e6; };
// The main thread's own CPU seconds (Linux: its task's utime + stime, in clock ticks of 10 ms), null elsewhere: with
// workers, process.cpuUsage() counts theirs too, and what the main thread does per article (saves, structured clones
// of the workers' results) is what may hold the workers up.
const mainCpu = () => {
  try {
    const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const [utime, stime] = f.slice(f.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number);
    return (utime + stime) / 100;
  } catch { return null; }
};
const { SqliteStore } = await import('../../dist/store/index.js');
const { ingestSources } = await import('../../dist/ingest/run.js');
const { expandInputs } = await import('../../dist/ingest/sources.js');
const { inlineAnalyzer, poolAnalyzer } = await import('../../dist/ingest/analyzer.js');
const { hybridAnalyzer, chooseAnalyzer } = await import('../../dist/ingest/hybrid.js');
const { placeNewArticles } = await import('../../dist/story/refresh.js');
const { sources } = await expandInputs([folder]);
const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'bench-ingest-')), 'bench.db'));
const analyzer = { inline: () => inlineAnalyzer, pool: () => poolAnalyzer(), hybrid: () => hybridAnalyzer(), auto: () => chooseAnalyzer(sources.length) }[mode]();
const t0 = performance.now(), c0 = cpu(), m0 = mainCpu();
const report = await ingestSources(sources, store, { today: '2026-11-26' }, undefined, analyzer);
const t1 = performance.now(), c1 = cpu(), m1 = mainCpu();
const stories = await placeNewArticles(store);
const t2 = performance.now(), c2 = cpu();
store.close();
// performance.now() counts from the process start: the whole run, Node's own start-up and the imports included.
console.log(JSON.stringify({
  mode, articles: report.seen, analysed: report.analysed, failed: report.failed.length, stories: stories.stories,
  startS: t0 / 1000, ingestS: (t1 - t0) / 1000, storiesS: (t2 - t1) / 1000, totalS: t2 / 1000,
  startCpuS: c0, ingestCpuS: c1 - c0, ingestMainCpuS: m0 === null || m1 === null ? null : m1 - m0, storiesCpuS: c2 - c1, totalCpuS: c2,
}));
