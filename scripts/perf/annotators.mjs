#!/usr/bin/env node
// CPU milliseconds per article spent in extraction and in each annotator, over the demo corpus (or a folder):
// CPU time rather than wall time, so the figure holds on a machine other processes are using.
//   node scripts/perf/annotators.mjs [folder] [--rounds 2]
//   node scripts/perf/annotators.mjs [folder] [--rounds 2] --profile OUT.cpuprofile
// --profile: a CPU profile of the measured rounds alone (not the start-up, not the warm-up), taken without the
// per-annotator cpuUsage wrappers (they would show as 5-8% of the samples); read it with scripts/perf/profile.mjs.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const rounds = Number(args.includes('--rounds') ? args[args.indexOf('--rounds') + 1] : 2);
const folder = args[0] && !args[0].startsWith('--') ? args[0] : join(root, 'demo');
const { analyzeText } = await import(join(root, 'dist/api.js'));
const { defaultAnnotators } = await import(join(root, 'dist/analyse/index.js'));
const files = [];
const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(n) && !/^ATTRIBUTION/.test(n)) files.push(p); } };
walk(folder);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const spent = new Map();
const profileTo = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : null;
for (let i = 0; i < (profileTo ? 0 : defaultAnnotators.length); i++) {
  const a = defaultAnnotators[i];
  defaultAnnotators[i] = { ...a, annotate(doc) { const t = cpuMs(); try { a.annotate(doc); } finally { spent.set(a.name, (spent.get(a.name) ?? 0) + cpuMs() - t); } } };
}
for (const t of texts.slice(0, 20)) analyzeText(t, { today: '2026-11-26' });
spent.clear();
const session = profileTo ? new Session() : null;
if (session) { session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start'); }
const t0 = cpuMs();
for (let r = 0; r < rounds; r++) for (const t of texts) analyzeText(t, { today: '2026-11-26' });
const total = cpuMs() - t0;
if (session) writeFileSync(profileTo, JSON.stringify((await session.post('Profiler.stop')).profile));
const n = texts.length * rounds;
const inAnnotators = [...spent.values()].reduce((a, b) => a + b, 0);
console.log(`${texts.length} articles × ${rounds}: ${(total / n).toFixed(2)} CPU ms/article = ${(1000 * n / total).toFixed(1)} articles/s on one core`);
console.log(`  outside annotators (decode, extract, checks): ${((total - inAnnotators) / n).toFixed(2)} ms`);
for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(22)} ${(ms / n).toFixed(2)} ms`);
