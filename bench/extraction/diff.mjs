// Per-page comparison of two prediction files (as written by worker.mjs): F1 before/after for every
// page whose score moved, and the body lines lost or gained, marked with whether they belong to the
// ground truth. Used to check that a change helps across pages rather than on one page's quirk.
// Usage (from the project root):
//   node bench/extraction/worker.mjs storyline /tmp/before.json   # before the change
//   npx tsc -p tsconfig.json && node bench/extraction/worker.mjs storyline /tmp/after.json
//   node bench/extraction/diff.mjs /tmp/before.json /tmp/after.json [--lines N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CORPUS = '../shared/corpus/article-extraction-dev';
const { stringShingleMatching, precisionScore, recallScore, tokenize } = await import(pathToFileURL('../shared/tools/score-extraction.mjs').href);

const args = process.argv.slice(2);
const li = args.indexOf('--lines');
const maxLines = li >= 0 ? Number(args.splice(li, 2)[1]) : 6;
const [beforeFile, afterFile] = args;
if (!beforeFile || !afterFile) throw new Error('usage: diff.mjs BEFORE.json AFTER.json [--lines N]');
const before = JSON.parse(readFileSync(beforeFile, 'utf8'));
const after = JSON.parse(readFileSync(afterFile, 'utf8'));
const truth = JSON.parse(readFileSync(join(CORPUS, 'ground-truth.json'), 'utf8'));

function f1(gold, pred) {
  const row = stringShingleMatching(gold, pred ?? '');
  const p = precisionScore(...row), r = recallScore(...row);
  return p + r ? (2 * p * r) / (p + r) : 0;
}
const lines = (s) => (s ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
// A line "belongs" to the truth when its token sequence occurs in the truth's token sequence.
const inTruth = (line, goldTokens) => ` ${goldTokens} `.includes(` ${tokenize(line).join(' ')} `);

let wins = 0, losses = 0, sum = 0;
const rows = [];
for (const [id, { articleBody }] of Object.entries(truth)) {
  const a = f1(articleBody, before[id]), b = f1(articleBody, after[id]);
  sum += b - a;
  if (Math.abs(b - a) < 1e-4) continue;
  if (b > a) wins++; else losses++;
  rows.push({ id, a, b });
}
rows.sort((x, y) => (y.b - y.a) - (x.b - x.a));
for (const { id, a, b } of rows) {
  console.log(`${id}  ${a.toFixed(3)} -> ${b.toFixed(3)}  (${b >= a ? '+' : ''}${(b - a).toFixed(3)})  ${truth[id].url ?? ''}`);
  const gold = tokenize(truth[id].articleBody).join(' ');
  const was = new Set(lines(before[id])), now = new Set(lines(after[id]));
  const show = (sign, list) => {
    for (const l of list.slice(0, maxLines)) console.log(`   ${sign}${inTruth(l, gold) ? ' [gold]' : ' [junk]'} ${l.slice(0, 140)}`);
    if (list.length > maxLines) console.log(`   ${sign} … ${list.length - maxLines} more`);
  };
  show('-', [...was].filter((l) => !now.has(l)));
  show('+', [...now].filter((l) => !was.has(l)));
}
console.log(`\n${wins} pages better, ${losses} worse, mean per-page F1 change ${(sum / Object.keys(truth).length).toFixed(4)}`);
