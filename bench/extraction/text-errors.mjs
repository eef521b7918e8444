#!/usr/bin/env node
// Error analysis of extractPlainText on the FIT half of the copied page texts only (the held-out half is
// refused): pages by F1, worst first, with the extracted lines that are not in the article (junk) and the
// article lines that were left out (missed), so that a change is chosen from kinds of error, not one page.
// usage (from the project root, after `npx tsc -p tsconfig.json`): node bench/extraction/text-errors.mjs [--pages N] [--lines N]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS, half } from './split.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
if (args.includes('--held-out')) { console.error('text-errors.mjs reads the fit half only: the held-out half is never looked at'); process.exit(1); }
const maxPages = Number(opt('--pages', '15')), maxLines = Number(opt('--lines', '8'));
const { extractPlainText } = await import(pathToFileURL(resolve('dist/extract/text/index.js')).href);
const { stringShingleMatching, precisionScore, recallScore, tokenize } = await import(pathToFileURL(resolve('../shared/tools/score-extraction.mjs')).href);

const truth = JSON.parse(readFileSync(join(CORPUS, 'ground-truth.json'), 'utf8'));
const lines = (s) => s.split('\n').map((l) => l.trim()).filter(Boolean);
const inText = (line, tokens) => ` ${tokens} `.includes(` ${tokenize(line).join(' ')} `);
const rows = [];
for (const [id, { articleBody, url }] of Object.entries(truth)) {
  if (half(id) !== 'fit') continue;
  const page = readFileSync(join(CORPUS, 'text', `${id}.txt`), 'utf8');
  const got = extractPlainText(page).text;
  const row = stringShingleMatching(articleBody, got);
  const p = precisionScore(...row), r = recallScore(...row);
  const gold = tokenize(articleBody).join(' '), mine = tokenize(got).join(' ');
  rows.push({ id, url, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0,
    junk: lines(got).filter((l) => tokenize(l).length && !inText(l, gold)),
    missed: lines(articleBody).filter((l) => tokenize(l).length && !inText(l, mine)) });
}
rows.sort((a, b) => a.f1 - b.f1);
for (const r of rows.slice(0, maxPages)) {
  console.log(`\n${r.id}  F1 ${r.f1.toFixed(3)}  P ${r.p.toFixed(3)}  R ${r.r.toFixed(3)}  ${r.url ?? ''}`);
  for (const l of r.junk.slice(0, maxLines)) console.log(`   + junk   ${l.slice(0, 150)}`);
  if (r.junk.length > maxLines) console.log(`   + … ${r.junk.length - maxLines} more junk lines`);
  for (const l of r.missed.slice(0, maxLines)) console.log(`   - missed ${l.slice(0, 150)}`);
  if (r.missed.length > maxLines) console.log(`   - … ${r.missed.length - maxLines} more missed lines`);
}
const mean = (k) => rows.reduce((a, r) => a + r[k], 0) / rows.length;
console.log(`\nfit half: ${rows.length} pages, mean P ${mean('p').toFixed(3)} R ${mean('r').toFixed(3)}`);
