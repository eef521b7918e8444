#!/usr/bin/env node
// Time expressions (TimeML TIMEX3) on every development corpus, split train/dev/test by id hash (corpora.mjs):
// Storyline's times annotators against chrono-node (casual), side by side in one run, test part first.
// Per TIMEX3 type: span precision/recall/F1 (overlap), value accuracy (of matched spans) and value F1
// (TempEval-3 style: a system expression counts when it overlaps a gold one and its value is equal; a range's
// end value counts for the gold expression of its end, since TimeML writes a range as two expressions).
// usage: npx tsc -p tsconfig.json && node bench/times/run.mjs [--shared ../shared] [--split dev] [--verbose CORPUS]
//        node bench/times/run.mjs --wire DIR [--verbose wire]: items marked [[text|TYPE|VALUE]] under a dated dateline
//        ("LONDON 1996-08-30", the document creation date), e.g. made-up wire sets written apart from the code
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { analyseDocument } from '../../dist/analyse/index.js';
import { sentenceAnnotator } from '../../dist/analyse/sentences.js';
import { timeAnnotators } from '../../dist/analyse/times/index.js';
import { loadCorpora, loadMarkedWire } from './corpora.mjs';

const args = process.argv.slice(2);
const arg = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
// A git worktree sits one level deeper than the main checkout: look for ../shared, then ../../shared.
const wire = arg('--wire', null);
const shared = arg('--shared', ['../shared', '../../shared'].map((p) => resolve(p)).find((p) => existsSync(p)));
if (!wire && (!shared || !existsSync(shared))) { console.error('no ../shared folder with the corpora (pass --shared DIR)'); process.exit(1); }
const onlySplit = arg('--split', null);
const verbose = arg('--verbose', null);
if (onlySplit === 'test' && verbose) { console.error('--verbose is for train/dev: the test part is never looked at'); process.exit(1); }

const pad = (n) => String(n).padStart(2, '0');
function chronoValue(c) {
  const ymd = `${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  if (c.isCertain('hour')) return `${ymd}T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return ymd;
  if (c.isCertain('month')) return ymd.slice(0, 7);
  if (c.isCertain('year')) return ymd.slice(0, 4);
  return null;
}
const chronoCasual = (doc) => {
  const [y, m, d] = doc.dct.split('-').map(Number);
  return chrono.casual.parse(doc.text, new Date(y, m - 1, d, 12)).map((r) => ({
    start: r.index, end: r.index + r.text.length, value: chronoValue(r.start), endValue: r.end ? chronoValue(r.end) : undefined,
    type: r.start.isCertain('hour') ? 'TIME' : 'DATE',
  }));
};
const article = (doc) => ({
  id: 'bench', source: { fetchedAt: '1970-01-01T00:00:00Z' }, title: null, published: doc.dct, publishedFrom: 'given',
  language: 'en', text: doc.text, blocks: doc.blocks, related: [], media: [], dropped: [],
});
const storyline = (doc) => analyseDocument(article(doc), { today: '2026-11-26' }, [sentenceAnnotator, ...timeAnnotators]).times
  .map((t) => ({ ...t, type: t.type ?? (/T/.test(t.value ?? '') ? 'TIME' : 'DATE') }));
const SYSTEMS = { 'chrono-node casual': chronoCasual, storyline };
const TYPES = ['DATE', 'TIME', 'DURATION', 'SET'];

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
function score(docs, run, log) {
  const c = Object.fromEntries([...TYPES, 'DATE+TIME'].map((t) => [t, { gold: 0, sys: 0, goldHit: 0, sysHit: 0, goldValued: 0, sysValued: 0, valueRight: 0, matchedValued: 0 }]));
  const buckets = (type) => [c[type], ...(type === 'DATE' || type === 'TIME' ? [c['DATE+TIME']] : [])].filter(Boolean);
  for (const doc of docs) {
    const from = doc.scoredStart ?? 0;
    const gold = doc.timexes.filter((g) => g.start >= from && g.start < doc.scoredEnd);
    const out = run(doc).filter((o) => o.start >= from && o.start < doc.scoredEnd);
    for (const g of gold) {
      const hits = out.filter((o) => overlaps(o, g));
      // a range ("14 August-24 August") is one expression with a value and an endValue; TimeML writes two
      const right = g.value != null && hits.some((o) => o.value === g.value || (o.endValue != null && o.endValue === g.value));
      for (const b of buckets(g.type)) {
        b.gold++; if (hits.length) b.goldHit++;
        if (g.value != null) { b.goldValued++; if (hits.length) b.matchedValued++; if (right) b.valueRight++; }
      }
      if (log && !right && g.value != null) log(`  ${g.type} «${doc.text.slice(g.start, g.end)}» = ${g.value}; got ${hits.map((h) => `«${doc.text.slice(h.start, h.end)}» ${h.type} ${h.value}`).join(', ') || 'nothing'}   …${doc.text.slice(Math.max(0, g.start - 60), g.end + 30).replace(/\n/g, ' ')}… [${doc.dct}]`);
    }
    for (const o of out) {
      const hit = gold.some((g) => overlaps(o, g));
      for (const b of buckets(o.type)) { b.sys++; if (hit) b.sysHit++; if (o.value != null) b.sysValued++; }
      if (log && !hit) log(`  extra ${o.type} «${doc.text.slice(o.start, o.end)}» ${o.value}   …${doc.text.slice(Math.max(0, o.start - 60), o.end + 30).replace(/\n/g, ' ')}…`);
    }
  }
  return c;
}

const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(2) : '  - ');
function line(name, type, b) {
  const p = b.sys ? b.sysHit / b.sys : NaN, r = b.gold ? b.goldHit / b.gold : NaN;
  // value F1: correct values over the system's valued expressions (precision) and over gold's (recall)
  const vp = b.sysValued ? b.valueRight / b.sysValued : NaN, vr = b.goldValued ? b.valueRight / b.goldValued : NaN;
  const acc = b.matchedValued ? b.valueRight / b.matchedValued : NaN;
  return `  ${name.padEnd(20)} ${type.padEnd(9)} ${String(b.gold).padStart(5)} ${String(b.sys).padStart(5)}   ${fmt(p)}  ${fmt(r)}  ${fmt(f1(p || 0, r || 0))}    ${fmt(acc)}   ${fmt(f1(vp || 0, vr || 0))}`;
}

const corpora = wire ? [{ name: `wire ${wire}`, docs: loadMarkedWire(wire).map((d) => ({ ...d, split: 'all' })) }] : loadCorpora(shared);
for (const split of wire ? ['all'] : onlySplit ? [onlySplit] : ['test', 'dev', 'train']) {
  console.log(`\n=== ${split} part${split === 'test' ? ' (never tuned on)' : ''} ===`);
  for (const corpus of corpora) {
    const docs = corpus.docs.filter((d) => d.split === split);
    console.log(`\n${corpus.name}: ${docs.length} documents`);
    console.log('  system               type       gold   sys   span P  R     F1      value acc  value F1');
    for (const [name, run] of Object.entries(SYSTEMS)) {
      const log = verbose && split !== 'test' && name === 'storyline' && corpus.name.toLowerCase().startsWith(verbose.toLowerCase()) ? console.log : null;
      const c = score(docs, run, log);
      for (const type of ['DATE+TIME', ...TYPES]) if (c[type].gold || c[type].sys) console.log(line(name, type, c[type]));
    }
  }
}
