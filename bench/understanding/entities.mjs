// Entity bench on MEANTIME dev (CAT XML): named-mention recall/precision by type, in-document coreference,
// and articles/second of the entity annotator. Run after `npx tsc -p tsconfig.json`:
//   node bench/understanding/entities.mjs [--show-misses]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument } from '../../dist/analyse/document.js';
import { sentenceAnnotator } from '../../dist/analyse/sentences.js';
import { entityAnnotators } from '../../dist/analyse/entities/index.js';
import { loadGazetteer } from '../../dist/analyse/entities/gazetteer.js';

const ROOT = '../shared/corpus/meantime-dev';
const TYPES = { PER: 'person', ORG: 'organization', LOC: 'place' };
const showMisses = process.argv.includes('--show-misses');
const attr = (s, n) => (new RegExp(`\\b${n}="([^"]*)"`).exec(s) ?? [])[1];
const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Rebuilds text from tokens (one block per MEANTIME sentence) with token offsets. */
function load(path) {
  const xml = readFileSync(path, 'utf8');
  const toks = [...xml.matchAll(/<token number="\d+" sentence="(\d+)" t_id="(\d+)">([^<]*)<\/token>/g)].map((m) => ({ s: +m[1], id: m[2], w: unescape(m[3]) }));
  let text = '';
  const blocks = [];
  const pos = new Map();
  let cur = -1, bstart = 0;
  for (const t of toks) {
    if (t.s !== cur) { if (cur >= 0) { blocks.push({ kind: 'paragraph', start: bstart, end: text.length }); text += '\n\n'; } cur = t.s; bstart = text.length; }
    else if (!/^([,.;:!?)%]|'s|n't|'|’s)$/.test(t.w) && !/[($]$/.test(text) && text.length > bstart) text += ' ';
    pos.set(t.id, [text.length, text.length + t.w.length]);
    text += t.w;
  }
  blocks.push({ kind: 'paragraph', start: bstart, end: text.length });
  const mentions = new Map();
  for (const m of xml.matchAll(/<ENTITY_MENTION([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const ids = [...m[2].matchAll(/t_id="(\d+)"/g)].map((x) => pos.get(x[1])).filter(Boolean);
    if (ids.length) mentions.set(attr(m[1], 'm_id'), { type: attr(m[1], 'syntactic_type'), start: Math.min(...ids.map((x) => x[0])), end: Math.max(...ids.map((x) => x[1])) });
  }
  const entities = new Map();
  for (const m of xml.matchAll(/<ENTITY ([^>]*)\/>/g)) entities.set(attr(m[1], 'm_id'), attr(m[1], 'ent_type'));
  const refers = [];
  for (const m of xml.matchAll(/<REFERS_TO[^>]*>\s*((?:<source[^>]*>\s*)+)<target m_id="(\d+)"/g)) {
    for (const s of m[1].matchAll(/m_id="(\d+)"/g)) refers.push([s[1], m[2]]);
  }
  const gold = [];
  for (const [src, ent] of refers) {
    const men = mentions.get(src);
    if (men && men.type === 'NAM' && TYPES[entities.get(ent)]) gold.push({ ...men, ent: `${path}#${ent}`, want: TYPES[entities.get(ent)] });
  }
  return { text, blocks, gold, path };
}

const files = readdirSync(ROOT).filter((d) => d.startsWith('corpus_')).flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.xml')).map((f) => join(ROOT, d, f)));
const docs = files.map(load);
const gazMs = loadGazetteer();
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const stat = {};
const bump = (k, f, n = 1) => { stat[k] ??= { tp: 0, n: 0, ptp: 0, pn: 0 }; stat[k][f] += n; };
let pairs = 0, samePairs = 0, annotateMs = 0;
const fps = [];
for (const d of docs) {
  const article = { id: d.path, source: { fetchedAt: '' }, title: null, published: null, publishedFrom: null, language: 'en', text: d.text, blocks: d.blocks, related: [], media: [], dropped: [] };
  const doc = createDocument(article, { today: '2020-01-01' });
  sentenceAnnotator.annotate(doc);
  const t0 = performance.now();
  for (const a of entityAnnotators) a.annotate(doc);
  annotateMs += performance.now() - t0;
  const ours = doc.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, e })));
  const hitOf = new Map();
  for (const g of d.gold) {
    const hit = ours.find((o) => overlaps(o, g) && o.e.type === g.want);
    const any = ours.find((o) => overlaps(o, g));
    hitOf.set(g, any?.e ?? null);
    bump(g.want, 'n'); if (hit) bump(g.want, 'tp');
    bump('any-type', 'n'); if (any) bump('any-type', 'tp');
    if (!hit && showMisses) console.log(`  miss ${g.want}: ${d.text.slice(g.start, g.end)}${any ? ` (got ${any.e.type})` : ''}`);
  }
  for (const o of ours) {
    if (!TYPES.PER || !Object.values(TYPES).includes(o.e.type)) continue;
    const ok = d.gold.some((g) => overlaps(o, g) && g.want === o.e.type);
    bump(o.e.type, 'pn'); if (ok) bump(o.e.type, 'ptp'); else fps.push(`${o.e.type}: ${d.text.slice(o.start, o.end)}`);
  }
  const byEnt = new Map();
  for (const g of d.gold) byEnt.set(g.ent, [...(byEnt.get(g.ent) ?? []), g]);
  for (const ms of byEnt.values()) for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) {
    pairs++; const a = hitOf.get(ms[i]), b = hitOf.get(ms[j]); if (a && a === b) samePairs++;
  }
}
const f = (x) => x.toFixed(2);
console.log(`MEANTIME dev: ${docs.length} articles, ${docs.reduce((s, d) => s + d.gold.length, 0)} annotated named PER/ORG/LOC mentions`);
for (const [k, s] of Object.entries(stat)) console.log(`${k.padEnd(13)} recall ${f(s.tp / s.n)} (${s.tp}/${s.n})${s.pn ? `  precision vs annotated ${f(s.ptp / s.pn)} (${s.ptp}/${s.pn})` : ''}`);
const all = ['person', 'organization', 'place'].reduce((a, k) => [a[0] + (stat[k]?.tp ?? 0), a[1] + (stat[k]?.n ?? 0)], [0, 0]);
console.log(`PER/ORG/LOC typed recall ${f(all[0] / all[1])}`);
console.log(`coreference: ${f(samePairs / pairs)} of ${pairs} same-entity named-mention pairs in one entity`);
console.log(`speed: ${f(docs.length / (annotateMs / 1000))} articles/s (entity annotator only, gazetteer built once in ${gazMs.toFixed(0)} ms)`);
if (showMisses) { console.log('unmatched ours (read by hand; not every name is annotated):'); for (const x of fps.slice(0, 80)) console.log('  ' + x); }
