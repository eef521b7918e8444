#!/usr/bin/env node
// The times stage's chrono pre-test (src/analyse/times/chrono-vocabulary.ts) in one process, alternately on and off:
// chrono-node's casual parse of every Wikinews sentence (a naive split) against parsing only those the pre-test lets
// through, ten passes each, min and median ms per pass; and the share of sentences turned away.
//   node scripts/perf/chrono-pretest.mjs [--n 300] [--passes 10]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const arg = (name, def) => { const i = args.indexOf(`--${name}`); return i < 0 ? def : args[i + 1]; };
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const chrono = createRequire(join(root, 'dist/analyse/times/chrono-times.js'))('chrono-node/en');
const { mayHoldChronoDate } = await import(join(root, 'dist/analyse/times/chrono-vocabulary.js'));
const texts = readFileSync(join(root, '../shared/corpus/wikinews/wikinews_en_2019_2020.jsonl'), 'utf8').trim().split('\n')
  .slice(0, Number(arg('n', 300))).map((l) => JSON.parse(l).text);
const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).filter((s) => s.trim());
const ref = new Date(2020, 0, 1, 12);
const plain = () => { let k = 0; for (const s of sentences) k += chrono.casual.parse(s, ref).length; return k; };
const tested = () => { let k = 0; for (const s of sentences) if (mayHoldChronoDate(s)) k += chrono.casual.parse(s, ref).length; return k; };
const ms = (f) => { const t = process.hrtime.bigint(); const k = f(); return [Number(process.hrtime.bigint() - t) / 1e6, k]; };
const a = [], b = [];
for (let i = 0; i < Number(arg('passes', 10)); i++) {
  const [x, kx] = ms(plain), [y, ky] = ms(tested);
  if (kx !== ky) throw new Error(`results differ: ${kx} against ${ky}`);
  a.push(x); b.push(y);
}
const stats = (v) => { const s = [...v].sort((p, q) => p - q); return `${s[0].toFixed(0)} / ${s[s.length >> 1].toFixed(0)}`; };
const away = sentences.filter((s) => !mayHoldChronoDate(s)).length;
console.log(`${sentences.length} sentences of ${texts.length} Wikinews articles, ${away} (${(100 * away / sentences.length).toFixed(1)}%) turned away by the pre-test`);
console.log(`ms per pass (min / median): every sentence parsed ${stats(a)}; pre-tested ${stats(b)}`);
