// Stories against MEANTIME (dev half, 60 Wikinews articles in 4 topic folders; CC BY 2.5 texts,
// CC BY 4.0 annotation by FBK / VU Amsterdam / UPV-EHU): (a) story clustering vs topic folders,
// (b) cross-document entity linking vs DBpedia external_ref, (c) cross-document event coreference
// vs EVENT instance_id and within-document event detection, each beside a simple baseline.
// Usage (from the project root): npm run bench:stories:meantime   [--corpus DIR] [--threshold X]
import { resolve } from 'node:path';
import { readCorpus } from './meantime-cat.mjs';

const dist = resolve(process.env.STORYLINE_DIST ?? 'dist');
const { analyzeText } = await import(`${dist}/api.js`);
const { StoryBuilder } = await import(`${dist}/story/index.js`);
const { contentWords } = await import(`${dist}/story/terms.js`);
const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const docs = readCorpus(arg('--corpus', '../shared/corpus/meantime-dev'));
const opts = arg('--threshold') ? { threshold: Number(arg('--threshold')) } : {};

const analyses = docs.map((d) => {
  const a = analyzeText(d.text, { format: 'text', published: d.created, today: '2026-11-26', path: d.id });
  a.article.id = d.id; a.article.title = d.title; a.article.siteName = 'wikinews';
  return a;
});
const b = new StoryBuilder(opts);
const links = new Map();
for (const a of [...analyses].sort((x, y) => (x.article.published ?? '').localeCompare(y.article.published ?? ''))) links.set(a.article.id, b.add(a).entityLinks);
const stories = b.stories();
const byId = new Map(docs.map((d) => [d.id, d]));
const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const prf = (p, r) => `P ${f3(p)} R ${f3(r)} F1 ${f3(p + r ? (2 * p * r) / (p + r) : 0)}`;
const rows = [];
const row = (what, storyline, baseline) => rows.push([what, storyline, baseline]);

// ---- (a) topic clustering -------------------------------------------------------------------------
function clusterScores(clusterOf) {
  const ids = docs.map((d) => d.id);
  let bp = 0, br = 0;
  for (const x of ids) {
    const same = ids.filter((y) => clusterOf.get(y) === clusterOf.get(x));
    const gold = ids.filter((y) => byId.get(y).topic === byId.get(x).topic);
    const both = same.filter((y) => byId.get(y).topic === byId.get(x).topic).length;
    bp += both / same.length; br += both / gold.length;
  }
  const count = (key, val) => { const m = new Map(); for (const x of ids) { const k = `${key(x)}|${val(x)}`; m.set(k, (m.get(k) ?? 0) + 1); } return m; };
  const maxBy = (key, val) => { const best = new Map(); for (const [k, n] of count(key, val)) { const g = k.split('|')[0]; best.set(g, Math.max(best.get(g) ?? 0, n)); } return [...best.values()].reduce((s, n) => s + n, 0) / ids.length; };
  const c = (x) => clusterOf.get(x), t = (x) => byId.get(x).topic;
  // Pairs of one folder published within 10 days: what one story can hold (a folder spans years).
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
    const [x, y] = [byId.get(ids[i]), byId.get(ids[j])];
    const near = Math.abs(Date.parse(x.created) - Date.parse(y.created)) <= 10 * 86_400_000;
    const gold = x.topic === y.topic && near, got = c(x.id) === c(y.id);
    if (got && gold) tp++; else if (got) fp++; else if (gold) fn++;
  }
  return { bcubed: prf(bp / ids.length, br / ids.length), purity: `${f3(maxBy(c, t))} / ${f3(maxBy(t, c))}`, n: new Set(clusterOf.values()).size, near: `${prf(tp / (tp + fp), tp / (tp + fn))} (${tp + fn} pairs)` };
}
const storyOf = new Map(stories.flatMap((s) => [...s.articles, ...s.copies].map((a) => [a, s.id])));

