#!/usr/bin/env node
// The tagger's far-token shortcut (ner/scorer.ts farTokens: tokens FAR or more tokens from every capital, digit and
// rule hint take label O unscored), checked on the DEV parts of the ner-train corpora and of MEANTIME: the labels of
// both passes with the shortcut against the labels with every token scored, token by token, and how many tokens it
// skipped; then, for the labels the full search gives to tokens without a capital or digit, their distances to the
// nearest anchor (how much room the shortcut has).
//   node scripts/ner/far-tokens.mjs [--part dev]
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const part = process.argv.includes('--part') ? process.argv[process.argv.indexOf('--part') + 1] : 'dev';
if (part === 'test') { console.error('far-tokens: the shortcut is measured on dev, never on test'); process.exit(1); }
const { nerModel } = await import(join(root, 'dist/analyse/entities/ner/model.js'));
const { FAR } = await import(join(root, 'dist/analyse/entities/ner/far-tokens.js'));
const { ruleHints } = await import(join(root, 'dist/analyse/entities/rules.js'));
const { loadNerCorpora, NER_TRAIN, prepareDoc } = await import('./corpora.mjs');
const { loadMeantime, meantimeSplit, MEANTIME } = await import('../../bench/understanding/meantime.mjs');

const docs = existsSync(NER_TRAIN) ? loadNerCorpora().filter((d) => d.split === part) : [];
if (existsSync(MEANTIME)) for (const d of loadMeantime().filter((x) => meantimeSplit(x.path) === part)) docs.push({ ...d, ...prepareDoc({ name: 'meantime' }, part, { id: d.path, text: d.text, entities: d.gold.map((g) => ({ start: g.start, end: g.end, type: g.want })) }) });
const model = nerModel('en');
const passes = [model.firstPass, model].filter(Boolean);
// each pass's labels, recorded as the model tags
const seen = [];
for (const [k, m] of passes.entries()) { const tag = m.tag.bind(m); m.tag = (s, h, f) => { const y = tag(s, h, f); seen.push({ pass: k + 1, y }); return y; }; }
model.tag([['x']]); // makes the scorers
const run = (skip) => {
  for (const m of passes) m.scorer.skipFar = skip;
  return docs.map((d) => {
    const hints = model.usesHints ? ruleHints(d.sentences, d.text) : null;
    seen.length = 0;
    model.tag(d.words, hints);
    return seen.map((x) => ({ ...x, words: d.words, hints }));
  });
};
const full = run(false);
const before = passes.map((m) => ({ ...m.scorer.counts }));
const fast = run(true);
const skipped = passes.reduce((a, m, k) => a + m.scorer.counts.far - before[k].far, 0), total = passes.reduce((a, m, k) => a + m.scorer.counts.tokens - before[k].tokens, 0);
let tokens = 0, changed = 0, docsChanged = 0;
const ANCHOR = /[\p{Lu}\p{N}]/u, byDistance = new Map();
full.forEach((passesOfDoc, di) => {
  let differs = false;
  passesOfDoc.forEach(({ pass, y, words, hints }, k) => {
    const yf = fast[di][k].y;
    y.forEach((ys, si) => {
      const ws = words[si], n = ws.length, a = ws.map((w, i) => ANCHOR.test(w) || !!(hints?.[si]?.[i] && hints[si][i] !== '-'));
      for (let i = 0; i < n; i++) {
        tokens++;
        if (ys[i] !== yf[si][i]) { changed++; differs = true; }
        if (ys[i] === 0 || a[i]) continue;
        let d = Infinity;
        for (let j = 0; j < n; j++) if (a[j]) d = Math.min(d, Math.abs(j - i));
        const key = `pass ${pass} distance ${d}`;
        byDistance.set(key, (byDistance.get(key) ?? 0) + 1);
      }
    });
  });
  if (differs) docsChanged++;
});
console.log(`${part}: ${docs.length} documents, ${tokens} tokens × passes (${passes.length}); FAR ${FAR}: ${skipped} of ${total} tokens skipped (${(100 * skipped / total).toFixed(1)}%)`);
console.log(`labels changed by the shortcut: ${changed} tokens in ${docsChanged} documents`);
console.log(`non-O labels of tokens without a capital, digit or hint, by distance to the nearest: ${JSON.stringify(Object.fromEntries([...byDistance].sort()))}`);
