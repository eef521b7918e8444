// `npm run fuzz [-- --runs N --kb K --seed S --budget SECONDS_PER_100KB]`: the property suite's generator
// on a longer run, with timing. Fails (exit 1) on any crash, broken invariant, or an input slower than the
// budget per 100 KB (default 1 s; inputs under 10 KB are charged as 10 KB so start-up noise cannot fail it).
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyseHostile, hostileInput, violations, type HostileInput } from '../test/support/fuzz.js';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const runs = arg('runs', 300);
const maxKb = arg('kb', 64);
const seed = arg('seed', Date.now() % 1e9);
const budget = arg('budget', 1);

// Warm-up: the gazetteer and chrono load once, outside any input's time.
analyseHostile({ label: 'warm-up', bytes: Buffer.from('Warm up\n\nJohn Smith said on Monday in Paris that 5% of 10 billion dollars "was spent" by the council, officials said.'), media: 'text/plain' });

const inputs = fc.sample(hostileInput(maxKb), { seed, numRuns: runs });
const problems: string[] = [];
let analysed = 0, refused = 0, slowest = { label: '', per100: 0 }, largest = { label: '', perKb: 0 };
for (const input of inputs as HostileInput[]) {
  const before = problems.length;
  const t0 = performance.now();
  const o = analyseHostile(input);
  const seconds = (performance.now() - t0) / 1000;
  const per100 = seconds / (Math.max(input.bytes.length, 10 * 1024) / (100 * 1024));
  if (per100 > slowest.per100) slowest = { label: input.label, per100 };
  if (o.crash) problems.push(`CRASH ${input.label}: ${o.crash.split('\n').slice(0, 3).join(' | ')}`);
  for (const f of o.failedAnnotators) problems.push(`ANNOTATOR ${input.label}: ${f}`);
  if (o.analysis) {
    analysed++;
    for (const v of violations(o.analysis)) problems.push(`INVARIANT ${input.label}: ${v}`);
    const perKb = JSON.stringify(o.analysis).length / Math.max(1, o.analysis.article.text.length);
    if (perKb > largest.perKb) largest = { label: input.label, perKb };
  } else if (o.refused) refused++;
  if (per100 > budget) problems.push(`SLOW ${input.label}: ${per100.toFixed(2)} s per 100 KB (${seconds.toFixed(2)} s for ${(input.bytes.length / 1024).toFixed(1)} KB)`);
  if (problems.length > before) {
    // Kept for replay: `storyline analyze test-output/fuzz/<file>`.
    mkdirSync('test-output/fuzz', { recursive: true });
    const file = `test-output/fuzz/${createHash('sha256').update(input.bytes).digest('hex').slice(0, 12)}.${input.media === 'text/html' ? 'html' : 'txt'}`;
    writeFileSync(file, input.bytes);
    problems[problems.length - 1] += ` → ${file}`;
  }
}
console.log(`fuzz seed ${seed}: ${inputs.length} inputs up to ${maxKb} KB, ${analysed} analysed, ${refused} refused, ${problems.filter((p) => p.startsWith('CRASH')).length} crashes`);
console.log(`slowest: ${slowest.per100.toFixed(2)} s per 100 KB (${slowest.label}); largest analysis: ${largest.perKb.toFixed(1)} bytes per text character (${largest.label})`);
for (const p of problems) console.log(p);
process.exit(problems.length ? 1 : 0);
