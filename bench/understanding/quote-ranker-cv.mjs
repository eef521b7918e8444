#!/usr/bin/env node
// Experiment (after session 29): can a learned ranker over candidate speakers beat the hand-written quote-speaker rules on
// real news? 5-fold cross-validation grouped by document (fold = SHA-1("fold:" + doc id) first byte mod 5), pooled over
// the NON-test annotated parts only: Wikinews train+dev (quotes-unseen.json) and ECB+ train+dev+dev2+dev3
// (quotes-ecb*.json). Documents are filtered by part BEFORE their text is read for quotations or analysed: nothing of
// the `test` / `test2` parts is loaded, scored or printed.
// Candidates per gold quotation: every entity with a mention outside quotations from three paragraphs before the
// quote to the paragraph after it (nearest mention before and after each read apart), the rules' pick wherever it is,
// the rules' speaker words when they give no entity (a "description" candidate), and the regex baseline's name when
// it matches no other candidate. Model: a conditional-logit (softmax) ranker over each quotation's candidates, L2,
// full-batch Adam from zero weights, 400 steps (deterministic). Thresholds for the combined variants are chosen by an
// inner 4-fold CV inside the training folds only.
//   node bench/understanding/quote-ranker-cv.mjs [--ablation] [--weights] [--disagreements] [--oracle-misses] [--l2 0.01]
// (every printed line is from train/dev/dev2; about 75 s, 3 min with --ablation)
// (dist/ must be built: npx tsc -p tsconfig.json)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseDocument } from '../../dist/analyse/index.js';
import { extractPlainText } from '../../dist/extract/text/index.js';
import { CUE_RE } from '../../dist/lang/en/speech.js';
import { findMarkedQuotes } from '../../dist/analyse/shared/quotation.js';
import { entityGenders } from '../../dist/analyse/quotes/gender.js';
import { creditedNames, nameMatches, scoreSpeakers } from '../../test/quotes/speaker-score.mjs';
import { partOf } from './quotes-corpus.mjs';
import { ecbPartOf } from './quotes-ecb-corpus.mjs';
import { baselineSpeakers } from './quote-baseline.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PARTS = new Set(['train', 'dev', 'dev2', 'dev3']); // never 'test' / 'test2'
const here = (f) => join(root, 'bench/understanding', f);

// ---------------------------------------------------------------- data (non-test parts only, filtered first)
function readGold(files) {
  const out = {};
  for (const f of files) {
    if (!existsSync(here(f))) continue;
    for (const [id, v] of Object.entries(JSON.parse(readFileSync(here(f), 'utf8')))) if (PARTS.has(v.part)) out[id] = v;
  }
  return out;
}
function wikinewsDocs() {
  const corpus = join(root, '../shared/corpus/wikinews/wikinews_en_2019_2020.jsonl');
  if (!existsSync(corpus)) return [];
  const gold = readGold(['quotes-unseen.json']);
  const fixtures = readFileSync(join(root, 'test/fixtures/quotes/ATTRIBUTION.md'), 'utf8');
  return readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
    .filter((r) => PARTS.has(partOf(r.id)) && gold[r.id]) // part first
    .filter((r) => !fixtures.includes(`| ${r.url} |`))
    .filter((r) => findMarkedQuotes(r.text, 0, r.text.length).filter((q) => r.text.slice(q.start, q.end).split(/\s+/).length >= 4).length >= 4)
    .map((r) => ({ corpus: 'Wikinews', id: r.id, text: r.text, part: partOf(r.id), gold: gold[r.id].quotes }));
}
function ecbDocs() {
  const corpus = join(root, '../shared/corpus/ecbplus-dev/docs.jsonl');
  if (!existsSync(corpus)) return [];
  const gold = readGold(['quotes-ecb.json', 'quotes-ecb2.json', 'quotes-ecb3.json', 'quotes-ecb4.json']);
  return readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
    .filter((r) => PARTS.has(ecbPartOf(r.id)) && gold[r.id]) // part first
    .filter((r) => {
      const t = extractPlainText(r.text).text;
      return findMarkedQuotes(t, 0, t.length).filter((q) => t.slice(q.start, q.end).split(/\s+/).length >= 4).length >= 3;
    })
    .map((r) => ({ corpus: 'ECB+', id: r.id, text: r.text, part: ecbPartOf(r.id), gold: gold[r.id].quotes }));
}

