// Clustering agreement: B-cubed and pairwise precision/recall/F1 and the adjusted Rand index, for a
// predicted and a gold cluster label per item (Maps from item id to label).
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
const groups = (labels) => {
  const g = new Map();
  for (const [id, l] of labels) g.set(l, [...(g.get(l) ?? []), id]);
  return g;
};
const choose2 = (n) => (n * (n - 1)) / 2;

export function scoreClustering(pred, gold) {
  const ids = [...gold.keys()];
  const P = groups(pred), G = groups(gold);
  const cell = new Map();
  for (const id of ids) { const k = `${pred.get(id)}\u0000${gold.get(id)}`; cell.set(k, (cell.get(k) ?? 0) + 1); }
  let bp = 0, br = 0;
  for (const id of ids) {
    const n = cell.get(`${pred.get(id)}\u0000${gold.get(id)}`);
    bp += n / P.get(pred.get(id)).length;
    br += n / G.get(gold.get(id)).length;
  }
  bp /= ids.length; br /= ids.length;
  let same = 0; for (const n of cell.values()) same += choose2(n);
  let predPairs = 0; for (const m of P.values()) predPairs += choose2(m.length);
  let goldPairs = 0; for (const m of G.values()) goldPairs += choose2(m.length);
  const pp = predPairs ? same / predPairs : 1, pr = goldPairs ? same / goldPairs : 1;
  const expected = (predPairs * goldPairs) / choose2(ids.length);
  const ari = (same - expected) / ((predPairs + goldPairs) / 2 - expected);
  return { b3: { p: bp, r: br, f1: f1(bp, br) }, pairwise: { p: pp, r: pr, f1: f1(pp, pr) }, ari, clusters: P.size };
}

export const formatScore = (s) => `B3 P ${s.b3.p.toFixed(3)} R ${s.b3.r.toFixed(3)} F1 ${s.b3.f1.toFixed(3)} | pairwise P ${s.pairwise.p.toFixed(3)} R ${s.pairwise.r.toFixed(3)} F1 ${s.pairwise.f1.toFixed(3)} | ARI ${s.ari.toFixed(3)} | ${s.clusters} clusters`;
