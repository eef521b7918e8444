#!/usr/bin/env node
// CPU ms per article of ONE analysis stage run alone in a loop over the demo texts (warm, best of N passes), so that a
// change to a stage outside the name tagger shows above the noise of a shared machine (the whole pipeline moves ±10%
// between identical runs, and a small stage's change drowns in it). Run it for two checkouts alternately:
//   node scripts/perf/stage-loop.mjs [--root DIR] [--base DIR] [--passes 5] [--wikinews N] [--stages extract,times,quotes,claims,events,quantities,sentences,entities]
// --base DIR loads a second checkout (its dist/ built, e.g. the branch point) into the same process and alternates the
// two pass by pass, best of N each. Beware: the checkout loaded first measured 10–50% faster per stage even with
// identical code (s20), so compare separate processes run alternately (--root BASE, then this checkout) instead.
// - extract: decoding aside, `extract()` of every demo text (plain-text extraction, language detection);
// - an annotator name: the documents are analysed once in full, then that annotator is run again on each, alone
//   (it overwrites its own layer; a stage's memos of short lines stay warm, as in the second pass of a stream).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const arg = (name, def) => { const i = args.indexOf(`--${name}`); return i < 0 ? def : args[i + 1]; };
const root = arg('root', join(dirname(fileURLToPath(import.meta.url)), '../..'));
const base = arg('base', null);
const passes = Number(arg('passes', 5));
const stages = arg('stages', 'extract,sentences,times,entities,quotes,quantities,events,claims').split(',');
const files = [];
const walk = (d) => { for (const n of readdirSync(d).sort()) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(n) && !/^ATTRIBUTION/.test(n)) files.push(p); } };
walk(join(root, 'demo'));
// --wikinews N: the first N Wikinews texts instead of the demo (plain text without a dateline: no reference date)
const wikinews = Number(arg('wikinews', 0));
const texts = wikinews
  ? readFileSync(join(root, '../shared/corpus/wikinews/wikinews_en_2019_2020.jsonl'), 'utf8').trim().split('\n').slice(0, wikinews).map((l) => JSON.parse(l).text)
  : files.map((f) => readFileSync(f, 'utf8'));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const options = { today: '2026-11-26' };

/** One checkout's stage runners: name → a function running that stage once over every demo text. */
async function runners(dir) {
  const dist = (p) => import(join(dir, 'dist', p));
  const { extract } = await dist('extract/index.js');
  const { analyseDocument, defaultAnnotators } = await dist('analyse/index.js');
  const { orderAnnotators } = await dist('analyse/pipeline.js');
  const articles = texts.map((text, i) => ({ id: `a${i}`, source: { fetchedAt: '2026-11-26T00:00:00Z' }, ...extract(text, 'text', {}) }));
  const docs = articles.map((a) => analyseDocument(structuredClone(a), options));
  const ordered = orderAnnotators(defaultAnnotators);
  const out = new Map();
  for (const stage of stages) {
    if (stage === 'extract') { out.set(stage, () => { for (const t of texts) extract(t, 'text', {}); }); continue; }
    const picked = ordered.filter((a) => a.name === stage);
    if (picked.length) out.set(stage, () => { for (const d of docs) for (const a of picked) if (!a.needsLang || d.lang) a.annotate(d); });
  }
  return out;
}

const builds = [[root, await runners(root)], ...(base ? [[base, await runners(base)]] : [])];
const low = builds.map(() => new Map());
for (const stage of stages) {
  for (let p = 0; p < passes; p++) {
    builds.forEach(([, run], b) => {
      const f = run.get(stage);
      if (!f) return;
      const t = cpu(); f(); const ms = (cpu() - t) / texts.length;
      low[b].set(stage, Math.min(low[b].get(stage) ?? Infinity, ms));
    });
  }
}
const fmt = (m) => stages.map((s) => `${s} ${m.has(s) ? m.get(s).toFixed(3) : '?'}`).join(' | ');
for (const [b, [dir]] of builds.entries()) console.log(`${dir}: CPU ms per article, best of ${passes}: ${fmt(low[b])}`);
