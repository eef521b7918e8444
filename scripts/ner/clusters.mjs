// Word clusters from unlabelled news (a cheap stand-in for Brown clusters): each frequent lower-cased word
// is described by its left and right neighbours (positive PMI over the 800 most frequent words), and
// the words are split in two again and again by 2-means on those vectors; the path of splits is the word's
// bit string ("0110…"), so a prefix names a coarser cluster. Deterministic (fixed seed).
// Texts: ../shared/corpus/{wikinews,ru-ua-official} and demo/wikinews (ECB+ is left out: its README allows its news
// texts for development and evaluation only, and the clusters ship inside the model). Writes models/clusters-en.tsv.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const VOCAB = 20000, CONTEXTS = 800, DEPTH = 14, MIN_SPLIT = 8;

const texts = [];
const jsonl = (p) => { if (existsSync(p)) for (const l of readFileSync(p, 'utf8').split('\n')) if (l.trim()) texts.push(JSON.parse(l).text ?? ''); };
jsonl('../shared/corpus/wikinews/wikinews_en_2019_2020.jsonl');
jsonl('../shared/corpus/ru-ua-official/ru-ua-corpus.jsonl');
for (const f of readdirSync('demo/wikinews').filter((x) => x.endsWith('.txt')).sort()) texts.push(readFileSync(join('demo/wikinews', f), 'utf8'));

const WORD = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const seqs = texts.flatMap((t) => t.split(/\n+/)).map((line) => (line.match(WORD) ?? []).map((w) => w.toLowerCase()));
const freq = new Map();
for (const s of seqs) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
const ranked = [...freq].filter(([, c]) => c >= 3).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocab = new Map(ranked.slice(0, VOCAB).map(([w], i) => [w, i]));
const ctxIndex = new Map(ranked.slice(0, CONTEXTS).map(([w], i) => [w, i]));
console.log(`${texts.length} texts, ${seqs.reduce((a, s) => a + s.length, 0)} tokens, vocabulary ${vocab.size}`);

// co-occurrence counts: 2 × CONTEXTS columns (left neighbour, right neighbour) + sentence edges
const cols = 2 * CONTEXTS + 2;
const counts = new Map();
const colTotals = new Float64Array(cols);
let total = 0;
const add = (w, c) => { const row = counts.get(w) ?? counts.set(w, new Map()).get(w); row.set(c, (row.get(c) ?? 0) + 1); colTotals[c]++; total++; };
for (const s of seqs) for (let i = 0; i < s.length; i++) {
  const w = vocab.get(s[i]);
  if (w === undefined) continue;
  const l = i > 0 ? ctxIndex.get(s[i - 1]) : undefined, r = i + 1 < s.length ? ctxIndex.get(s[i + 1]) : undefined;
  add(w, i === 0 ? 2 * CONTEXTS : l === undefined ? -1 : l);
  add(w, i + 1 === s.length ? 2 * CONTEXTS + 1 : r === undefined ? -1 : CONTEXTS + r);
}

// PPMI rows, L2-normalised, kept sparse
const words = [...vocab.keys()];
const vecs = words.map((_, wi) => {
  const row = counts.get(wi) ?? new Map();
  let rowTotal = 0;
  for (const n of row.values()) rowTotal += n;
  const idx = [], val = [];
  for (const [c, n] of [...row].sort((x, y) => x[0] - y[0])) {
    if (c < 0) continue;
    const pmi = Math.log((n * total) / (rowTotal * colTotals[c]));
    if (pmi > 0) { idx.push(c); val.push(pmi); }
  }
  const norm = Math.sqrt(val.reduce((a, x) => a + x * x, 0)) || 1;
  return { idx: Int32Array.from(idx), val: Float32Array.from(val, (x) => x / norm) };
});

const paths = new Array(words.length).fill('');
const dot = (v, dense) => { let s = 0; for (let k = 0; k < v.idx.length; k++) s += v.val[k] * dense[v.idx[k]]; return s; };
const dense = (v) => { const d = new Float32Array(cols); for (let k = 0; k < v.idx.length; k++) d[v.idx[k]] = v.val[k]; return d; };
const unit = (d) => { let n = 0; for (const x of d) n += x * x; n = Math.sqrt(n) || 1; return d.map((x) => x / n); };
const farthest = (members, c) => { let best = members[0], low = Infinity; for (const m of members) { const s = dot(vecs[m], c); if (s < low) { low = s; best = m; } } return best; };
/** Spherical 2-means on the members, seeded with the member farthest from their mean and the one farthest from it. */
function split(members) {
  const mean = new Float32Array(cols);
  for (const m of members) { const v = vecs[m]; for (let k = 0; k < v.idx.length; k++) mean[v.idx[k]] += v.val[k]; }
  const s1 = farthest(members, mean);
  let a = dense(vecs[s1]);
  let b = dense(vecs[farthest(members, a)]);
  const side = new Uint8Array(members.length);
  for (let it = 0; it < 10; it++) {
    const ca = new Float32Array(cols), cb = new Float32Array(cols);
    members.forEach((m, k) => {
      side[k] = dot(vecs[m], a) >= dot(vecs[m], b) ? 0 : 1;
      const c = side[k] ? cb : ca, v = vecs[m];
      for (let j = 0; j < v.idx.length; j++) c[v.idx[j]] += v.val[j];
    });
    a = unit(ca); b = unit(cb);
  }
  return [members.filter((_, k) => !side[k]), members.filter((_, k) => side[k])];
}
const queue = [[words.map((_, i) => i), 0]];
while (queue.length) {
  const [members, depth] = queue.pop();
  if (depth >= DEPTH || members.length < MIN_SPLIT) continue;
  const [l, r] = split(members);
  if (!l.length || !r.length) continue;
  for (const m of l) paths[m] += '0';
  for (const m of r) paths[m] += '1';
  queue.push([l, depth + 1], [r, depth + 1]);
}
const out = words.map((w, i) => `${w}\t${paths[i] || '0'}`).join('\n') + '\n';
writeFileSync('models/clusters-en.tsv', out);
console.log(`wrote models/clusters-en.tsv (${words.length} words)`);
