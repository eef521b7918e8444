// Photo galleries in copied page text: a "6 photos" header and/or "1 of 6" counters (sometimes glued
// to the neighbouring caption or credit: "4 of 6Presidential Office of Ukraine5 of 6"), captions,
// credit lines and gallery UI strings.
//
// Which caption/credit belongs to which item: the usual slide reads counter → caption → credit, so
// text between counter k and counter k+1 belongs to item k; a credit glued right before a counter
// ("Kremlin 2 of 6") therefore closes the previous item. When the first text before counter 1 is a
// credit, the page prints credit → counter → caption, and credits attach to the next counter instead.
// The gallery, caption and credit words are data in src/lang/en/media.ts.
import type { MediaItem } from '../../model/analysis.js';
import { isBodyLike, wordCount, type Line } from './lines.js';
import {
  COUNTER_WORDS, CREDIT_LINE_LABELS, CREDIT_NAME_LABELS, CREDIT_SOURCE_WORDS, GALLERY_CONTROLS, GALLERY_HEADINGS, GALLERY_UNITS,
  PHOTO_AGENCIES, PICTURE_WORDS, PICTURES, SLIDE_WORDS, TRAILING_CREDIT_LABELS,
} from '../../lang/en/media.js';

const HEADER = new RegExp(String.raw`^(?:(\d{1,3})\s+(?:${GALLERY_UNITS.join('|')})|${GALLERY_HEADINGS.join('|')})$`, 'i');
const COUNTER = new RegExp(String.raw`(?:\b(?:${SLIDE_WORDS.join('|')})\s+)?(\d{1,3})\s*(?:${COUNTER_WORDS.join('|')}|\/)\s*\/?\s*(\d{1,3})(?=\p{Lu}|\s|$)`, 'giu');
// Every counter holds a digit, then (after spaces) "of" or "/": a line without that pair holds none. Tested first
// with the counter's own flags: the counter pattern opens on an optional word, so it was tried at every character
// of every line.
const COUNTER_CORE = new RegExp(String.raw`\d\s*(?:${COUNTER_WORDS.join('|')}|\/)`, 'iu');
const UI = new RegExp(`^(?:${GALLERY_CONTROLS.join('|')})$`, 'i');
const AGENCY = `(?:${PHOTO_AGENCIES.join('|')})`;
const PICTURE = `(?:${PICTURE_WORDS.join('|')})`;
const PICTURES_LABEL = `(?:${PICTURES.join('|')})`;
const CREDIT_PATTERNS: RegExp[] = [
  new RegExp(String.raw`^(?:${CREDIT_LINE_LABELS.join('|')})\s*(?:by)?\s*[:：]\s*\S`, 'i'),
  // "Image source, EPA" (the label printed by some broadcasters' pages), "Photo by X / AFP"
  new RegExp(String.raw`^${PICTURE} source\s*[,:]\s*\S`, 'i'),
  new RegExp(String.raw`^${PICTURE}s? by\s+\S`, 'i'),
  /^(?:©|\(c\)\s|copyright\b)/i,
  new RegExp(`^${AGENCY}$`, 'i'),
  new RegExp(`(?:[/,]|\\bvia|\\bfor)\\s*${AGENCY}\\s*\\)?$`, 'i'),
  new RegExp(`^\\(?${AGENCY}\\s*(?:photo|/)`, 'i'),
  new RegExp(String.raw`\/\s*(?:${CREDIT_SOURCE_WORDS.join('|')})\)?$`, 'i'),
  /^(?:courtesy of|photographed by|photo courtesy)\b/i,
];

export function isCredit(text: string): boolean {
  // "© 2025 Example News. All rights reserved." is a page footer, not a photo credit
  if (/rights reserved|^(?:©|copyright)\s*\d{4}/i.test(text)) return false;
  // "By Jane Doe, Reuters" is the story's byline, not a photo credit
  if (/^by\s+\p{Lu}/iu.test(text)) return false;
  return wordCount(text) <= 10 && !/[!?]$/.test(text) && CREDIT_PATTERNS.some((re) => re.test(text));
}

const CREDIT_SOURCE_LABEL = new RegExp(String.raw`^${PICTURE} source\s*[,:]\s*|^${PICTURE}s? (?:by\s+|from\s+(?:the\s+)?)`, 'i');
const COURTESY_LABEL = new RegExp(String.raw`^(?:${PICTURE}s?\s+)?courtesy(?:\s+of)?\s+(?:the\s+)?`, 'i');
const CREDIT_LABEL = new RegExp(String.raw`^(?:${CREDIT_NAME_LABELS.join('|')})\s*(?:by)?\s*[:：]\s*|^(?:©|\(c\))\s*`, 'i');

/** The credited name without its label: "Photo: Hatem Khaled/Reuters" → "Hatem Khaled/Reuters", "© AFP" → "AFP". */
export function creditName(text: string): string {
  const bare = text.replace(CREDIT_LABEL, '')
    .replace(CREDIT_SOURCE_LABEL, '')
    // "Photo courtesy of the Ministry of Defense" → "Ministry of Defense"
    .replace(COURTESY_LABEL, '').trim();
  return bare || text;
}

