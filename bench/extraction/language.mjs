// Language detectors side by side on paragraph-sized texts from ../shared/corpus/ner-train (en, pt, de, ru, fr):
// accuracy per language, and paragraphs per second. Also sentence-sized texts (40-100 characters), the
// hard case. Usage: npm run build && node bench/extraction/language.mjs [paragraphs per language]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';
import { detect as tinyld } from 'tinyld';
import { detect as tinyldLight } from 'tinyld/light';
import { eld as eldExtraSmall } from 'eld/extrasmall';
import { eld as eldSmall } from 'eld/small';
import { eld as eldLarge } from 'eld/large';
import { detectLanguage as storyline } from '../../dist/extract/language.js';

const ROOT = '../shared/corpus/ner-train';
const LANGS = ['en', 'pt', 'de', 'ru', 'fr'];
const PER_LANG = Number(process.argv[2] ?? 200);

function jsonlFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? jsonlFiles(p) : f.endsWith('.jsonl') ? [p] : [];
  }).sort();
}

/** Paragraphs of 250-600 characters built from consecutive sentences, and single sentences of 40-100. */
function samples() {
  const paragraphs = Object.fromEntries(LANGS.map((l) => [l, []]));
  const sentences = Object.fromEntries(LANGS.map((l) => [l, []]));
  const byFile = jsonlFiles(ROOT).map((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
  // round-robin over files so that no one corpus fills a language
  for (let round = 0; round < 5000; round++) {
    let any = false;
    for (const docs of byFile) {
      const d = docs[round];
      if (!d || !LANGS.includes(d.lang)) continue;
      any = true;
      let cur = '';
      for (const s of d.text.split('\n')) {
        if (s.length >= 40 && s.length <= 100 && sentences[d.lang].length < PER_LANG) sentences[d.lang].push(s);
        cur = cur ? `${cur} ${s}` : s;
        if (cur.length >= 250) {
          if (paragraphs[d.lang].length < PER_LANG) paragraphs[d.lang].push(cur.slice(0, 600));
          cur = '';
        }
      }
    }
    if (!any || LANGS.every((l) => paragraphs[l].length >= PER_LANG && sentences[l].length >= PER_LANG)) break;
  }
  return { paragraphs, sentences };
}

const detectors = {
  'storyline (dist)': (t) => storyline(t),
  'franc-min': (t) => iso6393To1[franc(t)] ?? 'und',
  'tinyld': (t) => tinyld(t) || 'und',
  'tinyld/light': (t) => tinyldLight(t) || 'und',
  'eld/extrasmall': (t) => eldExtraSmall.detect(t).language || 'und',
  'eld/small': (t) => eldSmall.detect(t).language || 'und',
  'eld/large': (t) => eldLarge.detect(t).language || 'und',
};

function score(set) {
  const rows = [];
  for (const [name, fn] of Object.entries(detectors)) {
    const per = {};
    let ok = 0, n = 0;
    const t0 = performance.now();
    for (const l of LANGS) {
      let c = 0;
      for (const text of set[l]) if (fn(text) === l) c++;
      per[l] = c / set[l].length;
      ok += c;
      n += set[l].length;
    }
    const ms = performance.now() - t0;
    rows.push({ name, acc: ok / n, per, perSecond: n / (ms / 1000) });
  }
  return rows;
}

function print(title, set) {
  console.log(`\n${title} (${LANGS.map((l) => `${l} ${set[l].length}`).join(', ')})`);
  console.log(`${'detector'.padEnd(18)} ${'accuracy'.padStart(8)} ${LANGS.map((l) => l.padStart(6)).join(' ')} ${'texts/s'.padStart(9)}`);
  for (const r of score(set)) {
    console.log(`${r.name.padEnd(18)} ${r.acc.toFixed(3).padStart(8)} ${LANGS.map((l) => r.per[l].toFixed(2).padStart(6)).join(' ')} ${Math.round(r.perSecond).toString().padStart(9)}`);
  }
}

const { paragraphs, sentences } = samples();
print('Paragraphs, 250-600 characters', paragraphs);
print('Sentences, 40-100 characters', sentences);
