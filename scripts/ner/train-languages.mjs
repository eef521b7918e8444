// `npm run train:ner:languages`: trains one recogniser per non-English language (pt, de, ru, fr) on the train
// part of its corpora (scripts/ner/corpora-languages.mjs), without the English rules' hints and without the English
// word clusters, prints dev figures per corpus and writes models/ner-<lang>.bin.gz. Options:
//   --lang pt,de  --epochs N  --min-count N  --prune X  --ocr-weight W (Europeana OCR where another corpus exists; 0 drops it)
//   --out-dir DIR  --no-save
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainNer } from '../../dist/analyse/entities/ner/learn.js';
import { LABELS } from '../../dist/analyse/entities/ner/labels.js';
import { LANGUAGE_CORPORA, LANGUAGES, loadLanguageCorpora } from './corpora-languages.mjs';
import { micro, modelSpans, newTally, prf, tally } from './evaluate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i < 0 ? def : process.argv[i + 1]; };

/** Per-language settings chosen on the dev parts (docs/decisions/ner-languages.md). */
export const SETTINGS = {
  pt: { epochs: 8, minCount: 2, prune: 0.05, ocrWeight: 0 },
  de: { epochs: 12, minCount: 2, prune: 0.05, ocrWeight: 0.15 },
  ru: { epochs: 16, minCount: 2, prune: 0.05, ocrWeight: 0 },
  fr: { epochs: 8, minCount: 2, prune: 0.05, ocrWeight: 1 },
};

// None of these corpora but GermEval annotates `other`: the models learn person, organization and place only.
const OTHER = LABELS.map((l) => l.endsWith('-MISC'));
const withoutOther = (labels) => labels.map((y) => y.map((v) => (OTHER[v] ? 0 : v)));

function trainLanguage(lang) {
  const base = SETTINGS[lang];
  const opts = {
    epochs: +arg('epochs', base.epochs), minCount: +arg('min-count', base.minCount), prune: +arg('prune', base.prune),
    ocrWeight: +arg('ocr-weight', base.ocrWeight), seed: 7, history: 'gold',
  };
  const t0 = performance.now();
  const docs = loadLanguageCorpora(lang);
  const corpora = LANGUAGE_CORPORA[lang];
  const onlyOcr = corpora.every((c) => c.ocr);
  const weightOf = (d) => (corpora.find((c) => c.name === d.corpus).ocr && !onlyOcr ? opts.ocrWeight : 1);
  const train = docs.filter((d) => d.split === 'train' && weightOf(d) > 0)
    .map((d) => ({ sentences: d.words, labels: withoutOther(d.labels), weight: weightOf(d) }));
  const tokens = train.reduce((a, d) => a + d.sentences.reduce((b, s) => b + s.length, 0), 0);
  console.log(`[${lang}] train: ${train.length} documents, ${tokens} tokens; options ${JSON.stringify(opts)}`);
  const model = trainNer(train, { ...opts, clusters: null, log: (l) => console.log(`  ${l}`) });
  const secs = (performance.now() - t0) / 1000;
  console.log(`[${lang}] training time: ${secs.toFixed(0)} s`);
  const all = newTally();
  for (const c of corpora) {
    const dev = docs.filter((d) => d.corpus === c.name && d.split === 'dev');
    if (!dev.length) continue;
    const t = newTally();
    for (const d of dev) { const pred = modelSpans(model, d); tally(t, d.gold, pred); tally(all, d.gold, pred); }
    const m = micro(t);
    console.log(`[${lang}] dev ${c.name.padEnd(15)} F1 ${m.f.toFixed(3)} (P ${m.p.toFixed(3)} R ${m.r.toFixed(3)}, n ${m.n})  ` + ['person', 'organization', 'place'].map((ty) => `${ty.slice(0, 3)} ${prf(t[ty]).f.toFixed(2)}`).join(' '));
  }
  const m = micro(all);
  console.log(`[${lang}] dev all             F1 ${m.f.toFixed(3)} (P ${m.p.toFixed(3)} R ${m.r.toFixed(3)})`);
  if (!process.argv.includes('--no-save')) {
    model.meta.language = lang;
    model.meta.trainedOn = corpora.filter((c) => !c.ocr || onlyOcr || opts.ocrWeight > 0).map((c) => c.name);
    model.meta.options = opts; model.meta.trainingSeconds = Math.round(secs);
    const buf = model.serialize();
    const out = join(arg('out-dir', 'models'), `ner-${lang}.bin.gz`);
    writeFileSync(out, buf);
    console.log(`[${lang}] wrote ${out}: ${(buf.length / 1e6).toFixed(2)} MB, ${model.index.size} feature rows`);
  }
}

for (const lang of arg('lang', LANGUAGES.join(',')).split(',')) trainLanguage(lang);