// Baseline: whole-text tf-idf cosine, an article joins the most similar earlier article's cluster (single link).
function tfidfBaseline(threshold) {
  const tf = docs.map((d) => { const m = new Map(); for (const w of contentWords(`${d.title} ${d.text}`)) m.set(w, (m.get(w) ?? 0) + 1); return m; });
  const df = new Map(); for (const m of tf) for (const w of m.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const vec = tf.map((m) => { const v = new Map([...m].map(([w, n]) => [w, (1 + Math.log(n)) * Math.log(docs.length / df.get(w))])); const z = Math.hypot(...v.values()) || 1; for (const [k, x] of v) v.set(k, x / z); return v; });
  const cos = (a, c) => { let s = 0; for (const [k, x] of a) s += x * (c.get(k) ?? 0); return s; };
  const order = docs.map((_, i) => i).sort((i, j) => docs[i].created.localeCompare(docs[j].created));
  const out = new Map();
  order.forEach((i, k) => {
    let best = null, bs = threshold;
    for (const j of order.slice(0, k)) { const s = cos(vec[i], vec[j]); if (s >= bs) { best = j; bs = s; } }
    out.set(docs[i].id, best === null ? docs[i].id : out.get(docs[best].id));
  });
  return out;
}
const S = clusterScores(storyOf), B = clusterScores(tfidfBaseline(0.2));
row('(a) stories (baseline: tf-idf single link, cos>=0.2)', `${S.n}`, `${B.n}`);
row('    B-cubed vs folders', S.bcubed, B.bcubed);
row('    purity / inverse purity', S.purity, B.purity);
row('    same folder & <=10 days, pairwise', S.near, B.near);
const eventDocs = new Map();
for (const d of docs) for (const m of d.eventMentions) if (m.instance) eventDocs.set(m.instance, new Set([...(eventDocs.get(m.instance) ?? []), d.id]));
const sharedPairs = [...eventDocs.values()].filter((s) => s.size > 1).map((s) => [...s]);
row('    doc pairs sharing an event instance: same story', `${sharedPairs.filter(([x, y]) => storyOf.get(x) === storyOf.get(y)).length}/${sharedPairs.length}`, '');

// ---- (b) cross-document entity linking -------------------------------------------------------------
const overlap = (a, c) => Math.max(0, Math.min(a.end, c.end) - Math.max(a.start, c.start));
const refWords = (ref) => new Set(decodeURIComponent(ref.split('/').pop()).toLowerCase().split(/[_\s(),.]+/).filter((w) => w.length > 1));
/**
 * A gold mention is often a long noun phrase ("Moscone Center in San Francisco, California"): align it to
 * the overlapping Storyline mention whose text shares a word with the DBpedia name, else to one covering
 * at least half of it (a pronoun or a short name), else to nothing.
 */
function alignMention(gm, sys) {
  const words = refWords(gm.ref);
  const over = sys.filter((sm) => overlap(gm, sm) > 0);
  const named = over.filter((sm) => sm.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => words.has(w)));
  if (named.length) return named.sort((x, y) => overlap(gm, y) - overlap(gm, x))[0];
  return over.find((sm) => overlap(gm, sm) * 2 >= gm.end - gm.start) ?? null;
}
function alignEntities(idOf) {
  const goldRef = new Map(); // doc -> ref -> Set(global)
  const sysRef = new Map(); // doc -> global -> Map(ref -> count)
  for (const a of analyses) {
    const d = byId.get(a.article.id), l = links.get(d.id);
    const sys = a.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, g: idOf(l, e), text: d.text.slice(m.start, m.end) })));
    const gr = new Map(), sr = new Map();
    for (const gm of d.entityMentions.filter((m) => m.ref)) {
      if (!gr.has(gm.ref)) gr.set(gm.ref, new Set());
      const best = alignMention(gm, sys);
      if (!best) continue;
      gr.get(gm.ref).add(best.g);
      const c = sr.get(best.g) ?? new Map(); c.set(gm.ref, (c.get(gm.ref) ?? 0) + 1); sr.set(best.g, c);
    }
    goldRef.set(d.id, gr); sysRef.set(d.id, sr);
  }
  let pairs = 0, aligned = 0, linked = 0;
  const ids = [...goldRef.keys()];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
    for (const [ref, gs] of goldRef.get(ids[i])) {
      const hs = goldRef.get(ids[j]).get(ref);
      if (!hs) continue;
      pairs++;
      if (gs.size && hs.size) { aligned++; if ([...gs].some((g) => hs.has(g))) linked++; }
    }
  }
  let sysPairs = 0, right = 0;
  const major = (m) => [...m].sort((x, y) => y[1] - x[1])[0][0];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
    for (const [g, refs] of sysRef.get(ids[i])) {
      const other = sysRef.get(ids[j]).get(g);
      if (!other) continue;
      sysPairs++;
      if (major(refs) === major(other)) right++;
    }
  }
  return { pairs, aligned, linked, sysPairs, right };
}
// Baseline: the same entities linked across documents by exact (case-folded) name.
const E = alignEntities((l, e) => l.get(e.id)), EB = alignEntities((_, e) => e.name.toLowerCase());
row('(b) entity doc-pairs with same external_ref (baseline: exact name)', `${E.pairs} (${E.aligned} with both sides aligned)`, '');
row('    recall (all / aligned)', `${f3(E.linked / E.pairs)} / ${f3(E.linked / E.aligned)}`, `${f3(EB.linked / EB.pairs)} / ${f3(EB.linked / EB.aligned)}`);
row('    precision of cross-doc links', `${f3(E.right / E.sysPairs)} (${E.right}/${E.sysPairs})`, `${f3(EB.right / EB.sysPairs)} (${EB.right}/${EB.sysPairs})`);

