// Reader for MEANTIME CAT XML (../shared/corpus/meantime-dev, README there): rebuilds the article text
// from tokens (sentence 0 = title, kept out of the text; sentence 1 = date line) with character offsets
// for every token, and resolves ENTITY_MENTION / EVENT_MENTION markables through REFERS_TO to their
// ENTITY (external_ref = DBpedia URI) and EVENT (instance_id = cross-document event identity).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const attrs = (s) => Object.fromEntries([...s.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}’”]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[($[{“]$/;
const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/** Publication date: the CREATION_TIME value when it is ISO, else the date line (sentence 1). */
function creationDate(value, dateLine) {
  if (/^\d{4}-\d{2}-\d{2}/.test(value ?? '')) return value.slice(0, 10);
  const m = /(\w+)\s+(\d{1,2}),?\s+(\d{4})/.exec(dateLine);
  const mo = m ? MONTHS.indexOf(m[1].toLowerCase()) : -1;
  if (mo >= 0) return `${m[3]}-${String(mo + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  const d = /(\d{2})-(\d{2})-(\d{4})/.exec(value ?? '');
  return d ? `${d[3]}-${d[2]}-${d[1]}` : null;
}

export function readCat(path, topic) {
  const xml = readFileSync(path, 'utf8');
  const docId = /doc_id="([^"]*)"/.exec(xml)[1];
  const tokens = [...xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g)].map((m) => ({ ...attrs(m[1]), t: unescape(m[2]) }));
  const bySentence = new Map();
  for (const tok of tokens) { const s = Number(tok.sentence); bySentence.set(s, [...(bySentence.get(s) ?? []), tok]); }
  const join_ = (toks, offset, pos) => {
    let out = '', quoteOpen = false;
    toks.forEach((tok, i) => {
      const prev = toks[i - 1]?.t;
      const isQuote = tok.t === '"';
      const glue = i === 0 || NO_SPACE_BEFORE.test(tok.t) || (prev && NO_SPACE_AFTER.test(prev)) ||
        (isQuote && quoteOpen) || (prev === '"' && quoteOpen && !isQuote);
      if (!glue) out += ' ';
      if (pos) pos.set(tok.t_id, { start: offset + out.length, end: offset + out.length + tok.t.length, sentence: Number(tok.sentence) });
      out += tok.t;
      if (isQuote) quoteOpen = !quoteOpen;
    });
    return out;
  };
  const title = join_(bySentence.get(0) ?? [], 0, null);
  const pos = new Map();
  // The date line is not article text (the publication date is passed apart); other sentences are.
  const dateLine = join_(bySentence.get(1) ?? [], 0, null);
  const isDate = /^\w+ \d{1,2}, \d{4}$/.test(dateLine);
  let text = isDate ? '' : `${dateLine}\n\n`;
  if (!isDate) join_(bySentence.get(1) ?? [], 0, pos);
  const body = [...bySentence.keys()].filter((s) => s > 1).sort((a, b) => a - b).map((s) => bySentence.get(s)).flat();
  text += join_(body, text.length, pos);
  const created = creationDate(/functionInDocument="CREATION_TIME"[^>]*value="([^"]*)"/.exec(xml)?.[1], dateLine);

  // Markables: mention id -> token ids; instance markables (ENTITY, EVENT) by m_id.
  const spans = new Map();
  for (const m of xml.matchAll(/<(ENTITY_MENTION|EVENT_MENTION) ([^>]*)>([\s\S]*?)<\/\1>/g)) {
    const ids = [...m[3].matchAll(/t_id="(\d+)"/g)].map((x) => x[1]);
    if (!ids.length) continue;
    const p = ids.map((t) => pos.get(t)).filter(Boolean);
    const a = attrs(m[2]);
    spans.set(a.m_id, { kind: m[1], pos: a.pos, tokens: ids.map((t) => tokens.find((x) => x.t_id === t)?.t ?? ''),
      start: p.length ? Math.min(...p.map((x) => x.start)) : -1, end: p.length ? Math.max(...p.map((x) => x.end)) : -1,
      sentence: p[0]?.sentence ?? 0 });
  }
  const instances = new Map();
  for (const m of xml.matchAll(/<(ENTITY|EVENT) ([^>]*?)\/?>/g)) instances.set(attrs(m[2]).m_id, { kind: m[1], ...attrs(m[2]) });
  const entityMentions = [], eventMentions = [];
  for (const r of xml.matchAll(/<REFERS_TO [^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = instances.get(/<target m_id="(\d+)"/.exec(r[1])?.[1]);
    if (!target) continue;
    for (const s of r[1].matchAll(/<source m_id="(\d+)"/g)) {
      const sp = spans.get(s[1]);
      if (!sp || sp.start < 0) continue; // in the title (kept out of the text) or unanchored
      if (target.kind === 'ENTITY' && sp.kind === 'ENTITY_MENTION') {
        entityMentions.push({ ...sp, ref: target.external_ref || null, type: target.ent_type, name: target.TAG_DESCRIPTOR });
      } else if (target.kind === 'EVENT' && sp.kind === 'EVENT_MENTION') {
        eventMentions.push({ ...sp, id: `${docId}#${s[1]}`, instance: target.instance_id || null, cls: target.class, name: target.TAG_DESCRIPTOR });
      }
    }
  }
  return { id: docId, topic, title, text, created, entityMentions, eventMentions };
}

export function readCorpus(root) {
  const docs = [];
  for (const dir of readdirSync(root).filter((d) => d.startsWith('corpus_')).sort()) {
    for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.xml')).sort()) docs.push(readCat(join(root, dir, f), dir.slice(7)));
  }
  return docs;
}
