// The English NER corpora of ../shared/corpus/ner-train, tokenised the way the analyser tokenises, with a
// fixed train/dev/test split decided before any result was looked at:
//   - the source's own split where it has train/dev/test (GUM, BTC, WNUT-17);
//   - UNER English-EWT ships only dev and test: its test stays test, its dev is split by id hash 85/15 into train/dev;
//   - corpora with one file (Wikigold, re3d, UNER English-PUD): id hash, 80 train / 10 dev / 10 test.
// Run `npx tsc -p tsconfig.json` first (the tokeniser comes from dist/).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenizeRange } from '../../dist/analyse/entities/tokens.js';
import { encode } from '../../dist/analyse/entities/ner/labels.js';

export const NER_TRAIN = '../shared/corpus/ner-train';

/** name, folder, genre weight (news-like 1; social media less: a different genre), quality note */
export const CORPORA = [
  { name: 'gum', dir: 'gum', files: ['train', 'dev', 'test'] },
  { name: 'wikigold', dir: 'wikigold', files: ['all'] },
  { name: 'en_pud', dir: 'uner/en_pud', files: ['test'], single: true },
  { name: 'en_ewt', dir: 'uner/en_ewt', files: ['dev', 'test'] },
  { name: 're3d', dir: 're3d', files: ['all'] },
  { name: 'btc', dir: 'btc', files: ['train', 'dev', 'test'], social: true },
  { name: 'wnut17', dir: 'wnut17', files: ['train', 'dev', 'test'], social: true },
];

/** Percentile 0–99 of a document id (first 32 bits of its SHA-1). */
const bucket = (id) => parseInt(createHash('sha1').update(id).digest('hex').slice(0, 8), 16) % 100;

export function splitOf(corpus, file, id) {
  if (corpus.single || file === 'all') { const b = bucket(id); return b < 80 ? 'train' : b < 90 ? 'dev' : 'test'; }
  if (corpus.name === 'en_ewt' && file === 'dev') return bucket(id) < 85 ? 'train' : 'dev';
  return file;
}

const PRONOUN = /^(?:I|We|He|She|They|It|You|Us|Them|Him|Her)$/;

/**
 * re3d marks mentions, not names ("the Army", "rebels", "fighting positions"): keep spans with a capital
 * letter, without a leading "the", and never a bare pronoun.
 */
function re3dNames(text, ents) {
  const out = [];
  for (const e of ents) {
    let { start } = e;
    const m = /^(?:the|The)\s+/.exec(text.slice(start, e.end));
    if (m) start += m[0].length;
    const s = text.slice(start, e.end);
    if (!/\p{Lu}/u.test(s) || PRONOUN.test(s) || !/^[\p{Lu}\d@#]/u.test(s)) continue;
    out.push({ ...e, start });
  }
  return out;
}

/**
 * One document → { id, corpus, split, text, sentences: Token[][], words: string[][], labels: Uint8Array[], gold: [{start,end,type}] }.
 * Sentences are the text's lines; a token is inside an entity when it overlaps it.
 */
export function prepareDoc(corpus, split, doc) {
  const gold = corpus.name === 're3d' ? re3dNames(doc.text, doc.entities) : doc.entities;
  const sentences = [];
  let at = 0;
  for (const line of doc.text.split('\n')) {
    const toks = tokenizeRange(doc.text, at, at + line.length, sentences.length);
    if (toks.length) sentences.push(toks);
    at += line.length + 1;
  }
  const labels = sentences.map((toks) => {
    const spans = [];
    for (const g of gold) {
      const inside = toks.filter((t) => t.start < g.end && g.start < t.end);
      if (inside.length) spans.push({ from: inside[0].index, to: inside[inside.length - 1].index, type: g.type });
    }
    // overlapping token spans (two entities inside one token) keep the first
    const clean = [];
    for (const s of spans.sort((a, b) => a.from - b.from)) if (!clean.length || s.from > clean[clean.length - 1].to) clean.push(s);
    return encode(toks.length, clean);
  });
  return { id: doc.id, corpus: corpus.name, split, text: doc.text, sentences, words: sentences.map((ts) => ts.map((t) => t.text)), labels, gold };
}

/** Every document of `corpora` (each file a JSONL of ner-train), prepared, with the split `splitFor` gives it. */
export function readCorpora(corpora, splitFor, root = NER_TRAIN, keep = () => true) {
  const out = [];
  for (const c of corpora) {
    for (const f of c.files) {
      const p = join(root, c.dir, `${f}.jsonl`);
      if (!existsSync(p)) continue;
      for (const line of readFileSync(p, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const d = JSON.parse(line);
        if (keep(c, d)) out.push(prepareDoc(c, splitFor(c, f, d.id), d));
      }
    }
  }
  return out;
}

/** All documents of the English corpora, each with its split. */
export function loadNerCorpora(root = NER_TRAIN) {
  return readCorpora(CORPORA, splitOf, root);
}

/**
 * The document with every third line (the first, fourth, …) in capitals, as wire headlines and sports results are:
 * the training data has almost none, so the model cannot learn what case says in them. Same offsets (lines whose
 * capitals change length stay as they are).
 */
export function capitalLines(d) {
  const lines = d.text.split('\n').map((l, i) => (i % 3 === 0 && l.toUpperCase().length === l.length ? l.toUpperCase() : l));
  return prepareDoc({ name: d.corpus }, d.split, { id: d.id, text: lines.join('\n'), entities: d.gold });
}

/** Whether a document is among the given share (0–1) of the corpus, by its id's hash (not the split's digits). */
export const inShare = (id, share) => parseInt(createHash('sha1').update(`caps:${id}`).digest('hex').slice(0, 8), 16) % 1000 < share * 1000;

const draw = (key, n) => parseInt(createHash('sha1').update(key).digest('hex').slice(0, 8), 16) % n;

/**
 * The document with sports results lines appended ("Leeds 2 Chelsea 1", "Leeds 5 3 1 1 10 6 10"), made of the
 * document's own place and organisation names (at most three words) labelled as organisations, as wire news labels
 * a team named after its town: no training corpus has results tables, so the model never sees a name next to a score.
 */
export function resultsLines(d) {
  const names = [...new Set(d.gold.filter((g) => g.type === 'place' || g.type === 'organization').map((g) => d.text.slice(g.start, g.end))
    .filter((s) => !/\n/.test(s) && s.split(/\s+/).length <= 3 && /^\p{Lu}/u.test(s)))];
  if (names.length < 2) return d;
  let text = d.text;
  const entities = [...d.gold];
  const add = (parts) => {
    text += '\n';
    for (const [s, isName] of parts) {
      if (isName) entities.push({ start: text.length, end: text.length + s.length, type: 'organization' });
      text += s;
    }
  };
  const lines = Math.min(6, names.length), from = draw(`${d.id}:from`, names.length);
  for (let k = 0; k < lines; k++) {
    const a = names[(from + 2 * k) % names.length], b = names[(from + 2 * k + 1) % names.length];
    const n = (x) => String(draw(`${d.id}:${x}${k}`, 5));
    if (draw(`${d.id}:kind${k}`, 3) < 2) add([[a, true], [` ${n('x')} `, false], [b, true], [` ${n('y')}`, false]]);
    else add([[a, true], [` ${[1, 2, 3, 4, 5, 6, 7].map((i) => n(`s${i}`)).join(' ')}`, false]]);
  }
  return prepareDoc({ name: d.corpus }, d.split, { id: d.id, text, entities });
}
