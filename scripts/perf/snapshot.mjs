#!/usr/bin/env node
// Analyses the first N Wikinews articles of ../shared/corpus/wikinews and writes one JSON line per article
// (timings and versions left out), so a speed change can be checked for identical output:
//   node scripts/perf/snapshot.mjs OUT.jsonl [--n 200] [--names model|rules-first|rules]
//   node scripts/perf/snapshot.mjs --diff A.jsonl B.jsonl
//   node scripts/perf/snapshot.mjs --one FILE [--names …] > OUT.json   (one article's analysis, e.g. the seed under
//                                                                     another entity setting, for score-seed.mjs)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (name, def) => { const i = args.indexOf(`--${name}`); return i < 0 ? def : args[i + 1]; };

if (args[0] === '--diff') {
  const read = (p) => readFileSync(p, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const a = read(args[1]), b = read(args[2]);
  let same = 0;
  const layers = {};
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i], y = b[i];
    if (JSON.stringify(x) === JSON.stringify(y)) { same++; continue; }
    const diff = Object.keys({ ...x, ...y }).filter((k) => JSON.stringify(x?.[k]) !== JSON.stringify(y?.[k]));
    for (const k of diff) layers[k] = (layers[k] ?? 0) + 1;
    console.log(`${x?.id ?? y?.id}: differs in ${diff.join(', ')}`);
  }
  console.log(`${same} of ${Math.max(a.length, b.length)} analyses identical; differing layers: ${JSON.stringify(layers)}`);
  process.exit(same === Math.max(a.length, b.length) ? 0 : 1);
}

const { analyzeText } = await import(join(root, 'dist/api.js'));
const { defaultAnnotators } = await import(join(root, 'dist/analyse/index.js'));
const { recogniseEntities } = await import(join(root, 'dist/analyse/entities/index.js'));
const names = arg('names', null);
if (names) {
  const i = defaultAnnotators.findIndex((a) => a.name === 'entities');
  defaultAnnotators[i] = { ...defaultAnnotators[i], annotate(doc) { doc.entities = recogniseEntities(doc, { names }); } };
}
if (args[0] === '--one') {
  const { analyzeFile } = await import(join(root, 'dist/api.js'));
  console.log(JSON.stringify(await analyzeFile(args[1], { today: '2026-11-26' })));
  process.exit(0);
}
const n = Number(arg('n', 200));
const lines = readFileSync(join(root, '../shared/corpus/wikinews/wikinews_en_2019_2020.jsonl'), 'utf8').trim().split('\n').slice(0, n);
const out = [];
for (const line of lines) {
  const a = JSON.parse(line);
  const r = analyzeText(`${a.title}\n\n${a.text}`, { today: '2026-11-26', published: a.date, path: a.id });
  const { analyser, ...rest } = r;
  delete rest.article.source.fetchedAt;
  out.push(JSON.stringify({ id: a.id, messages: analyser.messages, ...rest }));
}
writeFileSync(args[0], out.join('\n') + '\n');
console.log(`${out.length} analyses written to ${args[0]}`);
