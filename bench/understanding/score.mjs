// Scores a system's mentions against MEANTIME gold: typed recall, precision vs annotated names (a floor:
// MEANTIME annotates only event participants) and in-document coreference over same-entity gold pairs.
const KINDS = ['person', 'organization', 'place'];
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

export function newScore() {
  const by = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, n: 0, ptp: 0, pn: 0 }]));
  return { by, untyped: { tp: 0, n: 0 }, pairs: 0, samePairs: 0, fps: [], misses: [] };
}

export function scoreDoc(s, d, ours) {
  const hitOf = new Map();
  for (const g of d.gold) {
    const hit = ours.find((o) => overlaps(o, g) && o.type === g.want);
    const any = ours.find((o) => overlaps(o, g));
    hitOf.set(g, any?.key ?? null);
    s.by[g.want].n++; if (hit) s.by[g.want].tp++;
    s.untyped.n++; if (any) s.untyped.tp++;
    if (!hit) s.misses.push(`${g.want}: ${d.text.slice(g.start, g.end)}${any ? ` (got ${any.type})` : ''}`);
  }
  for (const o of ours) {
    if (!KINDS.includes(o.type)) continue;
    const ok = d.gold.some((g) => overlaps(o, g) && g.want === o.type);
    s.by[o.type].pn++;
    if (ok) s.by[o.type].ptp++;
    else s.fps.push({ file: d.path.split('/').pop(), type: o.type, name: d.text.slice(o.start, o.end), context: context(d.text, o) });
  }
  const byEnt = new Map();
  for (const g of d.gold) byEnt.set(g.ent, [...(byEnt.get(g.ent) ?? []), g]);
  for (const ms of byEnt.values()) for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) {
    s.pairs++;
    const a = hitOf.get(ms[i]), b = hitOf.get(ms[j]);
    if (a && a === b) s.samePairs++;
  }
}

const context = (text, o) => text.slice(Math.max(0, o.start - 50), o.end + 30).replace(/\s+/g, ' ');

/** Summary figures: per-type recall/precision, overall typed recall and precision, coreference. */
export function summary(s) {
  const r = (a, b) => (b ? a / b : NaN);
  const out = {};
  for (const k of KINDS) out[k] = { recall: r(s.by[k].tp, s.by[k].n), precision: r(s.by[k].ptp, s.by[k].pn), ...s.by[k] };
  const sum = (f) => KINDS.reduce((a, k) => a + s.by[k][f], 0);
  out.all = { recall: r(sum('tp'), sum('n')), precision: r(sum('ptp'), sum('pn')), tp: sum('tp'), n: sum('n'), ptp: sum('ptp'), pn: sum('pn') };
  out.untyped = r(s.untyped.tp, s.untyped.n);
  out.coref = r(s.samePairs, s.pairs);
  out.pairs = s.pairs;
  return out;
}
