#!/usr/bin/env node
// Experiment (issue 9): a learned ranker over candidate speakers, trained on the train part of the unseen-news quote
// set and compared with the rules on dev. Candidates: every person/organisation entity with a mention (outside
// quotations) in the quote's paragraph or the one before, or in its sentence after it. Features: the rules' pick,
// sentence distance, before/after, a cue verb next to the mention, the mention opening its sentence, entity type,
// quoted before, paragraph boundary, recency rank, mention count. Logistic regression (plain SGD, fixed seed order).
// It would be kept only if it beats the rules on dev; the test part is scored once, with the choice made on dev.
//   npx tsc -p tsconfig.json && node bench/understanding/quote-ranker.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseDocument } from '../../dist/analyse/index.js';
import { extractPlainText } from '../../dist/extract/text/index.js';
import { CUE_RE } from '../../dist/lang/en/speech.js';
import { findMarkedQuotes } from '../../dist/analyse/shared/quotation.js';
import { creditedNames, nameMatches } from '../../test/quotes/speaker-score.mjs';
import { unseenQuoteArticles } from './quotes-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const arts = unseenQuoteArticles(root);
if (!arts) { console.log('../shared corpus not found, skipped'); process.exit(0); }
const gold = JSON.parse(readFileSync(join(root, 'bench/understanding/quotes-unseen.json'), 'utf8'));

const sentIndex = (sents, pos) => { let lo = 0, hi = sents.length - 1; while (lo < hi) { const m = (lo + hi + 1) >> 1; if (sents[m].start <= pos) lo = m; else hi = m - 1; } return lo; };
const cueNear = (text, a, b) => { CUE_RE.lastIndex = 0; return CUE_RE.test(text.slice(a, b)); };

/** One quote's candidates with features and labels. */
function examples(doc, g, q, quotedBefore) {
  const { text, sentences } = doc;
  const marked = doc.article.blocks.flatMap((b) => findMarkedQuotes(text, b.start, b.end));
  const inQuote = (pos) => marked.some((m) => pos > m.open && pos < m.close);
  const qs = sentIndex(sentences, g.start);
  const block = sentences[qs].block;
  const cands = [];
  for (const e of doc.entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    let best = null;
    for (const m of e.mentions) {
      if (inQuote(m.start)) continue;
      const ms = sentIndex(sentences, m.start);
      const mb = sentences[ms].block;
      const after = m.start > g.start;
      if (after && ms !== qs && !(ms === qs + 1 && mb === block)) continue;
      if (!after && block - mb > 1) continue;
      const d = Math.abs(qs - ms);
      if (!best || d < best.d || (d === best.d && after === false)) best = { m, ms, mb, d, after };
    }
    if (!best) continue;
    const { m, ms, mb, d, after } = best;
    const sent = sentences[ms];
    const f = {
      rule: q?.speaker === e.id ? 1 : 0,
      ruleNone: q && !q.speaker && !q.speakerName ? 1 : 0,
      same: d === 0 ? 1 : 0, d1: d === 1 ? 1 : 0, d2: d === 2 ? 1 : 0, dFar: d > 2 ? 1 : 0,
      after: after ? 1 : 0,
      cueAfterMention: cueNear(text, m.end, Math.min(sent.end, m.end + 40)) ? 1 : 0,
      cueBeforeMention: cueNear(text, Math.max(sent.start, m.start - 30), m.start) ? 1 : 0,
      opensSentence: !text.slice(sent.start, m.start).replace(/^[^,]{0,120},\s*/, '').trim() ? 1 : 0,
      person: e.type === 'person' ? 1 : 0,
      quoted: quotedBefore.has(e.id) ? 1 : 0,
      prevBlock: mb !== block ? 1 : 0,
      manyMentions: e.mentions.length >= 3 ? 1 : 0,
    };
    cands.push({ e, f, y: nameMatches(e.name, g.speaker) || e.aliases.some((a) => nameMatches(a, g.speaker)) ? 1 : 0 });
  }
  // recency rank among candidates before the quote
  cands.filter((c) => !c.f.after).sort((a, b) => a.f.dFar - b.f.dFar || (a.f.d2 - b.f.d2) || (a.f.d1 - b.f.d1)).forEach((c, i) => { c.f.nearest = i === 0 ? 1 : 0; });
  for (const c of cands) c.f.nearest ??= 0;
  return cands;
}