const CAPTION_LABEL = new RegExp(String.raw`^${PICTURE} caption\s*[,:]\s*`, 'i');

/** A caption label printed before the caption text: "Image caption, Soldiers patrol …" → the text. */
export function captionText(text: string): string {
  return text.replace(CAPTION_LABEL, '');
}

// A credit printed at the end of its caption: "… in Patna. (Photo by X / AFP)", "… South Korea. REUTERS/Kim Hong-Ji".
// Also "… in Nuuk. Photograph: Name/Agency" and the wire form "… 2026. (AP Photo/Name)".
const TRAILING_CREDIT = new RegExp(
  `(?:\\(${PICTURES_LABEL}\\s*(?:by\\s+|from\\s+|courtesy(?:\\s+of)?\\s+|:\\s*)[^()]{2,60}\\)|\\((?:${AGENCY})(?:\\s*photo)?\\s*/\\s*[^()/]{2,60}\\)` +
  `|(?<=[.!?]\\s+)(?:${TRAILING_CREDIT_LABELS.join('|')})\\s*:\\s*[^.!?:]{2,80}` +
  `|(?<=[.!?]\\s+)(?:${AGENCY})(?:\\s*photo)?\\s*/\\s*\\p{Lu}[\\p{L}'’.-]*(?:[ -]\\p{Lu}[\\p{L}'’.-]*){0,3})$`, 'iu');

// a caption with its show/hide control copied along: "… (AP Photo/Gene J. Puskar) less", "… The Islanders ... more"
const CAPTION_TOGGLE = /(?:(?<=\))\s+less|\s*(?:\.{3}|…)\s*more)$/i;

// Both patterns end at the line's end and are tried from every character: they are run only on lines that end as
// they must ("less"/"more" in any case: the /i pattern folds no other character onto these letters) or that hold a character
// every credit holds ("(" of a bracketed credit, ":" after a label, "/" after an agency).
const endsWithLetters = (line: string, letters: string) => {
  const from = line.length - letters.length;
  if (from < 0) return false;
  // | 32 lower-cases an ASCII letter and maps no other character onto one
  for (let i = 0; i < letters.length; i++) if ((line.charCodeAt(from + i) | 32) !== letters.charCodeAt(i)) return false;
  return true;
};
const mayEndInToggle = (line: string) => endsWithLetters(line, 'less') || endsWithLetters(line, 'more');
const mayEndInCredit = (text: string) => text.includes('(') || text.includes(':') || text.includes('/');

/** Splits a one-line photo caption that ends in its credit; null for any other line. */
export function splitCaptionCredit(line: string): { caption: string; credit: string } | null {
  const toggle = mayEndInToggle(line) ? CAPTION_TOGGLE.exec(line) : null;
  const text = toggle ? line.slice(0, toggle.index) : line;
  const m = mayEndInCredit(text) ? TRAILING_CREDIT.exec(text) : null;
  // a caption cut short behind its "more" control: no credit left to read, still a caption
  if (!m && toggle && /more$/i.test(toggle[0]) && wordCount(text) >= 3) return { caption: text.trim(), credit: '' };
  if (!m) return null;
  const caption = text.slice(0, m.index).trim().replace(/\.$/, '');
  const w = wordCount(caption);
  // captions are short; a long paragraph ending in a bracketed credit is still body text
  if (w < 3 || w > 45) return null;
  return { caption, credit: m[0].replace(/^\(|\)$/g, '').trim() };
}

export function isGalleryUi(text: string): boolean {
  return UI.test(text);
}

export function isGalleryHeader(text: string): boolean {
  return HEADER.test(text);
}

const FIGURE_BEFORE = /\d\s+$/;

type Token = { kind: 'counter'; k: number; n: number } | { kind: 'text'; text: string; glued: boolean };

/** Splits a line into counters and the text around them; null when it holds no edge counter. */
export function counterTokens(text: string): Token[] | null {
  if (!COUNTER_CORE.test(text)) return null;
  // after another figure, "1/2" is a fraction: "NEW YORK 15 6 .714 1/2" is a standings row (games behind), not slide 1 of 2
  const found = [...text.matchAll(COUNTER)].filter((m) => Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) && !FIGURE_BEFORE.test(text.slice(0, m.index)));
  if (!found.length) return null;
  // a counter must start or end the line or be glued to text: "2 of 3 people" mid-sentence is prose
  const first = found[0], last = found[found.length - 1];
  const atEdge = first.index === 0 || last.index! + last[0].length === text.length;
  if (!atEdge || wordCount(text) > 25) return null;
  const out: Token[] = [];
  let pos = 0;
  for (const m of found) {
    const before = text.slice(pos, m.index).trim();
    if (before) out.push({ kind: 'text', text: before, glued: true });
    out.push({ kind: 'counter', k: Number(m[1]), n: Number(m[2]) });
    pos = m.index! + m[0].length;
  }
  const after = text.slice(pos).trim();
  if (after) out.push({ kind: 'text', text: after, glued: false });
  return out;
}

