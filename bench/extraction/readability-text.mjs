#!/usr/bin/env node
// Scores extractPlainText on a second, larger set: the 129 test pages of Mozilla's Readability.js
// (../shared/corpus/readability-test-pages). Each source.html is rendered in Chromium (JavaScript off, every
// network request aborted) and document.body.innerText is taken as the copied page text (select-all + copy);
// expected.html, rendered the same way, is the expected body. That expectation is Readability 0.6.0's own
// output, not a hand-made gold standard: read the figures as agreement with Readability. Baselines and table
// layout as in text.mjs; the pages are split into held-out / fit by split.mjs's hash of the folder name.
// The rendered texts are cached outside the repository (third-party content: never commit them), so only the
// first run starts Chromium. Pages with no copied text are skipped and counted.
// usage (from the project root, after `npm run build`):
//   node bench/extraction/readability-text.mjs [--cache DIR] [--dist DIR] [--pages] [--show ID]
//   --cache DIR  rendered texts (default /tmp/readability-text-cache); delete it to render again
//   --pages      per-page storyline F1/P/R of the FIT half, worst first (the held-out half is never listed)
//   --show ID    one FIT page: scores, extracted text, expected text, and the lines extra / missing
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { half, HALVES, printHalves } from './split.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const dist = resolve(opt('--dist', 'dist'));
const cache = resolve(opt('--cache', '/tmp/readability-text-cache'));
const show = opt('--show', null);
const PAGES = resolve('../shared/corpus/readability-test-pages');
const { extractPlainText } = await import(pathToFileURL(join(dist, 'extract/text/index.js')).href);
const { evaluate, stringShingleMatching, precisionScore, recallScore, tokenize } = await import(pathToFileURL(resolve('../shared/tools/score-extraction.mjs')).href);

const ids = readdirSync(PAGES).filter((d) => existsSync(join(PAGES, d, 'source.html'))).sort();
if (show && !ids.includes(show)) { console.error(`--show: no page ${show} in ${PAGES}`); process.exit(1); }
if (show && half(show) === 'held-out') { console.error(`--show: ${show} is in the held-out half, which is never looked at; pick a fit page (--pages lists them)`); process.exit(1); }

// 1. render (or read from the cache) the copied text and the expected text of every page
const t0 = performance.now();
mkdirSync(cache, { recursive: true });
const read = (id, f) => readFileSync(join(PAGES, id, f), 'utf8');
const key = (id) => createHash('sha1').update(read(id, 'source.html')).update('\0').update(read(id, 'expected.html')).digest('hex');
const cached = (id) => { try { const c = JSON.parse(readFileSync(join(cache, `${id}.json`), 'utf8')); return c.key === key(id) ? c : null; } catch { return null; } };
const todo = ids.filter((id) => !cached(id));
if (todo.length) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  await context.route('**/*', (route) => route.abort()); // the page comes in through setContent: nothing is fetched
  const innerText = async (html) => {
    const page = await context.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
      return await page.evaluate(() => document.body?.innerText ?? '');
    } finally { await page.close(); }
  };
  const queue = [...todo]; // four pages at a time: most of a render is waiting on aborted requests
  await Promise.all([1, 2, 3, 4].map(async () => { for (let id; (id = queue.shift());) {
    const entry = { key: key(id) };
    try {
      entry.copied = await innerText(read(id, 'source.html'));
      const exp = read(id, 'expected.html');
      entry.expected = await innerText(/<body[\s>]/i.test(exp) ? exp : `<html><body>${exp}</body></html>`);
    } catch (e) { entry.error = String(e.message ?? e).split('\n')[0]; }
    writeFileSync(join(cache, `${id}.json`), JSON.stringify(entry));
  } }));
  await browser.close();
}
const renderSec = (performance.now() - t0) / 1000;

