#!/usr/bin/env node
// Reads a .cpuprofile (node --cpu-prof) and prints the functions with the most self time and the most
// total time (self plus callees), with their file and line.
//   node scripts/perf/profile.mjs FILE.cpuprofile [--top 30] [--filter SUBSTRING] [--under FUNCTION]
// --under keeps only the samples with FUNCTION on their stack (e.g. --under recogniseEntities).
// --lines FILE_SUBSTRING: the self ticks by source line of the files whose URL holds it (e.g. --lines ner/scorer.js),
// from the profile's positionTicks (lines of the built dist/ file).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const top = Number(args.includes('--top') ? args[args.indexOf('--top') + 1] : 30);
const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] : null;
const under = args.includes('--under') ? args[args.indexOf('--under') + 1] : null;
const prof = JSON.parse(readFileSync(args[0], 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
prof.samples.forEach((id, i) => { const dt = prof.timeDeltas[i] ?? 0; self.set(id, (self.get(id) ?? 0) + dt); });
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/(dist|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
const selfBy = new Map(), totalBy = new Map();
let all = 0;
const onStack = (id) => { for (let p = id; p !== undefined; p = parent.get(p)) if (byId.get(p).callFrame.functionName === under) return true; return false; };
for (const [id, t] of self) {
  if (under && !onStack(id)) continue;
  all += t;
  const n = byId.get(id);
  selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + t);
  // total: count once per distinct function on the stack
  const seen = new Set();
  for (let p = id; p !== undefined; p = parent.get(p)) { const k = key(byId.get(p)); if (!seen.has(k)) { seen.add(k); totalBy.set(k, (totalBy.get(k) ?? 0) + t); } }
}
const show = (title, m) => {
  console.log(`\n${title} (of ${(all / 1000).toFixed(0)} ms)`);
  for (const [k, t] of [...m].filter(([k]) => !filter || k.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(100 * t / all).toFixed(1).padStart(5)}%  ${k}`);
};
const lines = args.includes('--lines') ? args[args.indexOf('--lines') + 1] : null;
if (lines) {
  const byLine = new Map();
  let ticks = 0;
  for (const n of prof.nodes) {
    if (!n.callFrame.url.includes(lines)) continue;
    for (const t of n.positionTicks ?? []) { const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/(dist|node_modules)\//, '$1/')}:${t.line}`; byLine.set(k, (byLine.get(k) ?? 0) + t.ticks); ticks += t.ticks; }
  }
  console.log(`self ticks by line in files matching ${lines} (${ticks} ticks)`);
  for (const [k, t] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(100 * t / ticks).toFixed(1).padStart(5)}%  ${String(t).padStart(6)}  ${k}`);
} else {
  show('self time', selfBy);
  show('total time', totalBy);
}
