// The baseline a user would pick: tf-idf cosine over each document's words (sublinear tf, smoothed idf
// over the documents being clustered) and average-link agglomerative clustering cut at a threshold.
// `dendrogram` merges once; `cut` replays the merges above a threshold, so a threshold sweep is cheap.
const STOP = new Set('a an and are as at be by for from has have he her his in is it its of on or said that the their they this to was were will with'.split(' '));
const words = (t) => (t.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).filter((w) => !STOP.has(w));

export function tfidfVectors(texts) {
  const tfs = texts.map((t) => { const m = new Map(); for (const w of words(t)) m.set(w, (m.get(w) ?? 0) + 1); return m; });
  const df = new Map();
  for (const m of tfs) for (const w of m.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = texts.length;
  return tfs.map((m) => {
    const v = new Map([...m].map(([w, c]) => [w, (1 + Math.log(c)) * (Math.log((1 + n) / (1 + df.get(w))) + 1)]));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

const cos = (a, b) => { let s = 0; const [x, y] = a.size < b.size ? [a, b] : [b, a]; for (const [k, v] of x) { const w = y.get(k); if (w) s += v * w; } return s; };

/** Average-link merges (i, j, similarity) in order, by the Lance–Williams update on a similarity matrix. */
export function dendrogram(vectors) {
  const n = vectors.length;
  const sim = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[i][j] = sim[j][i] = cos(vectors[i], vectors[j]);
  const size = new Array(n).fill(1), alive = new Array(n).fill(true), merges = [];
  for (let step = 0; step < n - 1; step++) {
    let bi = -1, bj = -1, best = -Infinity;
    for (let i = 0; i < n; i++) if (alive[i]) for (let j = i + 1; j < n; j++) if (alive[j] && sim[i][j] > best) { best = sim[i][j]; bi = i; bj = j; }
    merges.push([bi, bj, best]);
    for (let k = 0; k < n; k++) if (alive[k] && k !== bi && k !== bj) sim[bi][k] = sim[k][bi] = (size[bi] * sim[bi][k] + size[bj] * sim[bj][k]) / (size[bi] + size[bj]);
    size[bi] += size[bj]; alive[bj] = false;
  }
  return merges;
}

/** Cluster label (root index) of every item, merging while the average link is at least `threshold`. */
export function cut(n, merges, threshold) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const [i, j, s] of merges) { if (s < threshold) break; parent[find(j)] = find(i); }
  return Array.from({ length: n }, (_, i) => find(i));
}