// ---------------------------------------------------------------- candidates and features
const sentIndex = (sents, pos) => { let lo = 0, hi = sents.length - 1; while (lo < hi) { const m = (lo + hi + 1) >> 1; if (sents[m].start <= pos) lo = m; else hi = m - 1; } return lo; };
const CUE = new RegExp(CUE_RE.source, 'i');
const cueIn = (s) => CUE.test(s);
const PRON = '(he|she|they|it|we|i)';
const PRON_AFTER = new RegExp(`^[\\s,_"”’'—–-]*(?:${PRON}\\s+(?:\\w+\\s+)?(?:${CUE_RE.source})|(?:${CUE_RE.source})\\s+${PRON}\\b)`, 'i');
const PRON_BEFORE = new RegExp(`\\b${PRON}\\s+(?:\\w+\\s+){0,2}(?:${CUE_RE.source})[^.!?]{0,40}$`, 'i');
const PREP_BEFORE = /\b(?:of|for|to|with|from|at|in|on|by|against|about|told|asked|thanked|praised|criticised|criticized|and)\s+(?:the\s+)?$/i;
const ROLE_BEFORE = /\b(?:spokes(?:wo)?man|spokesperson|president|minister|secretary|director|chief|officer|chairman|chairwoman|leader|senator|governor|mayor|coach|attorney|lawyer|professor|analyst|expert|official|manager|ceo|executive|founder|head|commissioner|judge|sheriff|captain|inspector|superintendent|representative|rep\.|sen\.|gov\.|dr\.|mr\.|mrs\.|ms\.)\s*$/i;
const OPENER = /^[^,]{0,120},\s*/;
const words = (s) => s.trim().split(/\s+/).filter(Boolean);

