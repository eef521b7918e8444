#!/usr/bin/env node
// CPU milliseconds per article and per stage of two builds of Storyline in one process, article by article in
// turn, so that a machine shared with other jobs slows both alike (annotators.mjs run twice drifts with the load):
//   node scripts/perf/ab.mjs OTHER_CHECKOUT [folder] [--rounds 2]
// OTHER_CHECKOUT is another checkout with its dist/ built (e.g. the branch point, `git worktree add`); "a" is
// that build, "b" this one. Each build loads its own model and gazetteer.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const rounds = Number(args.includes('--rounds') ? args[args.indexOf('--rounds') + 1] : 2);
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
const other = resolve(positional[0] ?? '');
const folder = positional[1] ?? join(root, 'demo');
const files = [];
const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(n) && !/^ATTRIBUTION/.test(n)) files.push(p); } };
walk(folder);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

async function load(dir) {
  const { analyzeText } = await import(join(dir, 'dist/api.js'));
  const { defaultAnnotators } = await import(join(dir, 'dist/analyse/index.js'));
  const spent = new Map();
  for (let i = 0; i < defaultAnnotators.length; i++) {
    const a = defaultAnnotators[i];
    defaultAnnotators[i] = { ...a, annotate(doc) { const t = cpuMs(); try { a.annotate(doc); } finally { spent.set(a.name, (spent.get(a.name) ?? 0) + cpuMs() - t); } } };
  }
  return { analyzeText, spent, total: 0 };
}
const builds = { a: await load(other), b: await load(root) };
for (const b of Object.values(builds)) { for (const t of texts.slice(0, 20)) b.analyzeText(t, { today: '2026-11-26' }); b.spent.clear(); }
for (let r = 0; r < rounds; r++) {
  for (const t of texts) {
    for (const b of r % 2 ? [builds.b, builds.a] : [builds.a, builds.b]) {
      const t0 = cpuMs();
      b.analyzeText(t, { today: '2026-11-26' });
      b.total += cpuMs() - t0;
    }
  }
}
const n = texts.length * rounds;
const row = (name, a, b) => console.log(`  ${name.padEnd(24)} ${(a / n).toFixed(2).padStart(6)} → ${(b / n).toFixed(2).padStart(6)} ms`);
console.log(`${texts.length} articles × ${rounds}, CPU ms per article, a = ${other} → b = ${root}`);
row('whole analysis', builds.a.total, builds.b.total);
const outside = (x) => x.total - [...x.spent.values()].reduce((s, v) => s + v, 0);
row('outside annotators', outside(builds.a), outside(builds.b));
for (const name of [...builds.a.spent.keys()].sort((x, y) => builds.a.spent.get(y) - builds.a.spent.get(x))) row(name, builds.a.spent.get(name), builds.b.spent.get(name) ?? 0);
console.log(`  articles/s on one core: ${(1000 * n / builds.a.total).toFixed(1)} → ${(1000 * n / builds.b.total).toFixed(1)}`);
