#!/usr/bin/env node
// Writes eld's "small" n-gram table as JSON (dist/eld-small.json), which src/extract/language-table.ts reads at start-up
// instead of evaluating the package's object literal (part of `npm run build` and of `prepare`). The file is checked
// before it is kept: it reads back deep-equal to eld's own table.
// usage: npx tsc -p tsconfig.json && node scripts/build-language-table.mjs
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { eldFingerprint, eldFolder, LANGUAGE_TABLE_FILE } from '../dist/extract/language-table.js';

const t0 = performance.now();
const folder = eldFolder();
if (!folder) throw new Error('eld is not installed');
const { ngramsData } = await import(pathToFileURL(join(folder, 'src', 'ngrams', 'small.js')).href);
const text = JSON.stringify({ fingerprint: eldFingerprint(folder), ngramsData });
if (!isDeepStrictEqual(JSON.parse(text).ngramsData, ngramsData)) throw new Error('language table: the JSON does not read back as eld\'s table');
const path = fileURLToPath(LANGUAGE_TABLE_FILE);
writeFileSync(`${path}.tmp`, text);
renameSync(`${path}.tmp`, path);
console.log(`language table: ${Object.keys(ngramsData.ngrams).length} n-grams, ${(text.length / 1e6).toFixed(1)} MB → ${path} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