// 2. keep the pages with both texts; count the others by reason
const pages = {}, skipped = {};
for (const id of ids) {
  const c = cached(id);
  const why = c.error ? `render failed (${c.error})` : !c.copied?.trim() ? 'copied text empty' : !tokenize(c.expected).length ? 'expected text empty' : null;
  if (why) (skipped[why] ??= []).push(id); else pages[id] = c;
}
const lines = (s) => s.split('\n').map((l) => l.trim()).filter(Boolean);
const inText = (line, tokens) => ` ${tokens} `.includes(` ${tokenize(line).join(' ')} `);
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);

if (show) {
  if (!pages[show]) { console.error(`--show: ${show} was skipped (${Object.keys(skipped).find((k) => skipped[k].includes(show))})`); process.exit(1); }
  const { copied, expected } = pages[show];
  const got = extractPlainText(copied).text;
  const row = stringShingleMatching(expected, got);
  const p = precisionScore(...row), r = recallScore(...row);
  console.log(`${show} (fit): F1 ${f1(p, r).toFixed(3)}  prec ${p.toFixed(3)}  recall ${r.toFixed(3)}  (copied ${tokenize(copied).length} tokens, extracted ${tokenize(got).length}, expected ${tokenize(expected).length})`);
  const gold = tokenize(expected).join(' '), mine = tokenize(got).join(' ');
  console.log('\n===== extracted (storyline) =====\n' + got.trim());
  console.log('\n===== expected (Readability) =====\n' + lines(expected).join('\n'));
  console.log('\n===== extracted lines not in the expected text (extra) =====\n' + lines(got).filter((l) => tokenize(l).length && !inText(l, gold)).join('\n'));
  console.log('\n===== expected lines not extracted (missing) =====\n' + lines(expected).filter((l) => tokenize(l).length && !inText(l, mine)).join('\n'));
  process.exit(0);
}

// 3. score the baselines and storyline per half, held-out first
const preds = { 'whole text': {}, 'lines > 12 words': {}, storyline: {} };
let ms = 0;
for (const [id, { copied }] of Object.entries(pages)) {
  preds['whole text'][id] = copied;
  preds['lines > 12 words'][id] = copied.split('\n').filter((l) => l.trim().split(/\s+/).length > 12).join('\n');
  const t = performance.now();
  preds.storyline[id] = extractPlainText(copied).text;
  ms += performance.now() - t;
}
const scoreHalves = (p) => Object.fromEntries([...HALVES, 'all'].map((h) => {
  const hs = Object.keys(pages).filter((id) => h === 'all' || half(id) === h);
  const { metrics, perPage } = evaluate(Object.fromEntries(hs.map((id) => [id, pages[id].expected])), Object.fromEntries(hs.map((id) => [id, p[id] ?? ''])), { nBootstrap: 0 });
  return [h, { ...metrics, perPage }];
}));
const results = Object.fromEntries(Object.entries(preds).map(([name, p]) => [name, scoreHalves(p)]));
printHalves(results);

const nSkipped = Object.values(skipped).flat().length;
console.log(`\n${Object.keys(pages).length} of ${ids.length} pages scored, storyline ${ms.toFixed(0)} ms; ${todo.length ? `rendered ${todo.length} pages in Chromium` : 'texts from the cache'} (${renderSec.toFixed(1)} s, ${cache})`);
console.log(`skipped ${nSkipped}${nSkipped ? ':' : ''}`);
for (const [why, list] of Object.entries(skipped)) console.log(`  ${list.length} ${why}: ${list.map((id) => `${id} (${half(id)})`).join(', ')}`);

if (args.includes('--pages')) {
  console.log('\nfit pages, storyline, worst F1 first (the held-out half is not listed)');
  console.log(`${'page'.padEnd(48)}${'F1'.padEnd(8)}${'prec'.padEnd(8)}recall`);
  const rows = Object.entries(results.storyline.fit.perPage).map(([id, m]) => ({ id, p: m.precision ?? 0, r: m.recall ?? 0 }));
  for (const { id, p, r } of rows.sort((a, b) => f1(a.p, a.r) - f1(b.p, b.r))) console.log(`${id.padEnd(48)}${f1(p, r).toFixed(3).padEnd(8)}${p.toFixed(3).padEnd(8)}${r.toFixed(3)}`);
}
