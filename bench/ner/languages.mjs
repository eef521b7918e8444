// `npm run bench:ner:languages`: per language (pt, de, ru, fr), exact-span precision/recall/F1 per type on the
// TEST part of its corpora (printed first), then the dev part, side by side in one run for
//   model       the language's trained recogniser alone (models/ner-<lang>.bin.gz)
//   Storyline   the entity annotator as it runs on an article in that language (the model's names, merged)
//   en-rules    the baseline a user had before: the English rules run on the text (recognise with names: 'rules')
// plus the model's tokens/s (CPU time of one core). Splits: scripts/ner/corpora-languages.mjs.
//   node bench/ner/languages.mjs [--lang pt,de] [--dev-only]
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocument } from '../../dist/analyse/document.js';
import { sentenceAnnotator } from '../../dist/analyse/sentences.js';
import { recognise } from '../../dist/analyse/entities/index.js';
import { modelOnlyEntities } from '../../dist/analyse/entities/model-only.js';
import { nerModel } from '../../dist/analyse/entities/ner/model.js';
import { loadGazetteer } from '../../dist/analyse/shared/places.js';
import { LANGUAGE_CORPORA, LANGUAGES, loadLanguageCorpora } from '../../scripts/ner/corpora-languages.mjs';
import { NER_TRAIN } from '../../scripts/ner/corpora.mjs';
import { MAIN_TYPES, micro, modelSpans, newTally, prf, tally } from '../../scripts/ner/evaluate.mjs';

process.chdir(join(dirname(fileURLToPath(import.meta.url)), '../..'));
if (!existsSync(NER_TRAIN)) { console.log(`${NER_TRAIN} not found: nothing to measure`); process.exit(0); }
const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i < 0 ? def : process.argv[i + 1]; };
const parts = process.argv.includes('--dev-only') ? ['dev'] : ['test', 'dev'];
loadGazetteer();

/** A corpus document as the analyser's document in language `lang` (lines as paragraphs), sentences done. */
function analyserDoc(text, lang) {
  const blocks = [];
  let at = 0;
  for (const line of text.split('\n')) { if (line.trim()) blocks.push({ kind: 'paragraph', start: at, end: at + line.length }); at += line.length + 1; }
  const doc = createDocument({ id: 'bench', source: { fetchedAt: '' }, title: null, published: null, publishedFrom: null, language: lang, text, blocks, related: [], media: [], dropped: [] }, { today: '2025-12-31' });
  sentenceAnnotator.annotate(doc);
  return doc;
}
const mentionsOf = (entities) => entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));

const f2 = (x) => x.toFixed(2);
const pad = (s, n) => String(s).padEnd(n);
const cell = (c) => { const m = prf(c); return `${f2(m.p)} ${f2(m.r)} ${f2(m.f)}`; };
const summary = [];

for (const lang of arg('lang', LANGUAGES.join(',')).split(',')) {
  const model = nerModel(lang);
  if (!model) { console.log(`\n[${lang}] models/ner-${lang}.bin.gz not found: run npm run train:ner:languages`); continue; }
  const SYSTEMS = [
    { name: 'model', spans: (d) => modelSpans(model, d) },
    { name: 'Storyline', spans: (d) => mentionsOf(modelOnlyEntities(analyserDoc(d.text, lang), lang) ?? []) },
    { name: 'en-rules (before)', spans: (d) => recognise(analyserDoc(d.text, lang), { names: 'rules' }).names },
  ];
  const docs = loadLanguageCorpora(lang);
  for (const part of parts) {
    const totals = SYSTEMS.map(() => newTally());
    for (const c of LANGUAGE_CORPORA[lang]) {
      const mine = docs.filter((d) => d.corpus === c.name && d.split === part);
      if (!mine.length) continue;
      const tallies = SYSTEMS.map(() => newTally());
      for (const d of mine) SYSTEMS.forEach((s, i) => { const p = s.spans(d); tally(tallies[i], d.gold, p); tally(totals[i], d.gold, p); });
      const n = MAIN_TYPES.reduce((a, t) => a + tallies[0][t].tp + tallies[0][t].fn, 0);
      console.log(`\n[${lang}] ${part.toUpperCase()} ${c.name}${c.ocr ? ' (historical OCR)' : ''} (${mine.length} documents, ${n} names)   P R F1`);
      console.log(pad('', 14) + SYSTEMS.map((s) => pad(s.name, 20)).join(''));
      for (const t of MAIN_TYPES) console.log(pad(t, 14) + tallies.map((x) => pad(cell(x[t]), 20)).join(''));
      console.log(pad('all (micro)', 14) + tallies.map((x) => { const m = micro(x); return pad(`${f2(m.p)} ${f2(m.r)} ${f2(m.f)}`, 20); }).join(''));
    }
    const line = `[${lang}] ${part.toUpperCase()} all corpora, micro F1: ` + SYSTEMS.map((s, i) => `${s.name} ${f2(micro(totals[i]).f)}`).join('  ');
    console.log(`\n${line}`);
    summary.push(line);
  }
  // speed: the tagger alone, CPU time of one core (the machine is shared), over the first part's documents
  const sample = docs.filter((d) => d.split === parts[0]);
  const tokens = sample.reduce((a, d) => a + d.words.reduce((b, w) => b + w.length, 0), 0);
  for (const d of sample) model.tag(d.words); // warm-up
  const u = process.cpuUsage();
  for (const d of sample) model.tag(d.words);
  const cpu = process.cpuUsage(u), ms = (cpu.user + cpu.system) / 1000;
  const speed = `[${lang}] speed: ${Math.round(tokens / (ms / 1000))} tokens/s (tagger, CPU time of one core, ${tokens} tokens)`;
  console.log(speed);
  summary.push(speed);
}
console.log(`\nSummary\n${summary.join('\n')}`);
