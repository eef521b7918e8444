// Where a story's text starts inside the body region: after its byline and date line, or on its dateline.
// What stands above them is the headline block (headline, standfirst, key points, a caption), which the
// region takes in because it reads as prose.
import { isBodyLike, wordCount } from './lines.js';
import type { Unit } from './paragraphs.js';

/** How many units (headline, standfirst, caption) may stand above the byline or date line, and in how many words. */
const MAX_ABOVE_BYLINE = 4;
const MAX_WORDS_ABOVE_BYLINE = 90;

/**
 * Headline, standfirst and caption come before the byline and date line, the story's text after them: the
 * number of units of the region that stand above its last byline or date line near the top (0 when none).
 */
function headBeforeByline(units: Unit[], meta: Set<number>): number {
  let head = 0, words = 0;
  for (let k = 1; k <= MAX_ABOVE_BYLINE && k < units.length; k++) {
    words += wordCount(units[k - 1]!.text);
    if (words > MAX_WORDS_ABOVE_BYLINE) break;
    for (let m = units[k - 1]!.last + 1; m < units[k]!.first; m++) if (meta.has(m)) head = k;
  }
  return head;
}

const DATELINE = /^\p{Lu}[\p{Lu} .,'’-]{2,40}(?:,\s*\p{Lu}[\p{L} .]{1,40})?\s*(?:\([\p{L} .]{1,20}\))?\s*(?:—|–|--?)\s+\S/u;
/** How many units may stand above the dateline (headline, standfirst, a few key points, a caption). */
const MAX_ABOVE_DATELINE = 8;

/**
 * How many leading units of the body region are the headline block: those above its last byline or date line
 * near the top, or else above a dateline ("DUBAI, United Arab Emirates — …", "WASHINGTON (AP) — …").
 * `meta` holds the line indices of bylines and date lines.
 */
export function headAboveStory(units: Unit[], meta: Set<number>): number {
  const head = headBeforeByline(units, meta);
  const rest = units.slice(head);
  // a dateline on its own line opens the story only when nothing but the headline block (no prose) stands above
  // it: "NEW YORK 2024-05-01" between paragraphs is a line of the story, not its start
  const opening = rest.slice(0, MAX_ABOVE_DATELINE + 1).findIndex((u, k) =>
    u.dateline && !rest.slice(0, k).some((v) => isBodyLike(v.text)) || !u.dateline && !u.listItem && DATELINE.test(u.text));
  return head + (opening > 0 ? opening : 0);
}

/** How many units (a byline, the intro to a table) may stand between a wire dateline and the body region. */
const MAX_AFTER_DATELINE = 3;

/**
 * Wire copy opens on its dateline: the index of a dateline unit at most MAX_AFTER_DATELINE units above the body
 * region's first unit `start`, from which the story is read, or `start` when there is none.
 */
export function storyFromDateline(units: Unit[], start: number): number {
  for (let k = start - 1; k >= Math.max(0, start - MAX_AFTER_DATELINE); k--) if (units[k]!.dateline) return k;
  return start;
}