// ---- (c) events ---------------------------------------------------------------------------------------
const sentenceOf = (d, at) => d.text.slice(0, at).split(/(?<=[.!?]["”]?)\s+(?=["“]?[A-Z0-9])|\n\n/).length;
const sysEvents = analyses.flatMap((a) => a.events.map((e) => ({ doc: a.article.id, e })));
const detect = {};
for (const d of docs) {
  const evs = sysEvents.filter((x) => x.doc === d.id);
  for (const m of d.eventMentions) {
    const k = m.cls; detect[k] ??= [0, 0]; detect[k][1]++;
    if (evs.some((x) => x.e.evidence.start <= m.start && x.e.evidence.end >= m.end)) detect[k][0]++;
  }
}
const sysTypes = {}; for (const x of sysEvents) sysTypes[x.e.type] = (sysTypes[x.e.type] ?? 0) + 1;
row('(c) Storyline events by type', Object.entries(sysTypes).map(([k, n]) => `${k} ${n}`).join(', '), '');
for (const k of ['SPEECH_COGNITIVE', 'OTHER']) if (detect[k]) row(`    ${k}: gold events with a Storyline event in their sentence`, `${detect[k][0]}/${detect[k][1]} = ${f3(detect[k][0] / detect[k][1])}`, '');

// Cross-doc coreference over sentences: a Storyline merged event joins two sentences of two documents;
// gold: two sentences sharing an instance_id. Pairs counted once per (sentence, sentence).
const instancesIn = (docId, span) => new Set(byId.get(docId).eventMentions.filter((m) => m.instance && m.start >= span.start && m.end <= span.end).map((m) => m.instance));
let sp = 0, sc = 0;
const sysPairKeys = new Set();
for (const s of stories) for (const t of s.timeline) {
  for (let i = 0; i < t.sources.length; i++) for (let j = i + 1; j < t.sources.length; j++) {
    const [x, y] = [t.sources[i], t.sources[j]];
    if (x.articleId === y.articleId) continue;
    const [ix, iy] = [instancesIn(x.articleId, x.evidence), instancesIn(y.articleId, y.evidence)];
    sysPairKeys.add(`${x.articleId}:${x.evidence.start}|${y.articleId}:${y.evidence.start}`);
    if (!ix.size || !iy.size) continue; // not aligned to annotated events: no verdict
    sp++; if ([...ix].some((z) => iy.has(z))) sc++;
  }
}
const crossMerged = stories.reduce((n, s) => n + s.timeline.filter((t) => new Set(t.sources.map((x) => x.articleId)).size > 1).length, 0);
const goldPairs = [];
for (const [inst, ds] of eventDocs) if (ds.size > 1) {
  const ms = [...ds].map((id) => byId.get(id).eventMentions.find((m) => m.instance === inst)).filter(Boolean);
  for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) goldPairs.push([ms[i], ms[j]]);
}
const docOfMention = (m) => m.id.split('#')[0];
const found = goldPairs.filter(([x, y]) => stories.some((s) => s.timeline.some((t) =>
  t.sources.some((a) => a.articleId === docOfMention(x) && a.evidence.start <= x.start && a.evidence.end >= x.end) &&
  t.sources.some((a) => a.articleId === docOfMention(y) && a.evidence.start <= y.start && a.evidence.end >= y.end)))).length;
// Baseline on gold mentions (oracle detection): same trigger lemma (crude stem), published <=10 days apart
// (no two MEANTIME dev articles share a publication date, so 'same date' would link nothing).
const near = (a, c) => Math.abs(Date.parse(a) - Date.parse(c)) <= 10 * 86_400_000;
const stem = (w) => w.toLowerCase().replace(/(?:ing|ed|es|s)$/, '');
const all = docs.flatMap((d) => d.eventMentions.map((m) => ({ ...m, doc: d.id, date: d.created })));
let bp = 0, bc = 0;
for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) {
  const [x, y] = [all[i], all[j]];
  if (x.doc === y.doc || !near(x.date, y.date) || stem(x.tokens.at(-1)) !== stem(y.tokens.at(-1))) continue;
  bp++; if (x.instance && x.instance === y.instance) bc++;
}
const bFound = goldPairs.filter(([x, y]) => near(byId.get(docOfMention(x)).created, byId.get(docOfMention(y)).created) && stem(x.tokens.at(-1)) === stem(y.tokens.at(-1))).length;
row('    merged timeline events with 2+ articles', `${crossMerged} (${sysPairKeys.size} sentence pairs)`, `${bp} mention pairs`);
row('    cross-doc pairs: precision over aligned', `${f3(sc / sp)} (${sc}/${sp})`, `${f3(bc / bp)} (${bc}/${bp})`);
row('    cross-doc pairs: recall (gold pairs)', `${found}/${goldPairs.length}`, `${bFound}/${goldPairs.length}`);

const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
console.log(`MEANTIME ${docs.length} docs, ${new Set(docs.map((d) => d.topic)).size} topics; ${stories.length} stories`);
console.log(`${'measure'.padEnd(w[0])}  ${'Storyline'.padEnd(w[1])}  baseline`);
for (const [a, c, d] of rows) console.log(`${a.padEnd(w[0])}  ${c.padEnd(w[1])}  ${d}`);
if (process.argv.includes('--stories')) for (const s of stories) console.log(`${s.id} ${s.firstDate}..${s.lastDate} [${s.articles.map((a) => byId.get(a).topic[0] + a).join(' ')}] ${s.title}`);
