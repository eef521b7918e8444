#!/usr/bin/env node
// Error analysis of the times annotators on the TRAIN and DEV parts only (the test part is refused): every
// gold expression missed, every system expression with no gold one (spurious) and every matched one with a
// wrong value, grouped by the kind of expression, largest class first, with a few examples each.
// usage: npx tsc -p tsconfig.json && node bench/times/errors.mjs [--split train|dev|both] [--corpus NAME] [--examples N]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseDocument } from '../../dist/analyse/index.js';
import { sentenceAnnotator } from '../../dist/analyse/sentences.js';
import { timeAnnotators } from '../../dist/analyse/times/index.js';
import { loadCorpora } from './corpora.mjs';

const args = process.argv.slice(2);
const arg = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const shared = arg('--shared', ['../shared', '../../shared'].map((p) => resolve(p)).find((p) => existsSync(p)));
if (!shared || !existsSync(shared)) { console.error('no ../shared folder with the corpora (pass --shared DIR)'); process.exit(1); }
const split = arg('--split', 'both');
if (split === 'test') { console.error('errors.mjs reads train and dev only: the test part is never looked at'); process.exit(1); }
const splits = split === 'both' ? ['train', 'dev'] : [split];
const only = arg('--corpus', null);
const examples = Number(arg('--examples', '4'));

const article = (doc) => ({
  id: 'bench', source: { fetchedAt: '1970-01-01T00:00:00Z' }, title: null, published: doc.dct, publishedFrom: 'given',
  language: 'en', text: doc.text, blocks: doc.blocks, related: [], media: [], dropped: [],
});
const run = (doc) => analyseDocument(article(doc), { today: '2026-11-26' }, [sentenceAnnotator, ...timeAnnotators]).times;

/** A coarse kind from the surface text, so that errors group by what would fix them. */
const KINDS = [
  ['present/past/future ref', /^(?:now|currently|current|recent(?:ly)?|the past|the future|soon|previously|at present|these days|nowadays|today's|former(?:ly)?|later|earlier|once|then)$/i],
  ['ago / later / earlier', /\b(?:ago|later|earlier|before|after|since)\b/i],
  ['anaphoric (that/same/following)', /\b(?:that|same|following|previous|preceding)\b/i],
  ['part of day / clock', /\b(?:morning|afternoon|evening|night|noon|midnight|a\.?m\.?|p\.?m\.?|\d{1,2}:\d{2}|o'clock|UTC|GMT)\b/i],
  ['set (every/each/per/-ly)', /\b(?:every|each|per|daily|weekly|monthly|yearly|annually|annual|hourly)\b/i],
  ['season / quarter / half / fiscal', /\b(?:spring|summer|autumn|fall|winter|quarter|half|fiscal|FY|Q[1-4]|H[12])\b/i],
  ['century / decade', /\b(?:century|centuries|\d0['’]?s)\b/i],
  ['weekday', /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i],
  ['relative this/last/next', /\b(?:this|last|next|past|coming|yesterday|today|tomorrow|tonight)\b/i],
  ['month + day', /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i],
  ['month (+ year)', /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i],
  ['numeric date', /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/],
  ['year', /^(?:the\s+)?(?:early\s+|late\s+|mid-?)?['’]?\d{2,4}$|\b(?:1[0-9]|20)\d{2}\b/i],
  ['amount of time', /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)[-\s]+(?:[a-z]+\s+)?(?:second|minute|hour|day|week|month|year|decade)s?\b|^(?:years|months|weeks|days|decades|hours|minutes)$/i],
];
const kindOf = (s) => KINDS.find(([, re]) => re.test(s))?.[0] ?? 'other';
const ctx = (doc, a, b) => doc.text.slice(Math.max(0, a - 50), b + 30).replace(/\s+/g, ' ');
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

for (const corpus of loadCorpora(shared)) {
  if (only && !corpus.name.toLowerCase().startsWith(only.toLowerCase())) continue;
  const docs = corpus.docs.filter((d) => splits.includes(d.split));
  const classes = new Map();
  const add = (what, kind, line) => {
    const key = `${what} · ${kind}`;
    if (!classes.has(key)) classes.set(key, []);
    classes.get(key).push(line);
  };
  for (const doc of docs) {
    const gold = doc.timexes.filter((g) => g.start < doc.scoredEnd);
    const out = run(doc).filter((o) => o.start < doc.scoredEnd);
    for (const g of gold) {
      const text = doc.text.slice(g.start, g.end);
      const hits = out.filter((o) => overlaps(o, g));
      if (!hits.length) add(`missed ${g.type}`, kindOf(text), `«${text}» = ${g.value}   …${ctx(doc, g.start, g.end)}… [${doc.dct}]`);
      else if (g.value != null && !hits.some((o) => o.value === g.value || o.endValue === g.value)) {
        add(`wrong value ${g.type}`, kindOf(text), `«${text}» = ${g.value}; got ${hits.map((h) => `«${h.text}» ${h.type} ${h.value}`).join(', ')}   …${ctx(doc, g.start, g.end)}… [${doc.dct}]`);
      }
    }
    for (const o of out) {
      if (gold.some((g) => overlaps(o, g))) continue;
      add(`spurious ${o.type}`, kindOf(o.text), `«${o.text}» ${o.value}   …${ctx(doc, o.start, o.end)}…`);
    }
  }
  console.log(`\n=== ${corpus.name}, ${splits.join('+')}: ${docs.length} documents ===`);
  for (const [key, lines] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n${String(lines.length).padStart(4)}  ${key}`);
    for (const l of lines.slice(0, examples)) console.log(`        ${l}`);
  }
}
