// Readers for the time-expression development corpora, each split train/dev/test by hashing document ids
// (fixed before any error was looked at; the test part is never tuned on):
//  - MEANTIME English dev half (../shared/corpus/meantime-dev, CAT XML, TIMEX3 gold): only the annotated region
//    (title, date line and four sentences) is scored, since MEANTIME annotates no more;
//  - time-train (../shared/corpus/time-train): WikiWars (TIMEX2 history articles, types inferred) and GUM dates
//    (calendar dates only, all splits pooled and re-split by id hash).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** train 60%, dev 20%, test 20% by the first byte of sha1(id): the same on every machine and run. */
export function splitOf(id) {
  const b = createHash('sha1').update(id).digest()[0];
  return b < 154 ? 'train' : b < 205 ? 'dev' : 'test';
}

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)$/i;

/** Rebuilds the text (one line per sentence) and the TIMEX3 spans from a CAT XML file. */
function readCat(path) {
  const xml = readFileSync(path, 'utf8');
  const id = /doc_id="([^"]*)"/.exec(xml)?.[1] ?? path;
  const tokens = [...xml.matchAll(/<token number="(\d+)" sentence="(\d+)" t_id="(\d+)">([^<]*)<\/token>/g)]
    .map((m) => ({ sentence: Number(m[2]), id: m[3], word: unescape(m[4]) }));
  let text = '';
  const where = new Map();
  const blocks = [];
  let sentence = -1, blockStart = 0, prev = '';
  for (const t of tokens) {
    if (t.sentence !== sentence) {
      if (sentence >= 0) { blocks.push({ kind: 'paragraph', start: blockStart, end: text.length }); text += '\n'; }
      sentence = t.sentence; blockStart = text.length; prev = '';
    } else if (!NO_SPACE_BEFORE.test(t.word) && !/^[($[{]$/.test(prev)) text += ' ';
    where.set(t.id, { start: text.length, end: text.length + t.word.length });
    text += t.word; prev = t.word;
  }
  blocks.push({ kind: 'paragraph', start: blockStart, end: text.length });
  const annotatedSentences = Math.max(...[...xml.matchAll(/<token_anchor t_id="(\d+)"/g)].map((m) => tokens.find((t) => t.id === m[1])?.sentence ?? 0));
  const annotatedEnd = blocks[Math.min(annotatedSentences, blocks.length - 1)].end;
  const timexes = [];
  let dct = null;
  for (const m of xml.matchAll(/<TIMEX3 ([^>]*?)>([\s\S]*?)<\/TIMEX3>/g)) {
    const attr = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const ids = [...m[2].matchAll(/t_id="(\d+)"/g)].map((a) => a[1]);
    if (!ids.length) continue;
    const spans = ids.map((i) => where.get(i));
    // One gold file writes its creation time day-first ("03-02-2009"); read it as the ISO date it means.
    const value = attr.functionInDocument === 'CREATION_TIME' ? attr.value.replace(/^(\d{2})-(\d{2})-(\d{4})$/, '$3-$2-$1') : attr.value;
    if (attr.functionInDocument === 'CREATION_TIME') dct = value.slice(0, 10);
    timexes.push({ type: attr.type, value: value || null, start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) });
  }
  return { id, text, blocks, timexes, dct, scoredEnd: annotatedEnd };
}

function meantime(dir) {
  return readdirSync(dir).filter((d) => d.startsWith('corpus_'))
    .flatMap((d) => readdirSync(join(dir, d)).filter((f) => f.endsWith('.xml')).map((f) => readCat(join(dir, d, f))))
    .filter((d) => d.dct);
}

/** Paragraph blocks from blank-line (else line) breaks, as an extractor would hand them on. */
function blocksOf(text) {
  const blocks = [];
  for (const m of text.matchAll(/[^\n]+/g)) blocks.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length });
  return blocks;
}

function jsonl(paths, prefix) {
  return paths.filter(existsSync).flatMap((p) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)))
    .map((d) => ({ id: `${prefix}:${d.id}`, text: d.text, blocks: blocksOf(d.text), timexes: d.timexes, dct: d.dct, scoredEnd: d.text.length }));
}

/** Every corpus that is present, as { name, docs } with docs carrying `split`. */
export function loadCorpora(shared) {
  const out = [];
  const mt = join(shared, 'corpus/meantime-dev');
  if (existsSync(mt)) out.push({ name: 'MEANTIME en (news)', docs: meantime(mt) });
  const tt = join(shared, 'corpus/time-train');
  if (existsSync(tt)) {
    out.push({ name: 'WikiWars (history, TIMEX2)', docs: jsonl([join(tt, 'wikiwars-en/all.jsonl')], 'wikiwars') });
    out.push({ name: 'GUM dates (calendar dates)', docs: jsonl(['train', 'dev', 'test'].map((s) => join(tt, `gum-dates/${s}.jsonl`)), 'gum') });
  }
  for (const c of out) for (const d of c.docs) d.split = splitOf(d.id);
  return out;
}

/**
 * Items marked [[text|TYPE|VALUE]] (one file each, a dateline "CITY 1996-08-30" giving the document creation date),
 * as documents of the same shape as the corpora above.
 */
export function loadMarkedWire(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const marked = readFileSync(join(dir, f), 'utf8');
    const timexes = [];
    let text = '';
    let at = 0;
    for (const m of marked.matchAll(/\[\[([^|\]]+)\|([A-Z]+)\|([^\]]*)\]\]/g)) {
      text += marked.slice(at, m.index);
      timexes.push({ start: text.length, end: text.length + m[1].length, type: m[2], value: m[3] || null });
      text += m[1];
      at = m.index + m[0].length;
    }
    text += marked.slice(at);
    // the headline and the dateline are not scored: the body starts after the dated line
    const dateline = /^\S.*?\s(\d{4}-\d{2}-\d{2})\s*$/m.exec(text);
    return { id: `wire:${f}`, text, blocks: blocksOf(text), timexes, dct: dateline?.[1], scoredStart: dateline ? dateline.index + dateline[0].length : 0, scoredEnd: text.length };
  });
}
