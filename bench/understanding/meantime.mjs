// MEANTIME dev loader (CAT XML → text + gold named PER/ORG/LOC mentions with entity ids), shared by the
// understanding benches. Text is rebuilt from tokens, one paragraph per MEANTIME sentence.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createHash } from 'node:crypto';

export const MEANTIME = '../shared/corpus/meantime-dev';
export const TYPES = { PER: 'person', ORG: 'organization', LOC: 'place' };
const attr = (s, n) => (new RegExp(`\\b${n}="([^"]*)"`).exec(s) ?? [])[1];
const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * One article: { path, text, blocks, gold: [{ start, end, ent, want }], marked, timexes: [{ start, end }] } (gold = named
 * mentions of PER/ORG/LOC; marked = every annotated entity mention and time expression, of any kind; timexes = the latter).
 */
export function loadMeantimeFile(path) {
  const xml = readFileSync(path, 'utf8');
  const toks = [...xml.matchAll(/<token number="\d+" sentence="(\d+)" t_id="(\d+)">([^<]*)<\/token>/g)].map((m) => ({ s: +m[1], id: m[2], w: unescape(m[3]) }));
  let text = '';
  const blocks = [];
  const pos = new Map();
  let cur = -1, bstart = 0;
  for (const t of toks) {
    if (t.s !== cur) { if (cur >= 0) { blocks.push({ kind: 'paragraph', start: bstart, end: text.length }); text += '\n\n'; } cur = t.s; bstart = text.length; }
    else if (!/^([,.;:!?)%]|'s|n't|'|’s)$/.test(t.w) && !/[($]$/.test(text) && text.length > bstart) text += ' ';
    pos.set(t.id, [text.length, text.length + t.w.length]);
    text += t.w;
  }
  blocks.push({ kind: 'paragraph', start: bstart, end: text.length });
  const mentions = new Map();
  // every annotated span (mentions of any kind, time expressions): what the annotators looked at
  const marked = [];
  const timexes = [];
  for (const m of xml.matchAll(/<TIMEX3[^>]*>([\s\S]*?)<\/TIMEX3>/g)) {
    const ids = [...m[1].matchAll(/t_id="(\d+)"/g)].map((x) => pos.get(x[1])).filter(Boolean);
    if (ids.length) { const span = { start: Math.min(...ids.map((x) => x[0])), end: Math.max(...ids.map((x) => x[1])) }; marked.push(span); timexes.push(span); }
  }
  for (const m of xml.matchAll(/<ENTITY_MENTION([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const ids = [...m[2].matchAll(/t_id="(\d+)"/g)].map((x) => pos.get(x[1])).filter(Boolean);
    if (ids.length) mentions.set(attr(m[1], 'm_id'), { type: attr(m[1], 'syntactic_type'), start: Math.min(...ids.map((x) => x[0])), end: Math.max(...ids.map((x) => x[1])) });
    if (ids.length) marked.push({ start: Math.min(...ids.map((x) => x[0])), end: Math.max(...ids.map((x) => x[1])) });
  }
  const entities = new Map();
  for (const m of xml.matchAll(/<ENTITY ([^>]*)\/>/g)) entities.set(attr(m[1], 'm_id'), attr(m[1], 'ent_type'));
  const refers = [];
  for (const m of xml.matchAll(/<REFERS_TO[^>]*>\s*((?:<source[^>]*>\s*)+)<target m_id="(\d+)"/g)) {
    for (const s of m[1].matchAll(/m_id="(\d+)"/g)) refers.push([s[1], m[2]]);
  }
  const gold = [];
  for (const [src, ent] of refers) {
    const men = mentions.get(src);
    if (men && men.type === 'NAM' && TYPES[entities.get(ent)]) gold.push({ start: men.start, end: men.end, ent: `${path}#${ent}`, want: TYPES[entities.get(ent)] });
  }
  return { text, blocks, gold, path, marked, timexes };
}

export function loadMeantime(root = MEANTIME) {
  const files = readdirSync(root).filter((d) => d.startsWith('corpus_'))
    .flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.xml')).map((f) => join(root, d, f)));
  return files.sort().map(loadMeantimeFile);
}

/** The Article record the analysers expect, for a MEANTIME text. */
export const meantimeArticle = (d) => ({ id: d.path, source: { fetchedAt: '' }, title: null, published: null, publishedFrom: null,
  language: 'en', text: d.text, blocks: d.blocks, related: [], media: [], dropped: [] });

/** Percentile 0–99 of an article's file name (first 32 bits of its SHA-1): the same on every machine. */
const bucket = (path) => parseInt(createHash('sha1').update(basename(path)).digest('hex').slice(0, 8), 16) % 100;

/**
 * The split of a MEANTIME dev article, fixed before any result was looked at: half trains the name model,
 * a quarter is for choices, a quarter is never tuned on (its figure is printed first).
 */
export const meantimeSplit = (path) => { const b = bucket(path); return b < 50 ? 'train' : b < 75 ? 'dev' : 'test'; };
