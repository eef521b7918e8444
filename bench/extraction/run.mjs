// Extraction benchmark: Storyline vs @mozilla/readability (on linkedom and on jsdom) over
// ../shared/corpus/article-extraction-dev, in one run, scored per cross-validation half (split.mjs):
// the held-out half first, then the half changes were fitted on, then all pages. Each extractor runs in
// a child process (worker.mjs) for a clean speed and peak-memory figure.
// Usage (from the project root): npx tsc -p tsconfig.json && node bench/extraction/run.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printHalves, scoreHalves } from './split.mjs';

const names = ['storyline', 'readability-linkedom', 'readability-jsdom'];
const dir = mkdtempSync(join(tmpdir(), 'bench-extraction-'));

const results = {};
for (const name of names) {
  const out = join(dir, `${name}.json`);
  const perf = JSON.parse(execFileSync(process.execPath, ['bench/extraction/worker.mjs', name, out], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());
  results[name] = { perf, ...scoreHalves(JSON.parse(readFileSync(out, 'utf8'))) };
}

const pad = (s, n) => String(s).padEnd(n);
printHalves(results);
console.log(`\n${pad('extractor', 24)}${pad('pages/s', 10)}${pad('peak MB', 8)}`);
for (const [name, r] of Object.entries(results)) console.log(`${pad(name, 24)}${pad(r.perf.pagesPerSecond.toFixed(1), 10)}${pad(r.perf.maxRssMb.toFixed(0), 8)}`);
const s = results.storyline;
for (const base of ['readability-linkedom', 'readability-jsdom']) {
  const b = results[base];
  console.log(`storyline vs ${base}: held-out F1 ${(s['held-out'].f1 - b['held-out'].f1 >= 0 ? '+' : '')}${(s['held-out'].f1 - b['held-out'].f1).toFixed(3)}, speed ${(s.perf.pagesPerSecond / b.perf.pagesPerSecond).toFixed(2)}x, memory ${(s.perf.maxRssMb / b.perf.maxRssMb).toFixed(2)}x`);
}
console.log(`predictions: ${dir}`);
