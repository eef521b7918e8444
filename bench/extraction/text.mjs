#!/usr/bin/env node
// Scores extractPlainText on the copied page texts of the article-extraction dev corpus, next to two
// baselines (the whole copied text, and lines of more than twelve words).
// usage (from the project root, after `npm run build`): node bench/extraction/text.mjs [--dist DIR] [--per-page FILE]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const dist = resolve(opt('--dist', 'dist'));
const corpus = resolve('../shared/corpus/article-extraction-dev');
const scorer = resolve('../shared/tools/score-extraction.mjs');
const { extractPlainText } = await import(pathToFileURL(join(dist, 'extract/text/index.js')).href);

const preds = { raw: {}, long12: {}, storyline: {} };
const files = readdirSync(join(corpus, 'text')).filter((f) => f.endsWith('.txt')).sort();
const started = process.hrtime.bigint();
for (const f of files) {
  const id = f.replace(/\.txt$/, '');
  const text = readFileSync(join(corpus, 'text', f), 'utf8');
  preds.raw[id] = text;
  preds.long12[id] = text.split('\n').filter((l) => l.trim().split(/\s+/).length > 12).join('\n');
  preds.storyline[id] = extractPlainText(text).text;
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const dir = mkdtempSync(join(tmpdir(), 'bench-text-'));
for (const [name, p] of Object.entries(preds)) {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(p));
  const extra = name === 'storyline' && opt('--per-page') ? ['--per-page', resolve(opt('--per-page'))] : [];
  const out = execFileSync(process.execPath, [scorer, file, corpus, '--n-bootstrap', '200', ...extra], { encoding: 'utf8' });
  console.log(name === 'raw' ? out.trimEnd() : out.trimEnd().split('\n')[1]);
}
console.log(`${files.length} pages, ${ms.toFixed(0)} ms (including the two baselines)`);
