// Extraction benchmark: Storyline vs @mozilla/readability (on linkedom and on jsdom) over
// ../shared/corpus/article-extraction-dev, in one run. Each extractor runs in a child process
// (worker.mjs) for a clean peak-memory figure; quality comes from the benchmark's own scorer.
// Usage (from the project root): npx tsc -p tsconfig.json && node bench/extraction/run.mjs [--per-page DIR]
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CORPUS = '../shared/corpus/article-extraction-dev';
const SCORER = '../shared/tools/score-extraction.mjs';
const names = ['storyline', 'readability-linkedom', 'readability-jsdom'];
const dir = mkdtempSync(join(tmpdir(), 'bench-extraction-'));

const results = {};
for (const name of names) {
  const out = join(dir, `${name}.json`);
  const perf = JSON.parse(execFileSync(process.execPath, ['bench/extraction/worker.mjs', name, out], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());
  const score = JSON.parse(execFileSync(process.execPath, [SCORER, out, CORPUS, '--json', '--n-bootstrap', '0', '--per-page', join(dir, `${name}.per-page.json`)], { encoding: 'utf8' }));
  results[name] = { ...perf, ...score };
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('extractor', 22)}${pad('F1', 8)}${pad('prec', 8)}${pad('recall', 8)}${pad('acc', 8)}${pad('pages/s', 10)}${pad('peak MB', 8)}`);
for (const [name, r] of Object.entries(results)) {
  console.log(`${pad(name, 22)}${pad(r.f1.toFixed(3), 8)}${pad(r.precision.toFixed(3), 8)}${pad(r.recall.toFixed(3), 8)}${pad(r.accuracy.toFixed(3), 8)}${pad(r.pagesPerSecond.toFixed(1), 10)}${pad(r.maxRssMb.toFixed(0), 8)}`);
}
const s = results.storyline;
for (const base of ['readability-linkedom', 'readability-jsdom']) {
  const b = results[base];
  console.log(`storyline / ${base}: F1 ${(s.f1 / b.f1).toFixed(3)}x, speed ${(s.pagesPerSecond / b.pagesPerSecond).toFixed(2)}x, memory ${(s.maxRssMb / b.maxRssMb).toFixed(2)}x`);
}
console.log(`predictions and per-page scores: ${dir}`);
