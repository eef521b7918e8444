// MEANTIME dev loader (CAT XML → text + gold named PER/ORG/LOC mentions with entity ids), shared by the
// understanding benches. Text is rebuilt from tokens, one paragraph per MEANTIME sentence.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const MEANTIME = '../shared/corpus/meantime-dev';
export const TYPES = { PER: 'person', ORG: 'organization', LOC: 'place' };
const attr = (s, n) => (new RegExp(`\\b${n}="([^"]*)"`).exec(s) ?? [])[1];
const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** One article: { path, text, blocks, gold: [{ start, end, ent, want }] } (gold = named mentions of PER/ORG/LOC). */
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
  for (const m of xml.matchAll(/<ENTITY_MENTION([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const ids = [...m[2].matchAll(/t_id="(\d+)"/g)].map((x) => pos.get(x[1])).filter(Boolean);
    if (ids.length) mentions.set(attr(m[1], 'm_id'), { type: attr(m[1], 'syntactic_type'), start: Math.min(...ids.map((x) => x[0])), end: Math.max(...ids.map((x) => x[1])) });
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
  return { text, blocks, gold, path };
}

export function loadMeantime(root = MEANTIME) {
  const files = readdirSync(root).filter((d) => d.startsWith('corpus_'))
    .flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.xml')).map((f) => join(root, d, f)));
  return files.sort().map(loadMeantimeFile);
}

/** The Article record the analysers expect, for a MEANTIME text. */
export const meantimeArticle = (d) => ({ id: d.path, source: { fetchedAt: '' }, title: null, published: null, publishedFrom: null,
  language: 'en', text: d.text, blocks: d.blocks, related: [], media: [], dropped: [] });
