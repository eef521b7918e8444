// The non-English NER corpora of ../shared/corpus/ner-train (pt, de, ru, fr), tokenised the way the analyser
// tokenises, with a fixed train/dev/test split per corpus decided before any result was looked at:
//   - the source's own split where it has train/dev/test (UNER Portuguese-Bosque);
//   - sources that ship dev and test but no train (GermEval 2014, factRuEval-2016): the dev file is split by id hash
//     85/15 into train/dev, the test file 50/50 into train/test (the train file is missing, so half the source test
//     trains; the other half stays test, never looked at while choosing);
//   - one-file corpora (the PUD sets, Europeana OCR per language): id hash, 80 train / 10 dev / 10 test.
// Run `npx tsc -p tsconfig.json` first (the tokeniser comes from dist/).
import { createHash } from 'node:crypto';
import { readCorpora, NER_TRAIN } from './corpora.mjs';

/** Per language: corpora (name, folder, files, `ocr` = noisy historical OCR, weighted separately). */
export const LANGUAGE_CORPORA = {
  pt: [
    { name: 'pt_bosque', dir: 'uner/pt_bosque', files: ['train', 'dev', 'test'] },
    { name: 'pt_pud', dir: 'uner/pt_pud', files: ['test'], single: true },
  ],
  de: [
    { name: 'germeval2014', dir: 'germeval2014', files: ['dev', 'test'], noTrain: true },
    { name: 'de_pud', dir: 'uner/de_pud', files: ['test'], single: true },
    { name: 'europeana_de', dir: 'europeana-newspapers', files: ['all'], lang: 'de', ocr: true },
  ],
  ru: [
    { name: 'factrueval2016', dir: 'factrueval2016', files: ['dev', 'test'], noTrain: true },
    { name: 'ru_pud', dir: 'uner/ru_pud', files: ['test'], single: true },
  ],
  fr: [
    { name: 'europeana_fr', dir: 'europeana-newspapers', files: ['all'], lang: 'fr', ocr: true },
  ],
};

export const LANGUAGES = Object.keys(LANGUAGE_CORPORA);

/** Percentile 0–99 of a document id (first 32 bits of its SHA-1), as corpora.mjs computes it. */
const bucket = (id) => parseInt(createHash('sha1').update(id).digest('hex').slice(0, 8), 16) % 100;

export function languageSplitOf(corpus, file, id) {
  if (corpus.single || file === 'all') { const b = bucket(id); return b < 80 ? 'train' : b < 90 ? 'dev' : 'test'; }
  if (corpus.noTrain && file === 'dev') return bucket(id) < 85 ? 'train' : 'dev';
  if (corpus.noTrain && file === 'test') return bucket(id) < 50 ? 'train' : 'test';
  return file;
}

/** All documents of one language's corpora, each with its split (prepared as corpora.mjs prepares English). */
export function loadLanguageCorpora(lang, root = NER_TRAIN) {
  return readCorpora(LANGUAGE_CORPORA[lang] ?? [], languageSplitOf, root, (c, d) => !c.lang || d.lang === c.lang)
    .map((doc) => Object.assign(doc, { lang }));
}
