// Related-link blocks ("Read also", "See also", "More on this story", …): a marker line followed by
// headlines, in any of the layouts pages use (separator lines, bullets, section labels, plain lines),
// or an inline "Read also: headline". The block ends at the next real body paragraph.
import type { RelatedLink } from '../../model/analysis.js';
import { isBodyLike, isSeparator, listMarker, stripListMarker, wordCount, type Line } from './lines.js';
import { boilerplateKind } from './boilerplate.js';
import { PUBLISHER_MARKER, RELATED_MARKERS } from '../../lang/en/boilerplate.js';
import { INLINE_LINK_LABELS } from '../../lang/en/furniture.js';
import { MONTH_ABBREVIATIONS, MONTHS } from '../../lang/en/times.js';

const MARKER_WORDS = RELATED_MARKERS.join('|');
const MARKER = new RegExp(`^(?:${MARKER_WORDS})\\s*[:：]?$`, 'iu');
// Bare "READ:" / "WATCH:" labels are links only with a colon before the headline, never block markers.
const OPENS_ON_MARKER = new RegExp(`^(?:${MARKER_WORDS})\\b`, 'iu');
const INLINE = new RegExp(`^(?:${[MARKER_WORDS, ...INLINE_LINK_LABELS].join('|')})\\s*[:：|–—-]\\s*(\\S.{4,})$`, 'iu');

export interface RelatedBlock {
  /** index of the first line after the block */
  end: number;
  links: RelatedLink[];
  /** the raw lines of the block */
  raw: string;
}

export function isRelatedMarker(text: string): boolean {
  const bare = text.replace(/^[#*>\s]+|[\s*]+$/g, '');
  return MARKER.test(bare) || PUBLISHER_MARKER.test(bare);
}

/** A line that opens on a related-links label: "Read more about this", "See also the archive". */
export function opensOnRelatedMarker(text: string): boolean {
  return OPENS_ON_MARKER.test(stripListMarker(text));
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
    const title = withoutDate(stripListMarker(t));
    if (!title || wordCount(title) < 2) { raw.push(t); continue; }
    if (!links.length && bullet) marked = true;
    links.push({ title, section, url: null });
    raw.push(t);
    section = null;
    sawMark = false;
    if (links.length >= 25) { i++; break; }
  }
  // a block inside the article ends at the subheading that resumes it: a last line much shorter than the
  // headlines before it, right before a body paragraph ("Also on DW" … "Troops near the boundary" + prose)
  const last = links[links.length - 1];
  if (links.length >= 3 && i < lines.length && isBodyLike(lines[i].text) && !last.section && isSubheading(last.title, links.slice(0, -1))) {
    links.pop();
    raw.pop();
    i = lastTextBefore(lines, i);
  }
  if (!links.length) return null;
  return { end: i, links, raw: raw.join('\n') };
}

function isSubheading(title: string, before: RelatedLink[]): boolean {
  const w = wordCount(title);
  return w <= 5 && !/[?!]$/.test(title) && before.every((l) => wordCount(l.title) >= w + 3);
}

function lastTextBefore(lines: Line[], i: number): number {
  let j = i - 1;
  while (j > 0 && !lines[j].text) j--;
  return j;
}

// A date or time printed with a related headline is not part of its title: "03/17/2026 China begins …",
// "Kosovo deal reached | 12 Oct 2026", "2026-03-17 14:20 Title".
const NUMERIC_DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?`;
// a month name or its abbreviation: "Mar", "March", "Sept." (matched case-insensitively)
const MONTH = String.raw`(?:${[...MONTHS.map((m) => m.slice(0, 3)), ...Object.keys(MONTH_ABBREVIATIONS)].join('|')})[a-z]{0,6}\.?`;
const TEXT_DATE = String.raw`(?:\d{1,2}\s+${MONTH}(?:\s+\d{4})?|${MONTH}\s+\d{1,2}(?:,\s*\d{4})?)`;
const LEADING_DATE = new RegExp(String.raw`^(?:${NUMERIC_DATE}\s*[|·•:–—-]?\s+|${TEXT_DATE}\s*[|·•–—]\s*)`, 'i');
const TRAILING_DATE = new RegExp(String.raw`(?:\s+[|·•–—-]?\s*${NUMERIC_DATE}|\s*[|·•–—]\s*${TEXT_DATE})$`, 'i');

export function withoutDate(title: string): string {
  const bare = title.replace(LEADING_DATE, '').replace(TRAILING_DATE, '').trim();
  return wordCount(bare) >= 2 ? bare : title;
}

function nextText(lines: Line[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].text) return lines[j].text;
  return undefined;
}