function docExamples(a) {
  const x = extractPlainText(a.text);
  const doc = analyseDocument({ id: a.id, source: { fetchedAt: new Date(0).toISOString() }, ...x }, { today: '2021-01-01' });
  const { text, sentences } = doc;
  const blocks = doc.article.blocks;
  const markedAll = blocks.flatMap((b) => findMarkedQuotes(text, b.start, b.end));
  let masked = text;
  for (const m of markedAll) masked = masked.slice(0, m.open + 1) + '_'.repeat(Math.max(0, m.close - m.open - 1)) + masked.slice(m.close);
  const inQuote = (pos) => masked[pos] === '_';
  const genders = entityGenders(text, masked, doc.entities, sentences);
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const sysMarked = doc.quotes.filter((q) => q.kind !== 'indirect').sort((p, q) => p.start - q.start);
  const base = baselineSpeakers(x.text);
  const sc = scoreSpeakers(a.gold, doc.quotes, doc.entities); // the bench's own figure, to check ours against
  // entity mentions, by sentence
  const mentions = [];
  for (const e of doc.entities) for (const m of e.mentions) {
    const si = sentIndex(sentences, m.start);
    mentions.push({ e, m, si, bi: sentences[si].block, quoted: inQuote(m.start) });
  }
  const out = [];
  let checkRight = 0, checkWith = 0;
  for (const g of a.gold) {
    if (g.speech === false) continue;
    const q = sysMarked.find((y) => y.start === g.start) ?? sysMarked.find((y) => y.text.startsWith(g.text));
    const mk = markedAll.find((m) => m.start <= g.start && g.start < m.end) ?? { open: g.start - 1, close: g.start + g.text.length, start: g.start, end: g.start + g.text.length };
    const qOpen = q ? Math.min(mk.open, q.start - 1) : mk.open, qClose = q ? Math.max(mk.close, q.end) : mk.close;
    const qs = sentIndex(sentences, Math.max(0, qOpen)), qe = sentIndex(sentences, Math.max(0, qClose - 1));
    const qb = sentences[qs].block, qbe = sentences[qe].block;
    const rulesNames = q ? creditedNames(q, byId) : [];
    const rulesRight = g.speaker ? rulesNames.some((n) => nameMatches(n, g.speaker)) : false;
    if (g.speaker) { checkWith++; if (rulesRight) checkRight++; }
    // quote-level evidence
    const prevQ = q ? [...sysMarked].reverse().find((y) => y.start < q.start && (y.speaker || y.speakerName)) : null;
    const nextQ = q ? sysMarked.find((y) => y.start > q.start && (y.speaker || y.speakerName)) : null;
    const quotedBefore = new Set(q ? sysMarked.filter((y) => y.start < q.start && y.speaker).map((y) => y.speaker) : []);
    const afterText = masked.slice(qClose + 1, Math.min(sentences[qe].end, qClose + 45));
    const beforeText = masked.slice(sentences[qs].start, Math.max(sentences[qs].start, qOpen));
    const pm = PRON_AFTER.exec(afterText) ?? PRON_BEFORE.exec(beforeText);
    const pron = pm ? (pm.slice(1).find(Boolean) ?? '').toLowerCase() : null;
    const ruleNone = !q || (!q.speaker && !q.speakerName);
    const ruleDesc = !!q && !q.speaker && !!q.speakerName;
    const baseName = g.speaker !== undefined ? base(g.start) : null;
    const baseUsable = baseName && !/^(?:he|she|they|it|we)$/i.test(baseName);
    const isPrev = (names) => prevQ && creditedNames(prevQ, byId).some((n) => names.some((c) => nameMatches(n, [c]) || nameMatches(c, [n])));
    const isNext = (names) => nextQ && creditedNames(nextQ, byId).some((n) => names.some((c) => nameMatches(n, [c]) || nameMatches(c, [n])));

    const cands = [];
    const sideFeats = (f, pre, mm) => {
      if (!mm) return;
      const { m, si, bi } = mm;
      const sent = sentences[si];
      const d = pre === 'b' ? Math.max(0, qs - si) : Math.max(0, si - qe);
      const bd = pre === 'b' ? Math.max(0, qb - bi) : Math.max(0, bi - qbe);
      f[`${pre}Has`] = 1;
      f[`${pre}Same`] = d === 0 ? 1 : 0; f[`${pre}D1`] = d === 1 ? 1 : 0; f[`${pre}D2`] = d === 2 ? 1 : 0; f[`${pre}D3`] = d >= 3 ? 1 : 0;
      f[`${pre}Blk0`] = bd === 0 ? 1 : 0; f[`${pre}Blk1`] = bd === 1 ? 1 : 0; f[`${pre}Blk2`] = bd >= 2 ? 1 : 0;
      const gap = pre === 'b' ? Math.max(0, qOpen - m.end) : Math.max(0, m.start - qClose);
      f[`${pre}LogGap`] = Math.log1p(gap) / 8;
      f[`${pre}Adj`] = gap <= 40 && d === 0 ? 1 : 0;
      const afterM = masked.slice(m.end, Math.min(sent.end, m.end + 45));
      const beforeM = masked.slice(Math.max(sent.start, m.start - 35), m.start);
      f[`${pre}CueAfterM`] = cueIn(afterM) ? 1 : 0;
      f[`${pre}CueRightAfterM`] = new RegExp(`^\\s*(?:\\w+ly\\s+|has\\s+|had\\s+)?(?:${CUE_RE.source})`, 'i').test(afterM) ? 1 : 0;
      f[`${pre}CueBeforeM`] = cueIn(beforeM) ? 1 : 0;
      f[`${pre}CueRightBeforeM`] = new RegExp(`(?:${CUE_RE.source})\\s+(?:[\\p{Ll}\\d-]+\\s+){0,4}$`, 'iu').test(beforeM) ? 1 : 0;
      f[`${pre}SentCue`] = cueIn(masked.slice(sent.start, sent.end)) ? 1 : 0;
      const lead = masked.slice(sent.start, m.start).replace(/^[\s"“”_‘’']+/, '');
      const leadNoOpen = lead.replace(OPENER, '');
      f[`${pre}Subj`] = !lead.trim() || !leadNoOpen.trim() ? 1 : 0;
      f[`${pre}SubjRole`] = !f[`${pre}Subj`] && words(leadNoOpen).length <= 4 && !/[,;:]/.test(leadNoOpen) && !PREP_BEFORE.test(leadNoOpen) && !/_/.test(leadNoOpen) ? 1 : 0;
      f[`${pre}SubjPrevSent`] = (f[`${pre}Subj`] || f[`${pre}SubjRole`]) && pre === 'b' && si === qs - 1 ? 1 : 0;
      f[`${pre}SubjNextSent`] = (f[`${pre}Subj`] || f[`${pre}SubjRole`]) && pre === 'a' && si === qe + 1 ? 1 : 0;
      f[`${pre}PrepObj`] = PREP_BEFORE.test(masked.slice(Math.max(sent.start, m.start - 20), m.start)) ? 1 : 0;
      f[`${pre}RoleBefore`] = ROLE_BEFORE.test(masked.slice(Math.max(sent.start, m.start - 25), m.start)) ? 1 : 0;
      f[`${pre}Appos`] = /^,\s*(?:\d+|a|an|the|who|[\p{Ll}])[^,.;]{0,80},/u.test(masked.slice(m.end, m.end + 90)) ? 1 : 0;
      f[`${pre}InAppos`] = /,\s*(?:a|an|the)?\s*[\p{Ll}\s-]{0,40}(?:of|for|at|with)\s+(?:the\s+)?$/u.test(masked.slice(Math.max(sent.start, m.start - 60), m.start)) ? 1 : 0;
      f[`${pre}Poss`] = /^['’]s?\b/.test(text.slice(m.end, m.end + 2)) ? 1 : 0;
    };
    const addEntity = (e, forced) => {
      const ms = mentions.filter((x) => x.e === e && !x.quoted);
      const before = ms.filter((x) => x.m.start < qOpen && qb - x.bi <= 3 && x.bi <= qbe).sort((p, r) => r.m.start - p.m.start)[0];
      const after = ms.filter((x) => x.m.start > qClose && x.bi - qbe <= 1 && x.si - qe <= 2).sort((p, r) => p.m.start - r.m.start)[0];
      if (!before && !after && !forced) return;
      const names = [e.name, ...(e.aliases ?? [])];
      const f = { ent: 1, person: e.type === 'person' ? 1 : 0, org: e.type === 'organization' ? 1 : 0, place: e.type === 'place' ? 1 : 0, other: e.type === 'other' ? 1 : 0, generic: e.generic ? 1 : 0 };
      sideFeats(f, 'b', before); sideFeats(f, 'a', after);
      f.far = !before && !after ? 1 : 0;
      f.mentionsLog = Math.log1p(e.mentions.length) / 3;
      f.inQuote = mentions.some((x) => x.e === e && x.quoted && x.m.start > qOpen && x.m.start < qClose) ? 1 : 0;
      f.rule = q?.speaker === e.id ? 1 : 0;
      f.ruleDescMatch = ruleDesc && names.some((n) => nameMatches(q.speakerName, [n])) ? 1 : 0;
      f.prevSpk = isPrev(names) ? 1 : 0; f.nextSpk = isNext(names) ? 1 : 0;
      f.quotedBefore = quotedBefore.has(e.id) ? 1 : 0;
      f.baseline = baseUsable && (names.some((n) => nameMatches(baseName, [n]))) ? 1 : 0;
      const gd = genders.get(e.id) ?? null;
      f.pronAgree = (pron === 'he' && gd === 'male') || (pron === 'she' && gd === 'female') ? 1 : 0;
      f.pronClash = (pron === 'he' && gd === 'female') || (pron === 'she' && gd === 'male') || ((pron === 'he' || pron === 'she') && e.type === 'organization') ? 1 : 0;
      f.pronItOrg = (pron === 'it' || pron === 'they' || pron === 'we') && e.type === 'organization' ? 1 : 0;
      f.pronHeShePerson = (pron === 'he' || pron === 'she') && e.type === 'person' ? 1 : 0;
      cands.push({ kind: 'entity', id: e.id, names, f, y: g.speaker ? (names.some((n) => nameMatches(n, g.speaker)) ? 1 : 0) : 0, pos: (before ?? after)?.m.start ?? 0 });
    };
    for (const e of doc.entities) addEntity(e, q?.speaker === e.id);
    if (ruleDesc) {
      const f = { desc: 1, rule: 1, descPronoun: /^(?:he|she|they|it|we|i)$/i.test(q.speakerName.trim()) ? 1 : 0, descLower: /^\p{Ll}/u.test(q.speakerName.replace(/^(?:the|a|an)\s+/i, '')) ? 1 : 0,
        baseline: baseUsable && nameMatches(baseName, [q.speakerName]) ? 1 : 0, prevSpk: isPrev([q.speakerName]) ? 1 : 0, nextSpk: isNext([q.speakerName]) ? 1 : 0 };
      cands.push({ kind: 'desc', names: [q.speakerName], f, y: g.speaker ? (nameMatches(q.speakerName, g.speaker) ? 1 : 0) : 0 });
    }
    if (baseUsable && !cands.some((c) => c.names.some((n) => nameMatches(baseName, [n]) || nameMatches(n, [baseName])))) {
      const f = { baseOnly: 1, baseline: 1, prevSpk: isPrev([baseName]) ? 1 : 0, nextSpk: isNext([baseName]) ? 1 : 0 };
      cands.push({ kind: 'base', names: [baseName], f, y: g.speaker ? (nameMatches(baseName, g.speaker) ? 1 : 0) : 0 });
    }
    // recency ranks
    const bs = cands.filter((c) => c.f.bHas).sort((p, r) => (r.f.bLogGap < p.f.bLogGap ? 1 : -1));
    bs.forEach((c, i) => { c.f.nearestBefore = i === 0 ? 1 : 0; c.f.secondBefore = i === 1 ? 1 : 0; });
    const as = cands.filter((c) => c.f.aHas).sort((p, r) => (r.f.aLogGap < p.f.aLogGap ? 1 : -1));
    as.forEach((c, i) => { c.f.nearestAfter = i === 0 ? 1 : 0; });
    // quote-level conjunctions (a softmax ignores quote-constant features, so they enter only through interactions)
    for (const c of cands) {
      for (const k of ['bSame', 'bD1', 'aSame', 'bSubj', 'bCueRightAfterM', 'aCueRightBeforeM', 'nearestBefore', 'prevSpk', 'person', 'baseline', 'bAdj', 'aAdj']) {
        if (c.f[k]) { if (ruleNone) c.f[`none_${k}`] = c.f[k]; if (ruleDesc) c.f[`rdesc_${k}`] = c.f[k]; if (!pm && !c.f.rule && q?.speaker) c.f[`rent_${k}`] = c.f[k]; }
      }
      if (q && !q.speaker && !q.speakerName && c.f.prevSpk) c.f.none_prev = 1;
    }
    out.push({
      doc: a.id, corpus: a.corpus, part: a.part, gold: g.speaker, found: !!q, ruleNone, ruleDesc, ruleEntity: !!q?.speaker,
      rulesRight, rulesCredit: !!q && !!(q.speaker || q.speakerName), cands,
    });
  }
  if (checkWith !== sc.withSpeaker || checkRight !== sc.right) throw new Error(`scoring mismatch in ${a.id}: ${checkRight}/${checkWith} vs ${sc.right}/${sc.withSpeaker}`);
  return out;
}

// ---------------------------------------------------------------- the ranker: conditional logit, L2, gradient descent
function featureKeys(rows) {
  const ks = new Set();
  for (const r of rows) for (const c of r.cands) for (const k of Object.keys(c.f)) ks.add(k);
  return [...ks].sort();
}
function vectorise(rows, keys) {
  const ix = new Map(keys.map((k, i) => [k, i]));
  for (const r of rows) for (const c of r.cands) {
    c.v = new Float64Array(keys.length);
    for (const [k, v] of Object.entries(c.f)) if (ix.has(k)) c.v[ix.get(k)] = v;
  }
}
function train(rows, nf, { l2 = 0.01, iters = 400, lr = 0.5, drop = null } = {}) {
  const data = rows.filter((r) => (r.gold || r.cands.some((c) => c.kind === 'null')) && r.cands.some((c) => c.y) && r.cands.length > 1);
  const w = new Float64Array(nf), m = new Float64Array(nf), s = new Float64Array(nf);
  const b1 = 0.9, b2 = 0.999;
  for (let t = 1; t <= iters; t++) {
    const grad = new Float64Array(nf);
    for (const r of data) {
      const z = r.cands.map((c) => dot(w, c.v, drop));
      const mx = Math.max(...z); const ex = z.map((v) => Math.exp(v - mx)); const sum = ex.reduce((p, v) => p + v, 0);
      const ny = r.cands.reduce((p, c) => p + c.y, 0);
      r.cands.forEach((c, i) => { const coef = ex[i] / sum - c.y / ny; for (let k = 0; k < nf; k++) if (c.v[k]) grad[k] += coef * c.v[k]; });
    }
    for (let k = 0; k < nf; k++) {
      const gk = grad[k] / data.length + l2 * w[k];
      m[k] = b1 * m[k] + (1 - b1) * gk; s[k] = b2 * s[k] + (1 - b2) * gk * gk;
      w[k] -= (lr * 0.1) * (m[k] / (1 - b1 ** t)) / (Math.sqrt(s[k] / (1 - b2 ** t)) + 1e-8);
    }
    if (drop) for (const k of drop) w[k] = 0;
  }
  return w;
}
function dot(w, v, drop) { let z = 0; for (let k = 0; k < v.length; k++) if (v[k]) z += w[k] * v[k]; return z; }
/** The ranker's view of one quotation: its top candidate, that candidate's probability, and the margin over the rules' pick. */
function rank(w, r) {
  if (!r.cands.length) return { top: null, p: 0, margin: 0 };
  const z = r.cands.map((c) => dot(w, c.v));
  const mx = Math.max(...z); const ex = z.map((v) => Math.exp(v - mx)); const sum = ex.reduce((p, v) => p + v, 0);
  let ti = 0; z.forEach((v, i) => { if (v > z[ti]) ti = i; });
  if (r.cands[ti].kind === 'null') return { top: null, p: 0, margin: 0, isRule: false }; // the ranker abstains
  const ri = r.cands.findIndex((c) => c.f.rule);
  return { top: r.cands[ti], p: ex[ti] / sum, margin: ex[ti] / sum - (ri >= 0 ? ex[ri] / sum : 0), isRule: ri === ti };
}

// the variants: each says, for one quotation, whether the credited speaker is right and whether it credits anyone
const VARIANTS = {
  rules: (r) => ({ right: r.rulesRight, credit: r.rulesCredit }),
  ranker: (r, k) => ({ right: r.found && !!k.top?.y, credit: r.found && !!k.top }),
  'rules, ranker where no entity (p>=t)': (r, k, t) => (r.ruleEntity || !r.found || !k.top || k.p < t.noEntity ? VARIANTS.rules(r) : { right: !!k.top.y, credit: true }),
  'rules, ranker where no credit (p>=t)': (r, k, t) => (r.rulesCredit || !r.found || !k.top || k.p < t.noCredit ? VARIANTS.rules(r) : { right: !!k.top.y, credit: true }),
  'rules, ranker overrides on margin>=t': (r, k, t) => (!r.found || !k.top || k.isRule || k.margin < t.margin ? VARIANTS.rules(r) : { right: !!k.top.y, credit: true }),
  // the same with thresholds chosen to also leave unattributable quotations uncredited (objective over all quotations)
  'no entity, abstain-aware t': (r, k, t) => VARIANTS['rules, ranker where no entity (p>=t)'](r, k, { noEntity: t.noEntityA }),
  'no credit, abstain-aware t': (r, k, t) => VARIANTS['rules, ranker where no credit (p>=t)'](r, k, { noCredit: t.noCreditA }),
  'margin, abstain-aware t': (r, k, t) => VARIANTS['rules, ranker overrides on margin>=t'](r, k, { margin: t.marginA }),
};
/** Right on an attributable quotation, or no speaker given to an unattributable one. */
const okAll = (r, v) => (r.gold ? v.right : !v.credit);
const GRID = [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01];
/** Thresholds chosen on out-of-fold scores of the training rows (ties: the higher, more conservative threshold). */
function chooseThresholds(scored) {
  const pick = (name, key, all = false) => {
    let best = { t: 1.01, acc: -1 };
    for (const t of GRID) {
      const acc = all ? scored.reduce((n, { r, k }) => n + (okAll(r, VARIANTS[name](r, k, { [key]: t })) ? 1 : 0), 0)
        : scored.filter(({ r }) => r.gold).reduce((n, { r, k }) => n + (VARIANTS[name](r, k, { [key]: t }).right ? 1 : 0), 0);
      if (acc >= best.acc) best = { t, acc };
    }
    return best.t;
  };
  return { noEntity: pick('rules, ranker where no entity (p>=t)', 'noEntity'), noCredit: pick('rules, ranker where no credit (p>=t)', 'noCredit'), margin: pick('rules, ranker overrides on margin>=t', 'margin'),
    noEntityA: pick('rules, ranker where no entity (p>=t)', 'noEntity', true), noCreditA: pick('rules, ranker where no credit (p>=t)', 'noCredit', true), marginA: pick('rules, ranker overrides on margin>=t', 'margin', true) };
}
const foldOf = (id, n) => createHash('sha1').update(`fold:${id}`).digest()[0] % n;
function crossValidate(rows, nf, opts = {}) {
  const preds = [];
  const chosen = [];
  for (let f = 0; f < 5; f++) {
    const tr = rows.filter((r) => foldOf(r.doc, 5) !== f), te = rows.filter((r) => foldOf(r.doc, 5) === f);
    let t = { noEntity: 1.01, noCredit: 1.01, margin: 1.01, noEntityA: 1.01, noCreditA: 1.01, marginA: 1.01 };
    if (!opts.noInner) {
      const inner = [];
      for (let g = 0; g < 4; g++) {
        const itr = tr.filter((r) => foldOf(`${r.doc}#${f}`, 4) !== g), ite = tr.filter((r) => foldOf(`${r.doc}#${f}`, 4) === g);
        const w = train(itr, nf, opts);
        for (const r of ite) inner.push({ r, k: rank(w, r) });
      }
      t = chooseThresholds(inner);
    }
    chosen.push(t);
    const w = train(tr, nf, opts);
    for (const r of te) preds.push({ r, k: rank(w, r), t });
  }
  return { preds, chosen };
}

// ---------------------------------------------------------------- run
const t0 = performance.now();
const docs = [...wikinewsDocs(), ...ecbDocs()];
if (!docs.length) { console.log('../shared corpus not found, skipped'); process.exit(0); }
if (docs.some((d) => !PARTS.has(d.part))) throw new Error('a test document slipped through');
const rows = docs.flatMap(docExamples);
const keys = featureKeys(rows);
vectorise(rows, keys);
const pct = (a, b) => `${(a / Math.max(1, b) * 100).toFixed(1)}% (${a}/${b})`;
const withSp = rows.filter((r) => r.gold);
console.log(`non-test parts only: ${docs.length} documents (${docs.filter((d) => d.corpus === 'Wikinews').length} Wikinews train+dev, ${docs.filter((d) => d.corpus === 'ECB+').length} ECB+ train+dev+dev2+dev3), ` +
  `${withSp.length} quotations with an annotated speaker, ${rows.length - withSp.length} unattributable; ${keys.length} features; analysed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
for (const c of ['Wikinews', 'ECB+']) {
  const rs = withSp.filter((r) => r.corpus === c);
  console.log(`oracle ${c.padEnd(8)}: gold speaker among the candidates ${pct(rs.filter((r) => r.cands.some((x) => x.y)).length, rs.length)}; ` +
    `among found quotes ${pct(rs.filter((r) => r.found && r.cands.some((x) => x.y)).length, rs.filter((r) => r.found).length)}; found by the system ${pct(rs.filter((r) => r.found).length, rs.length)}; ` +
    `mean candidates ${(rs.reduce((n, r) => n + r.cands.length, 0) / rs.length).toFixed(1)}`);
}
console.log(`oracle all     : ${pct(withSp.filter((r) => r.cands.some((x) => x.y)).length, withSp.length)} (found and among the candidates: ${pct(withSp.filter((r) => r.found && r.cands.some((x) => x.y)).length, withSp.length)}); ` +
  `rules right or gold among candidates: ${pct(withSp.filter((r) => r.rulesRight || (r.found && r.cands.some((x) => x.y))).length, withSp.length)}`);

if (process.argv.includes('--oracle-misses')) {
  for (const r of withSp.filter((x) => !x.cands.some((c) => c.y))) console.log(`  oracle miss ${r.corpus} ${r.part} ${r.doc.slice(0, 40)}: want ${r.gold[0]}; candidates ${r.cands.map((c) => c.names[0]).join(' | ')}`);
}
function report(preds, label) {
  console.log(`\n${label}`);
  console.log(`${'variant (speaker accuracy)'.padEnd(40)} ${'Wikinews'.padEnd(20)} ${'ECB+'.padEnd(20)} ${'all'.padEnd(20)} ${'unattrib. credited'.padEnd(19)} all quotes right or rightly uncredited`);
  const out = {};
  for (const name of Object.keys(VARIANTS)) {
    const cells = ['Wikinews', 'ECB+', null].map((c) => {
      const ps = preds.filter(({ r }) => r.gold && (!c || r.corpus === c));
      return pct(ps.filter(({ r, k, t }) => VARIANTS[name](r, k, t).right).length, ps.length);
    });
    const un = preds.filter(({ r }) => !r.gold);
    out[name] = cells[2];
    console.log(`${name.padEnd(40)} ${cells[0].padEnd(20)} ${cells[1].padEnd(20)} ${cells[2].padEnd(20)} ${`${un.filter(({ r, k, t }) => VARIANTS[name](r, k, t).credit).length}/${un.length}`.padEnd(19)} ${pct(preds.filter(({ r, k, t }) => okAll(r, VARIANTS[name](r, k, t))).length, preds.length)}`);
  }
  return out;
}
const L2 = process.argv.includes('--l2') ? Number(process.argv[process.argv.indexOf('--l2') + 1]) : 0.01;
const { preds, chosen } = crossValidate(rows, keys.length, { l2: L2 });
report(preds, '5-fold CV grouped by document (pooled out-of-fold predictions)');
console.log(`thresholds chosen inside the training folds (per fold): ${chosen.map((t) => `[${t.noEntity}/${t.noCredit}/${t.margin}; abstain-aware ${t.noEntityA}/${t.noCreditA}/${t.marginA}]`).join(' ')}`);
// where rules and ranker disagree
const dis = preds.filter(({ r, k }) => r.gold && r.found && k.top && !k.isRule);
console.log(`rules and ranker disagree on ${dis.length} quotations: rules right ${dis.filter(({ r }) => r.rulesRight).length}, ranker right ${dis.filter(({ k }) => k.top.y).length}, both wrong ${dis.filter(({ r, k }) => !r.rulesRight && !k.top.y).length}`);
if (process.argv.includes('--disagreements')) for (const { r, k } of dis) console.log(`  ${r.corpus} ${r.part} ${r.doc.slice(0, 32)}: want ${r.gold[0]}; rules ${r.rulesRight ? 'right' : 'wrong'} (${r.cands.find((c) => c.f.rule)?.names[0] ?? '-'}); ranker ${k.top.names[0]} p=${k.p.toFixed(2)} ${k.top.y ? 'right' : 'wrong'}`);
for (const c of ['Wikinews', 'ECB+']) for (const p of ['train', 'dev', 'dev2', 'dev3']) {
  const ps = preds.filter(({ r }) => r.gold && r.corpus === c && r.part === p);
  if (ps.length) console.log(`  ${c} ${p}: rules ${pct(ps.filter(({ r }) => r.rulesRight).length, ps.length)}, ranker ${pct(ps.filter(({ r, k }) => r.found && k.top?.y).length, ps.length)}, margin variant ${pct(ps.filter(({ r, k, t }) => VARIANTS['rules, ranker overrides on margin>=t'](r, k, t).right).length, ps.length)}`);
}

// A second ranker that may abstain: each quotation gets a "nobody" candidate (right for an unattributable quotation),
// with features of the quotation only (the rules credit nobody / a description / an entity, a pronoun cue, candidates).
const withNull = rows.map((r) => {
  const n = r.cands.length;
  const f = { nobody: 1, nobody_ruleNone: r.ruleNone ? 1 : 0, nobody_ruleDesc: r.ruleDesc ? 1 : 0, nobody_noCands: n === 0 ? 1 : 0,
    nobody_fewCands: Math.log1p(n) / 3, nobody_noPerson: r.cands.some((c) => c.f.person) ? 0 : 1, nobody_noCueNear: r.cands.some((c) => c.f.bAdj || c.f.aAdj) ? 0 : 1 };
  return { ...r, cands: [...r.cands, { kind: 'null', names: ['(nobody)'], f, y: r.gold ? 0 : 1 }] };
});
const keysN = featureKeys(withNull);
vectorise(withNull, keysN);
const { preds: predsN, chosen: chosenN } = crossValidate(withNull, keysN.length, { l2: L2 });
report(predsN, 'the same with a "nobody" candidate the ranker may pick (it then credits no one and the combined variants keep the rules)');
console.log(`thresholds (per fold): ${chosenN.map((t) => `[${t.noEntity}/${t.noCredit}/${t.margin}; abstain-aware ${t.noEntityA}/${t.noCreditA}/${t.marginA}]`).join(' ')}`);
console.log(`rules credit nobody on ${withSp.filter((r) => !r.rulesCredit).length} attributable quotations (gold among candidates for ${withSp.filter((r) => !r.rulesCredit && r.cands.some((c) => c.y)).length}) and on ${rows.filter((r) => !r.gold && !r.rulesCredit).length} of ${rows.filter((r) => !r.gold).length} unattributable ones; they give only words (no entity) on ${withSp.filter((r) => r.ruleDesc).length} attributable (${withSp.filter((r) => r.ruleDesc && r.rulesRight).length} right)`);

// the ranker without the rules' own pick among its features (how much it learns on its own)
const GROUPS = {
  'rules pick (rule, ruleDescMatch, desc candidates, rdesc_/rent_ conjunctions)': (k) => k === 'rule' || k === 'ruleDescMatch' || k.startsWith('rdesc_') || k.startsWith('rent_') || k === 'desc' || k === 'descPronoun' || k === 'descLower',
  'previous/next quote speaker': (k) => /prevSpk|nextSpk|quotedBefore|none_prev/.test(k),
  'sentence/paragraph distance, recency': (k) => /(?:Same|D1|D2|D3|Blk\d|LogGap|nearest|second|far)$/.test(k) || /^none_(?:bSame|bD1|aSame|nearestBefore)/.test(k),
  'cue verb next to the mention': (k) => /Cue/.test(k),
  'subject of its sentence / of the sentence before/after': (k) => /Subj/.test(k),
  'adjacent to the quotation': (k) => /Adj$/.test(k),
  'apposition, role before, preposition object, possessive': (k) => /Appos|RoleBefore|PrepObj|Poss/.test(k),
  'entity type': (k) => /^(?:person|org|place|other|generic|ent)$/.test(k) || k.endsWith('_person'),
  'pronoun gender agreement': (k) => /^pron/.test(k),
  'regex baseline name': (k) => /baseline|baseOnly/.test(k),
  'mention count, mentioned inside the quote': (k) => k === 'mentionsLog' || k === 'inQuote',
};
if (process.argv.includes('--ablation')) {
  console.log('\nablation (ranker alone, 5-fold CV, all corpora; features of the group zeroed):');
  const acc = (ps) => ps.filter(({ r, k }) => r.gold && r.found && k.top?.y).length;
  const full = acc(preds);
  for (const [g, test] of Object.entries(GROUPS)) {
    const drop = keys.map((k, i) => (test(k) ? i : -1)).filter((i) => i >= 0);
    const saved = rows.map((r) => r.cands.map((c) => { const v = c.v; c.v = Float64Array.from(v, (x, i) => (drop.includes(i) ? 0 : x)); return v; }));
    const { preds: p2 } = crossValidate(rows, keys.length, { noInner: true, l2: L2 });
    const a = acc(p2), m = p2.filter(({ r, k, t }) => r.gold && VARIANTS['rules'](r, k, t).right).length;
    console.log(`  without ${g.padEnd(80)} ${pct(a, withSp.length)}  (${a - full >= 0 ? '+' : ''}${a - full})`);
    rows.forEach((r, i) => r.cands.forEach((c, j) => { c.v = saved[i][j]; }));
  }
}
if (process.argv.includes('--weights')) {
  const w = train(rows, keys.length, { l2: L2 });
  console.log('\nweights trained on all non-test rows (largest magnitude first):');
  console.log(keys.map((k, i) => [k, w[i]]).sort((p, q) => Math.abs(q[1]) - Math.abs(p[1])).slice(0, 40).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', '));
}
console.log(`\n${((performance.now() - t0) / 1000).toFixed(1)} s`);
