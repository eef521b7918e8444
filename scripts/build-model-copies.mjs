#!/usr/bin/env node
// Writes each shipped NER model unpacked (dist/ner-<lang>.bin, with dist/ner-<lang>.bin.source naming the file it was
// made from), which src/analyse/entities/ner/model.ts reads instead of unzipping models/ner-<lang>.bin.gz in every process
// and analysis worker (part of `npm run build` and of `prepare`). Each copy is checked before it is kept: it reads back
// to the same model as the gzip'd file (features, weights, clusters, first pass).
// usage: npx tsc -p tsconfig.json && node scripts/build-model-copies.mjs
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { MODEL_DIR, modelFingerprint, NerModel, unpackedPath, unpackModel } from '../dist/analyse/entities/ner/model.js';

const t0 = performance.now();
const view = (m) => m && { features: m.features ?? [...m.index.keys()], weights: m.weights, clusters: m.clusters && [...m.clusters], meta: m.meta, first: view(m.firstPass) };
let bytes = 0;
const langs = readdirSync(MODEL_DIR).map((f) => /^ner-([a-z]+)\.bin\.gz$/.exec(f)?.[1]).filter(Boolean);
for (const lang of langs) {
  const packed = join(MODEL_DIR, `ner-${lang}.bin.gz`);
  const gz = readFileSync(packed);
  const raw = unpackModel(gz);
  if (!isDeepStrictEqual(view(NerModel.deserialize(raw)), view(NerModel.deserialize(gz)))) throw new Error(`model copies: ner-${lang} does not read back as its file`);
  const out = unpackedPath(lang);
  writeFileSync(`${out}.tmp`, raw);
  renameSync(`${out}.tmp`, out);
  writeFileSync(`${out}.source`, modelFingerprint(packed));
  bytes += raw.length;
}
console.log(`model copies: ${langs.join(', ')} unpacked, ${(bytes / 1e6).toFixed(1)} MB → dist/ (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
