#!/usr/bin/env node
// Measures time-expression detection and resolution on the MEANTIME dev corpus (TIMEX3 DATE/TIME gold):
// chrono-node alone (casual, strict, en.GB) against Storyline's times annotators, side by side.
// Only the annotated region (the first six sentences) is scored, since MEANTIME annotates no more.
// usage: npx tsc -p tsconfig.json && node bench/times/meantime.mjs [--corpus ../shared/corpus/meantime-dev] [--verbose]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { analyseDocument } from '../../dist/analyse/index.js';
import { sentenceAnnotator } from '../../dist/analyse/sentences.js';
import { timeAnnotators } from '../../dist/analyse/times/index.js';

const args = process.argv.slice(2);
const corpus = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : '../shared/corpus/meantime-dev';
const verbose = args.includes('--verbose');
if (!existsSync(corpus)) { console.error(`no corpus at ${corpus}`); process.exit(1); }

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)$/i;

/** Rebuilds the text (one line per sentence) and the TIMEX3 spans from a CAT XML file. */
function readCat(path) {
  const xml = readFileSync(path, 'utf8');
  const tokens = [...xml.matchAll(/<token number="(\d+)" sentence="(\d+)" t_id="(\d+)">([^<]*)<\/token>/g)]
    .map((m) => ({ sentence: Number(m[2]), id: m[3], word: unescape(m[4]) }));
  let text = '';
  const where = new Map();
  const blocks = [];
  let sentence = -1, blockStart = 0, prev = '';
  for (const t of tokens) {
    if (t.sentence !== sentence) {
      if (sentence >= 0) { blocks.push({ kind: 'paragraph', start: blockStart, end: text.length }); text += '\n'; }
      sentence = t.sentence; blockStart = text.length; prev = '';
    } else if (!NO_SPACE_BEFORE.test(t.word) && !/^[($[{]$/.test(prev)) text += ' ';
    where.set(t.id, { start: text.length, end: text.length + t.word.length });
    text += t.word; prev = t.word;
  }
  blocks.push({ kind: 'paragraph', start: blockStart, end: text.length });
  // MEANTIME annotates only the first sentences (title, date line, then four): score only that region.
  const annotatedSentences = Math.max(...[...xml.matchAll(/<token_anchor t_id="(\d+)"/g)].map((m) => tokens.find((t) => t.id === m[1])?.sentence ?? 0));
  const annotatedEnd = blocks[Math.min(annotatedSentences, blocks.length - 1)].end;
  const timexes = [];
  let creation = null;
  for (const m of xml.matchAll(/<TIMEX3 ([^>]*?)>([\s\S]*?)<\/TIMEX3>/g)) {
    const attr = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const ids = [...m[2].matchAll(/t_id="(\d+)"/g)].map((a) => a[1]);
    if (!ids.length) continue;
    const spans = ids.map((id) => where.get(id));
    const tx = { type: attr.type, value: attr.value, start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
    tx.text = text.slice(tx.start, tx.end);
    // One gold file writes its creation time day-first ("03-02-2009"); read it as the ISO date it means.
    if (attr.functionInDocument === 'CREATION_TIME') creation = attr.value.replace(/^(\d{2})-(\d{2})-(\d{4})$/, '$3-$2-$1');
    timexes.push(tx);
  }
  return { text, blocks, timexes, creation, annotatedEnd };
}

const pad = (n) => String(n).padStart(2, '0');
/** chrono alone: the value at the granularity chrono is certain of. */
function chronoValue(c) {
  const ymd = `${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  if (c.isCertain('hour')) return `${ymd}T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return ymd;
  if (c.isCertain('month')) return ymd.slice(0, 7);
  if (c.isCertain('year')) return ymd.slice(0, 4);
  return null;
}
const chronoSystem = (parser) => (doc) => {
  const [y, m, d] = doc.creation.slice(0, 10).split('-').map(Number);
  return parser.parse(doc.text, new Date(y, m - 1, d, 12)).map((r) => ({ text: r.text, start: r.index, end: r.index + r.text.length, value: chronoValue(r.start) }));
};
const article = (doc, published) => ({
  id: 'bench', source: { fetchedAt: '1970-01-01T00:00:00Z' }, title: null, published, publishedFrom: published ? 'given' : null,
  language: 'en', text: doc.text, blocks: doc.blocks, related: [], media: [], dropped: [],
});
const TODAY = '2026-11-26';
const storyline = (withPublished) => (doc) => {
  const out = analyseDocument(article(doc, withPublished ? doc.creation : null), { today: TODAY }, [sentenceAnnotator, ...timeAnnotators]);
  doc.inferred = out.referenceDate;
  return out.times;
};

const SYSTEMS = {
  'chrono casual': chronoSystem(chrono.casual),
  'chrono strict': chronoSystem(chrono.strict),
  'chrono en.GB': chronoSystem(chrono.en.GB),
  'storyline': storyline(true),
  'storyline (no pub.)': storyline(false),
};

const files = readdirSync(corpus).filter((d) => d.startsWith('corpus_')).flatMap((d) => readdirSync(join(corpus, d)).filter((f) => f.endsWith('.xml')).map((f) => join(corpus, d, f)));
const docs = files.map(readCat).filter((d) => d.creation);
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const rows = [];
let refRight = 0;
for (const [name, run] of Object.entries(SYSTEMS)) {
  const s = { name, gold: 0, found: 0, sys: 0, sysHit: 0, concrete: 0, exact: 0 };
  for (const doc of docs) {
    const gold = doc.timexes.filter((t) => t.type === 'DATE' || t.type === 'TIME');
    const out = run(doc).filter((o) => o.start < doc.annotatedEnd);
    if (name === 'storyline (no pub.)') {
      if (doc.inferred === doc.creation.slice(0, 10)) refRight++;
      else if (verbose) console.log(`  reference inferred ${doc.inferred}, creation ${doc.creation}: «${doc.text.slice(0, 160).replace(/\n/g, ' ')}»`);
    }
    s.gold += gold.length; s.sys += out.length;
    s.sysHit += out.filter((o) => gold.some((g) => overlaps(o, g))).length;
    for (const g of gold) {
      const hits = out.filter((o) => overlaps(o, g));
      if (hits.length) s.found++;
      if (!/^\d/.test(g.value)) continue; // XXXX-XX-XX, PRESENT_REF: nothing concrete to match
      s.concrete++;
      const ok = hits.some((o) => o.value === g.value);
      if (ok) s.exact++;
      else if (verbose && name === 'storyline') console.log(`  ${g.text} = ${g.value}; got ${hits.map((h) => `${h.text}=${h.value}`).join(', ') || 'nothing'}  «${doc.text.slice(Math.max(0, g.start - 50), g.end + 30).replace(/\n/g, ' ')}»`);
    }
    if (verbose && name === 'storyline') for (const o of out.filter((o) => !gold.some((g) => overlaps(o, g)))) console.log(`  extra: ${o.text}=${o.value}  «${doc.text.slice(Math.max(0, o.start - 50), o.end + 30).replace(/\n/g, ' ')}»`);
  }
  rows.push(s);
}
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
console.log(`MEANTIME dev: ${docs.length} documents, ${rows[0].gold} DATE/TIME timexes (${rows[0].concrete} with a concrete value)\n`);
console.log('system                 recall   precision  value exact (of concrete)');
for (const r of rows) console.log(`${r.name.padEnd(22)} ${pct(r.found, r.gold).padStart(6)}   ${pct(r.sysHit, r.sys).padStart(8)}   ${pct(r.exact, r.concrete).padStart(8)}  (${r.exact}/${r.concrete})`);
console.log(`\nreference date inferred without the publication date: ${refRight}/${docs.length} equal the CREATION_TIME`);
