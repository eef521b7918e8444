// Related-link blocks ("Read also", "See also", "More on this story", …): a marker line followed by
// headlines, in any of the layouts pages use (separator lines, bullets, section labels, plain lines),
// or an inline "Read also: headline". The block ends at the next real body paragraph.
import type { RelatedLink } from '../../model/analysis.js';
import { isBodyLike, isSeparator, listMarker, stripListMarker, wordCount, type Line } from './lines.js';
import { boilerplateKind } from './boilerplate.js';

const MARKER_WORDS =
  'read also|also read|read more|read next|see also|related|related (?:articles?|stories|news|content|coverage|links|reading|topics|posts)|' +
  'more on (?:this|that)(?: story| topic| subject)?|more about (?:this|that)(?: story| topic)?|more (?:stories|news|articles)(?: from [\\p{L} ]{1,30})?|' +
  'recommended(?: for you| articles| stories| reading)?|you (?:may|might) also (?:like|be interested in)|' +
  'further reading|most (?:read|popular|viewed|shared)(?: articles| stories| now)?|trending(?: now| stories)?|' +
  "don['’]t miss|top stories|latest (?:news|stories)|editor['’]s picks|what to read next|" +
  'leia também|leia mais|veja também|lea también|lee también|lire aussi|à lire aussi|lesen sie auch|mehr zum thema';
const MARKER = new RegExp(`^(?:${MARKER_WORDS})\\s*[:：]?$`, 'iu');
// Bare "READ:" / "WATCH:" labels are links only with a colon before the headline, never block markers.
const INLINE = new RegExp(`^(?:${MARKER_WORDS}|read|watch|listen|also see)\\s*[:：|–—-]\\s*(\\S.{4,})$`, 'iu');

export interface RelatedBlock {
  /** index of the first line after the block */
  end: number;
  links: RelatedLink[];
  /** the raw lines of the block */
  raw: string;
}

export function isRelatedMarker(text: string): boolean {
  return MARKER.test(text.replace(/^[#*>\s]+|[\s*]+$/g, ''));
}

/** "Read also: headline" on one line, or null. */
export function inlineRelated(text: string): RelatedLink | null {
  const m = INLINE.exec(stripListMarker(text));
  if (!m) return null;
  const title = m[1].trim();
  // "Read more: the minister said that …" with a full long sentence is body text, not a link
  if (isBodyLike(title) && wordCount(title) > 20) return null;
  return { title, section: null, url: null };
}

/** A section label inside a related block: one or two words, no punctuation ("world", "Politics"). */
function isSectionLabel(text: string, next: string | undefined): boolean {
  if (!next || isSeparator(next) || isRelatedMarker(next)) return false;
  return wordCount(text) <= 2 && text.length <= 24 && /^[\p{L}&' -]+$/u.test(text) && wordCount(stripListMarker(next)) >= 3;
}

/**
 * Reads a related block starting at the marker line `start` (lines may include blanks).
 * `stopAt(i)` lets the caller end the block at lines other detectors own (galleries).
 */
export function readRelatedBlock(lines: Line[], start: number, stopAt: (i: number) => boolean): RelatedBlock | null {
  if (!isRelatedMarker(lines[start].text)) return null;
  const links: RelatedLink[] = [];
  const raw: string[] = [lines[start].text];
  let section: string | null = null;
  // layout is "marked" when headlines are introduced by separators or bullets: then the first
  // headline without its separator/bullet ends the block
  let marked = false;
  let sawMark = false;
  let blanks = 0;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const t = lines[i].text;
    if (!t) {
      if (++blanks >= 3 && links.length) break;
      continue;
    }
    blanks = 0;
    if (stopAt(i) || isRelatedMarker(t) || isBodyLike(t)) break;
    if (isSeparator(t)) { sawMark = true; if (!links.length) marked = true; raw.push(t); continue; }
    const bullet = listMarker(t) !== null;
    if (marked && !sawMark && !bullet && section === null) break;
    const kind = boilerplateKind(t);
    if (kind === 'other' || (kind && links.length)) { raw.push(t); continue; } // time stamps, "More" buttons
    const next = nextText(lines, i);
    if (!bullet && isSectionLabel(t, next)) { section = t; raw.push(t); continue; }
    const title = stripListMarker(t);
    if (!title || wordCount(title) < 2) { raw.push(t); continue; }
    if (!links.length && bullet) marked = true;
    links.push({ title, section, url: null });
    raw.push(t);
    section = null;
    sawMark = false;
    if (links.length >= 25) { i++; break; }
  }
  if (!links.length) return null;
  return { end: i, links, raw: raw.join('\n') };
}

function nextText(lines: Line[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].text) return lines[j].text;
  return undefined;
}
