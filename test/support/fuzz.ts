// The fuzz harness shared by the vitest property suite (fixed seed, small budget), `npm run fuzz` (longer)
// and `npm run bench:hostile`: hostile-input arbitraries, one analysis that keeps the pipeline's messages
// (an annotator that throws is a crash, even though the pipeline carries on), and the invariants.
import fc from 'fast-check';
import { analyseDocument, toAnalysis } from '../../src/analyse/index.js';
import { extract, sniffFormat } from '../../src/extract/index.js';
import { assertArticle } from '../../src/extract/validate.js';
import { decodeRaw } from '../../src/ingest/decode.js';
import { rawFromBytes, type RawDocument } from '../../src/ingest/raw.js';
import type { Analysis } from '../../src/model/analysis.js';
import { InputError } from '../../src/model/errors.js';
import { cueWords, PATTERNS } from './hostile-inputs.js';

export interface HostileInput { label: string; bytes: Buffer; media: 'text/plain' | 'text/html' | null; charset?: string | null }

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202c', '\u2066', '\u2069', '\u00ad', '\u0000', '\u001b'];
const SCRIPTS = ['Москва', '北京', 'القاهرة', 'Αθήνα', 'तेल', '서울', 'שלום', 'Ñandú', '🙂', 'ﬁ', 'İstanbul', 'ß'];
const MARKS = ['"', '“', '”', '‘', '’', '«', '»', "'", ',', '.', ':', ';', '!', '?', '…', '(', ')', '—', '-', '%', '$', '€', '\n', '\n\n', ' '];
const TAGS = ['<div>', '</div>', '<p>', '</p>', '<b>', '<a href="x">', '</a>', '<blockquote>', '<li>', '<h2>', '<script>', '</script>', '<!--', '-->', '<br>', '&amp;', '&#0;', '<![CDATA[', '<table><tr><td>'];