function collect(part) {
  const out = [];
  for (const a of arts.filter((x) => x.part === part && gold[x.id])) {
    const doc = analyseDocument({ id: a.id, source: { fetchedAt: new Date(0).toISOString() }, ...extractPlainText(a.text) }, { today: '2021-01-01' });
    const byId = new Map(doc.entities.map((e) => [e.id, e]));
    const marked = doc.quotes.filter((x) => x.kind !== 'indirect');
    const quotedBefore = new Set();
    for (const g of gold[a.id].quotes) {
      if (g.speech === false) continue;
      const q = marked.find((x) => x.start === g.start);
      if (!g.speaker) {
        // unattributable speech: does the system credit someone? (the ranker only where the rules credit nobody)
        const none = !q || (!q.speaker && !q.speakerName);
        const cands = none ? examples(doc, { ...g, speaker: ['\u0000'] }, q, quotedBefore) : [];
        out.push({ unattributable: true, rulesCredit: !none, cands });
        continue;
      }
      const rulesRight = q ? creditedNames(q, byId).some((n) => nameMatches(n, g.speaker)) : false;
      out.push({ cands: examples(doc, g, q, quotedBefore), rulesRight, rulesNone: !q || (!q.speaker && !q.speakerName) });
      if (q?.speaker) quotedBefore.add(q.speaker);
    }
  }
  return out;
}

const THRESHOLD = Number(process.env.THRESHOLD ?? 0);
const KEYS = ['rule', 'ruleNone', 'same', 'd1', 'd2', 'dFar', 'after', 'cueAfterMention', 'cueBeforeMention', 'opensSentence', 'person', 'quoted', 'prevBlock', 'manyMentions', 'nearest'];
const score = (w, f) => KEYS.reduce((s, k, i) => s + w[i] * f[k], w[KEYS.length]);
function train(data) {
  const w = new Array(KEYS.length + 1).fill(0);
  const rows = data.flatMap((d) => d.cands);
  for (let epoch = 0; epoch < 200; epoch++) {
    for (const r of rows) {
      const p = 1 / (1 + Math.exp(-score(w, r.f)));
      const g = r.y - p;
      KEYS.forEach((k, i) => { w[i] += 0.05 * (g * r.f[k] - 0.001 * w[i]); });
      w[KEYS.length] += 0.05 * g;
    }
  }
  return w;
}
function evaluate(w, all, mode) {
  let right = 0, credited = 0;
  const data = all.filter((d) => !d.unattributable), unattributable = all.filter((d) => d.unattributable);
  for (const d of unattributable) {
    if (d.rulesCredit && mode !== 'ranker') credited++;
    else if (mode !== 'rules' && d.cands.some((c) => score(w, c.f) > THRESHOLD)) credited++;
  }
  const extra = `, unattributable credited ${credited}/${unattributable.length}`;
  for (const d of data) {
    if (mode === 'rules') { right += d.rulesRight ? 1 : 0; continue; }
    if (mode === 'rules+ranker' && !d.rulesNone) { right += d.rulesRight ? 1 : 0; continue; }
    const top = d.cands.map((c) => ({ c, s: score(w, c.f) })).sort((a, b) => b.s - a.s)[0];
    if (top && top.s > THRESHOLD) right += top.c.y;
  }
  return `${(right / data.length * 100).toFixed(1)}% (${right}/${data.length})${extra}`;
}

const trainSet = collect('train'), devSet = collect('dev');
const w = train(trainSet.filter((d) => !d.unattributable));
console.log('weights', Object.fromEntries(KEYS.map((k, i) => [k, +w[i].toFixed(2)])), 'bias', +w[KEYS.length].toFixed(2));
const among = (set) => `${set.filter((d) => !d.unattributable && d.cands.some((c) => c.y)).length}/${set.filter((d) => !d.unattributable).length}`;
console.log(`gold speaker among the candidates: train ${among(trainSet)}, dev ${among(devSet)}`);
for (const mode of ['rules', 'ranker', 'rules+ranker']) console.log(`${mode.padEnd(13)} train ${evaluate(w, trainSet, mode)}   dev ${evaluate(w, devSet, mode)}`);
if (process.argv.includes('--test')) {
  const testSet = collect('test');
  for (const mode of ['rules', 'ranker', 'rules+ranker']) console.log(`${mode.padEnd(13)} test ${evaluate(w, testSet, mode)}`);
}