export interface Gallery {
  end: number;
  items: MediaItem[];
  raw: string;
}

/** Reads a gallery starting at line `start` (a header or a counter line), or returns null. */
export function readGallery(lines: Line[], start: number): Gallery | null {
  const first = lines[start].text;
  const header = HEADER.exec(first);
  const opening = header ? null : counterTokens(first)?.find((t) => t.kind === 'counter');
  // without a header a gallery must open on its first slide ("1 of 6"), so stray fractions never start one
  if (!header && (!opening || opening.kind !== 'counter' || opening.k !== 1)) return null;
  const total = header?.[1] ? Number(header[1]) : null;
  const tokens: Token[] = [];
  const raw: string[] = [];
  let i = header ? start + 1 : start;
  if (header) raw.push(first);
  let seenCounter = false;
  let since = { caption: false, credit: false }; // what the current counter-first item already has
  let pendingBefore = 0; // text tokens before the first counter
  let prevCredit = false;
  for (; i < lines.length; i++) {
    const t = lines[i].text;
    if (!t) continue;
    if (isGalleryUi(t)) { raw.push(t); continue; }
    const ct = counterTokens(t);
    if (ct) {
      tokens.push(...ct);
      raw.push(t);
      seenCounter = true;
      const lastText = ct[ct.length - 1];
      since = lastText.kind === 'text' ? { caption: !isCredit(lastText.text), credit: isCredit(lastText.text) } : { caption: false, credit: false };
      continue;
    }
    const credit = isCredit(t);
    if (!seenCounter) {
      // before the first counter only credits/short captions belong; a header with no counters at all
      // is read as caption/credit pairs, up to the announced total
      // without a total, caption/credit pairs go on while they alternate: two captions in a row end it
      // a sentence-like caption belongs when its own credit follows it ("Name (left) and … on Friday." + "Photo: X")
      const captionOfNext = !credit && !prevCredit && wordCount(t) <= 45 && nextIsCredit(lines, i);
      if (!credit && ((isBodyLike(t) && !captionOfNext) || (total ? pendingBefore >= total * 2 : pendingBefore >= 2 && !prevCredit))) break;
      pendingBefore++;
      prevCredit = credit;
    } else if (credit) {
      if (since.credit) break;
      since.credit = true;
    } else {
      if (since.caption || since.credit || (isBodyLike(t) && wordCount(t) > 40)) break;
      since.caption = true;
    }
    tokens.push({ kind: 'text', text: t, glued: false });
    raw.push(t);
  }
  const items = assignItems(tokens, total);
  if (!items.length) return null;
  return { end: i, items, raw: raw.join('\n') };
}

function nextIsCredit(lines: Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].text) return isCredit(lines[j].text);
  return false;
}

function assignItems(tokens: Token[], total: number | null): MediaItem[] {
  const counters = tokens.filter((t) => t.kind === 'counter').length;
  const firstText = tokens.find((t) => t.kind === 'text');
  const firstCounter = tokens.findIndex((t) => t.kind === 'counter');
  const creditFirst = firstText?.kind === 'text' && isCredit(firstText.text) && !firstText.glued &&
    (firstCounter < 0 ? true : tokens.indexOf(firstText) < firstCounter);
  const items: MediaItem[] = [];
  if (!counters) {
    // header-only gallery: caption/credit pairs; a credit closes (or, credit-first, opens) an item
    let cur: MediaItem | null = null;
    for (const t of tokens) {
      if (t.kind !== 'text') continue;
      if (isCredit(t.text)) {
        if (creditFirst || !cur || cur.credit) { cur = { caption: null, credit: t.text, url: null }; items.push(cur); }
        else cur.credit = t.text;
        if (!creditFirst) cur = null;
      } else if (cur && !cur.caption && (creditFirst || !cur.credit)) cur.caption = t.text;
      else { cur = { caption: t.text, credit: null, url: null }; items.push(cur); }
    }
    return total ? items.slice(0, total) : items;
  }
  let cur: MediaItem | null = null;
  let pendingCredit: string | null = null;
  for (const t of tokens) {
    if (t.kind === 'counter') {
      cur = { caption: null, credit: creditFirst ? pendingCredit : null, url: null };
      pendingCredit = null;
      items.push(cur);
      continue;
    }
    const asCredit = isCredit(t.text) || (t.glued && !creditFirst);
    if (creditFirst && asCredit) pendingCredit = t.text;
    else if (!cur) continue; // stray text before counter 1 (e.g. a repeated title)
    else if (asCredit) cur.credit = cur.credit ? `${cur.credit} ${t.text}` : t.text;
    else cur.caption = cur.caption ? `${cur.caption} ${t.text}` : t.text;
  }
  return items;
}
