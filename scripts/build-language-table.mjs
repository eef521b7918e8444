#!/usr/bin/env node
// Writes eld's "small" n-gram table as JSON (dist/eld-small.json), which src/extract/language-table.ts reads at start-up
// instead of evaluating the package's object literal (part of `npm run build` and of `prepare`), packed (packNgrams). The
// file is checked before it is kept: every n-gram reads back deep-equal to eld's own table, and unknown ones undefined.
// usage: npx tsc -p tsconfig.json && node scripts/build-language-table.mjs
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { eldFingerprint, eldFolder, LANGUAGE_TABLE_FILE, packNgrams, unpackNgrams } from '../dist/extract/language-table.js';

const t0 = performance.now();
const folder = eldFolder();
if (!folder) throw new Error('eld is not installed');
const { ngramsData } = await import(pathToFileURL(join(folder, 'src', 'ngrams', 'small.js')).href);
const { ngrams, ...rest } = ngramsData;
if (Object.keys(ngrams).some((k) => k.includes('\n'))) throw new Error('language table: an n-gram holds a newline, which the packed lists use');
const text = JSON.stringify({ fingerprint: eldFingerprint(folder), ...rest, packed: packNgrams(ngrams) });
const read = JSON.parse(text);
const back = unpackNgrams(read.packed);
const same = Object.keys(ngrams).every((k) => isDeepStrictEqual(back[k], ngrams[k])) && back['\u0001none'] === undefined &&
  isDeepStrictEqual({ ...read, fingerprint: undefined, packed: undefined }, { ...rest, fingerprint: undefined, packed: undefined });
if (!same) throw new Error('language table: the JSON does not read back as eld\'s table');
const path = fileURLToPath(LANGUAGE_TABLE_FILE);
writeFileSync(`${path}.tmp`, text);
renameSync(`${path}.tmp`, path);
console.log(`language table: ${Object.keys(ngramsData.ngrams).length} n-grams, ${(text.length / 1e6).toFixed(1)} MB → ${path} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