/** A token stream mixing the annotators' own cue words with marks, numbers, scripts, invisibles and tags. */
export function tokenText(maxTokens: number, html: boolean): fc.Arbitrary<string> {
  const words = cueWords();
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words) },
    { weight: 3, arbitrary: fc.constantFrom(...words).map((w) => w.charAt(0).toUpperCase() + w.slice(1)) },
    { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
    { weight: 2, arbitrary: fc.oneof(fc.integer({ min: 0, max: 1e9 }).map(String), fc.double({ noNaN: true, min: -1e6, max: 1e12 }).map((d) => d.toFixed(2))) },
    { weight: 1, arbitrary: fc.constantFrom(...SCRIPTS) },
    { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
    { weight: html ? 3 : 0, arbitrary: fc.constantFrom(...TAGS) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  );
  return fc.array(token, { maxLength: maxTokens }).map((ts) => ts.join(' '));
}

// Ordinary prose around generated text, so most inputs pass the article check and reach the annotators.
const LEAD = 'Council debates the harbour budget\n\nThe harbour council met on Tuesday to discuss the budget for the coming year, officials said. Members spent four hours on the plan and agreed to meet again next week.\n\n';
const TAIL = '\n\nThe mayor said the vote would take place in March. About 300 workers are employed at the harbour, according to the council.';
export const prose = (s: string) => `${LEAD}${s}${TAIL}`;

/** One hostile input: a named pattern with repeats, a token soup (text or HTML), or broken bytes. */
export function hostileInput(maxKb: number): fc.Arbitrary<HostileInput> {
  const patterns = Object.keys(PATTERNS);
  const pattern = fc.record({ name: fc.constantFrom(...patterns), kb: fc.integer({ min: 1, max: maxKb }) }).map(({ name, kb }) => {
    const { text, format } = PATTERNS[name]!(kb * 1024);
    return { label: `${name} ${kb} KB`, bytes: Buffer.from(text, 'utf8'), media: format === 'html' ? 'text/html' as const : 'text/plain' as const };
  });
  const soup = fc.record({ html: fc.boolean(), text: fc.boolean().chain((h) => tokenText(maxKb * 150, h)) }).map(({ html, text }) => ({
    label: `${html ? 'html' : 'text'} soup ${(text.length / 1024).toFixed(1)} KB`, bytes: Buffer.from(html ? `<html><body><article><p>${LEAD}</p>${text}<p>${TAIL}</p></article></body></html>` : prose(text), 'utf8'),
    media: html ? 'text/html' as const : null,
  }));
  const repeated = fc.record({ unit: tokenText(12, false), times: fc.integer({ min: 1, max: maxKb * 100 }) }).map(({ unit, times }) => {
    const text = prose(unit.repeat(Math.min(times, Math.ceil((maxKb * 1024) / Math.max(unit.length, 1)))));
    return { label: `repeat "${unit.slice(0, 30)}" ×${times}`, bytes: Buffer.from(text, 'utf8'), media: 'text/plain' as const };
  });
  const broken = fc.record({ bytes: fc.uint8Array({ maxLength: maxKb * 256 }), prefix: tokenText(200, false), charset: fc.constantFrom(null, 'utf-8', 'utf-16le', 'windows-1251', 'shift_jis', 'bogus') }).map(({ bytes, prefix, charset }) => ({
    label: `broken bytes ${bytes.length} B (${charset})`, bytes: Buffer.concat([Buffer.from(prefix, 'utf8'), Buffer.from(bytes)]), media: null, charset,
  }));
  return fc.oneof({ weight: 3, arbitrary: pattern }, { weight: 3, arbitrary: soup }, { weight: 2, arbitrary: repeated }, { weight: 1, arbitrary: broken });
}

export interface Outcome { analysis: Analysis | null; refused: string | null; crash: string | null; failedAnnotators: string[] }

/** analyzeRaw's steps, keeping the pipeline's messages. An InputError is a refusal; anything else a crash. */
export function analyseHostile(input: HostileInput): Outcome {
  const raw: RawDocument = rawFromBytes(input.bytes, { path: input.label }, input.media, input.charset ?? null);
  try {
    const { text } = decodeRaw(raw, input.label);
    const format = input.media === 'text/html' ? 'html' : input.media === 'text/plain' ? 'text' : sniffFormat(text);
    const extracted = extract(text, format, {});
    assertArticle(text, extracted, input.label);
    const doc = analyseDocument({ id: raw.id, source: raw.source, ...extracted }, { today: '2025-12-06' });
    const failedAnnotators = doc.messages.filter((m) => /annotator failed/.test(m.reason)).map((m) => `${m.source}: ${m.reason}`);
    return { analysis: toAnalysis(doc), refused: null, crash: null, failedAnnotators };
  } catch (err) {
    if (err instanceof InputError) return { analysis: null, refused: err.reason, crash: null, failedAnnotators: [] };
    return { analysis: null, refused: null, crash: (err as Error).stack ?? String(err), failedAnnotators: [] };
  }
}

/** Bytes of analysis allowed per byte of article text (plus a constant): only gross blow-ups fail. */
export const SIZE_PER_BYTE = 40;
export const SIZE_CONSTANT = 64 * 1024;

/** Every broken invariant of an analysis: offsets outside the text, text not matching its span, size. */
export function violations(a: Analysis): string[] {
  const out: string[] = [];
  const n = a.article.text.length;
  const span = (what: string, s: { start: number; end: number }, text?: string) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= n)) out.push(`${what} [${s.start}, ${s.end}) outside the text (${n})`);
    else if (text !== undefined && a.article.text.slice(s.start, s.end) !== text) out.push(`${what} text differs from its span`);
  };
  a.article.blocks.forEach((b, i) => span(`block ${i}`, b));
  for (const e of a.entities) e.mentions.forEach((m, i) => span(`entity ${e.id} mention ${i}`, m));
  for (const q of a.quotes) span(`quote ${q.id}`, q, q.text);
  a.times.forEach((t, i) => span(`time ${i}`, t, t.text));
  a.quantities.forEach((q, i) => span(`quantity ${i}`, q, q.text));
  for (const e of a.events) span(`event ${e.id} evidence`, e.evidence);
  for (const c of a.claims) span(`claim ${c.id} evidence`, c.evidence);
  const size = JSON.stringify({ ...a, article: { ...a.article, text: '' } }).length;
  if (size > SIZE_PER_BYTE * n + SIZE_CONSTANT) out.push(`analysis of ${size} bytes for ${n} characters of text`);
  return out;
}
