#!/usr/bin/env node
// Writes the given-name genders of gender-detection-from-name packed (dist/given-names.json), which
// src/analyse/quotes/given-names.ts reads instead of requiring the package's ~2 MB of Map literals (part of `npm run
// build` and of `prepare`). The file is checked before it is kept: every listed name reads back as the package's
// getGender answers it, in any case, and a name on no list reads "unknown".
// usage: npx tsc -p tsconfig.json && node scripts/build-name-table.mjs
import { createRequire } from 'node:module';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GIVEN_NAME_FILE, NAME_LANGUAGES, nameListFingerprint, nameListFolder, namesLookup, packNames } from '../dist/analyse/quotes/given-names.js';

const t0 = performance.now();
const require = createRequire(import.meta.url);
const folder = nameListFolder();
const { getGender } = require('gender-detection-from-name');
// the package's precedence: a name takes its gender from the first language that lists it
const genders = new Map();
for (const lang of NAME_LANGUAGES) {
  for (const [name, gender] of require(join(folder, 'names', `${lang}.js`))) if (!genders.has(name)) genders.set(name, gender);
}
for (const [name, gender] of genders) {
  if (name.includes('\n') || (gender !== 'male' && gender !== 'female')) throw new Error(`given names: cannot pack ${JSON.stringify([name, gender])}`);
}
const packed = packNames(nameListFingerprint(folder), genders);
const text = JSON.stringify(packed);
const lookup = namesLookup(JSON.parse(text));
for (const name of genders.keys()) {
  for (const asked of [name, name.toUpperCase(), name[0].toUpperCase() + name.slice(1)]) {
    if (lookup(asked) !== getGender(asked)) throw new Error(`given names: "${asked}" reads ${lookup(asked)}, the package says ${getGender(asked)}`);
  }
}
for (const other of ['', 'Zzyzx-not-a-name', 'xqj']) if (lookup(other) !== getGender(other)) throw new Error(`given names: "${other}" differs from the package`);
const path = fileURLToPath(GIVEN_NAME_FILE);
writeFileSync(`${path}.tmp`, text);
renameSync(`${path}.tmp`, path);
console.log(`given names: ${genders.size} names, ${(text.length / 1e6).toFixed(1)} MB → ${path} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
