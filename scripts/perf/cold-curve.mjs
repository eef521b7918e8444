#!/usr/bin/env node
// What a new process (or analysis worker) pays before it analyses at its warm speed: CPU ms of importing the API, of
// the first article (models and indexes loaded on first use, regular expressions compiled), and per article over
// ranges of the demo texts analysed in order, then a second pass over the same texts (warm). The gap between the
// first pass and the second is the premium every worker of the pool pays again.
//   node scripts/perf/cold-curve.mjs [--root DIR]   (DIR: another checkout with its dist/ built, e.g. the branch point)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const root = args.includes('--root') ? args[args.indexOf('--root') + 1] : here;
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1e3; };
const c0 = cpu();
const { analyzeText } = await import(join(root, 'dist/api.js'));
const c1 = cpu();
const files = [];
const walk = (d) => { for (const n of readdirSync(d).sort()) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (n.endsWith('.txt')) files.push(p); } };
walk(join(here, 'demo'));
const texts = files.map((f) => readFileSync(f, 'utf8'));
const marks = [1, 2, 5, 25, 50, 100, 201];
const out = [`import ${(c1 - c0).toFixed(0)} ms`];
let last = c1, lastN = 0;
for (let i = 0; i < texts.length; i++) {
  analyzeText(texts[i], { today: '2026-11-26' });
  if (!marks.includes(i + 1)) continue;
  const c = cpu();
  out.push(`${lastN + 1}${i > lastN ? `-${i + 1}` : ''}: ${((c - last) / (i + 1 - lastN)).toFixed(1)}`);
  last = c; lastN = i + 1;
}
const firstPass = last - c1;
const c2 = cpu();
for (const t of texts) analyzeText(t, { today: '2026-11-26' });
const secondPass = cpu() - c2;
console.log(`${root}: ${out.join(' | ')} ms/article; first pass ${(firstPass / 1000).toFixed(2)} s, second ${(secondPass / 1000).toFixed(2)} s (premium ${((firstPass - secondPass) / 1000).toFixed(2)} s of CPU)`);
