// Groups the lines left after boilerplate removal into paragraph units, joining the wrapped parts of
// one paragraph, and picks the body region: the run of units with the highest prose score.
import { isWireDateline, markTables } from './wire.js';
import { endsSentence, isBodyLike, isProseLine, isShortSentence, isTitleLike, listMarker, startsLower, wordCount, type Line } from './lines.js';

export interface Unit {
  /** line indices the unit spans (first..last), for dropping them as a group */
  first: number;
  last: number;
  text: string;
  /** the line started with a list marker */
  listItem: boolean;
  /** a line closing the article (copyright footer, appeal, comment notice) comes before this unit */
  afterEnd?: boolean;
  /** one of a run of headline + lead pairs (a teaser list of other stories) */
  teaser?: boolean;
  /** a wire dateline on its own line ("LONDON 1996-08-30"): the story's first line */
  dateline?: boolean;
  /** a row of a results table or standings, in a run of such rows, in a brief or in wire copy */
  tableRow?: boolean;
  /** the line introducing a table or heading its columns ("Results on Saturday:") */
  tableHead?: boolean;
  /** a short line of a list the sentence before announced ("Following is a list of the main cabinet members:") */
  announced?: boolean;
  /** the sentence right after a wire dateline: the story's lead, even unpunctuated and dense with names */
  lead?: boolean;
}

/**
 * Hard-wrapped text (e-mail, terminal copies) has many long lines of the same width that end
 * mid-sentence; then every non-blank line continues the one before unless it starts a list item.
 * The width is the 90th percentile of line lengths.
 */
export function wrapWidth(lines: Line[]): number | null {
  const long = lines.map((l) => l.text.length).filter((n) => n >= 40).sort((a, b) => a - b);
  if (long.length < 6) return null;
  const width = long[Math.floor(long.length * 0.9)];
  if (width > 100) return null;
  // a wrapped paragraph breaks mid-sentence, so many lines are followed by a lower-case word;
  // lists of headlines (equally short, equally unpunctuated) never are
  let open = 0, lowerNext = 0;
  lines.forEach((l, i) => {
    if (l.text.length < width * 0.7 || endsSentence(l.text)) return;
    open++;
    const next = lines[i + 1];
    if (next && next.index === l.index + 1 && startsLower(next.text)) lowerNext++;
  });
  return open >= long.length * 0.4 && lowerNext >= open * 0.3 ? width : null;
}

function continues(prev: string, next: string, width: number | null): boolean {
  if (listMarker(next) || /^[>“"«]/u.test(next) && endsSentence(prev)) return false;
  if (width !== null) return prev.length >= width * 0.6 && !(endsSentence(prev) && prev.length < width * 0.75);
  // not hard-wrapped: join only a visibly cut sentence ("… said the\nminister was …")
  return !/[.!?…:;"”’)\]]$/u.test(prev) && startsLower(next) && wordCount(prev) >= 4;
}

/**
 * Builds units from the kept lines; `kept[i]` says whether line i is candidate body text, `ends` holds the
 * lines that close the article (the unit after one is marked, and no body region spans it).
 */
export function buildUnits(lines: Line[], kept: boolean[], ends: Set<number> = new Set()): Unit[] {
  const width = wrapWidth(lines.filter((_, i) => kept[i]));
  const units: Unit[] = [];
  let cur: Unit | null = null;
  let ended = false;
  for (const line of lines) {
    if (ends.has(line.index)) ended = true;
    if (!kept[line.index] || !line.text) { cur = null; continue; }
    const dateline = isWireDateline(line.text);
    if (cur && !dateline && cur.last === line.index - 1 && continues(cur.text, line.text, width)) {
      cur.text += ' ' + line.text;
      cur.last = line.index;
      continue;
    }
    const unit: Unit = { first: line.index, last: line.index, text: line.text, listItem: listMarker(line.text) !== null, afterEnd: ended };
    // a dateline stands alone: nothing joins it, in either direction
    if (dateline) unit.dateline = true;
    cur = dateline ? null : unit;
    ended = false;
    units.push(unit);
  }
  markTeasers(units);
  // wire copy: a dateline on its own line
  const wire = units.some((u) => u.dateline);
  markTables(units, wire);
  markLeads(units);
  if (wire) markAnnouncedLists(units);
  return units;
}

/** The most lines an announced list may run to, and the longest line it may hold (in words). */
const MAX_ANNOUNCED_LINES = 40;
const MAX_ANNOUNCED_WORDS = 15;
/** A list entry's parts: a spaced dash, brackets or a figure. */
const LIST_ENTRY = /\s[-–—]\s|\(|\d/;

/**
 * A sentence of prose ending in a colon announces what follows ("Following is a list of the main cabinet members
 * and their parties:"): in wire copy the short lines after it, up to the next paragraph of prose, are the list.
 */
// (wire copy only: on web pages a colon before short lines as often opens a sidebar or a menu; the copied-text bench
// lost 0.007 F1 with this everywhere)
function markAnnouncedLists(units: Unit[]): void {
  const item = (v: Unit) => !v.afterEnd && !v.dateline && !v.teaser && !v.tableRow && wordCount(v.text) <= MAX_ANNOUNCED_WORDS && !isBodyLike(v.text) && !/:$/.test(v.text);
  for (let i = 0; i < units.length - 2; i++) {
    const u = units[i]!;
    if (!/:$/.test(u.text) || wordCount(u.text) < 8 || !/[.!?]\s|\s\p{Ll}+\s\p{Ll}+\s/u.test(u.text) || u.tableRow || u.tableHead) continue;
    let j = i + 1;
    while (j < units.length && j - i <= MAX_ANNOUNCED_LINES && item(units[j]!)) j++;
    if (j - i - 1 < 2) continue;
    // a list of entries, each with its parts ("Finance - Mircea Ciumara ( CDR )", "Smith ( Labour ) 12,400"), not
    // a list of headlines after "More coverage:" (a dateline alone does not make a page wire copy)
    const entries = units.slice(i + 1, j).filter((v) => LIST_ENTRY.test(v.text)).length;
    if (entries * 2 < j - i - 1) continue;
    for (let k = i + 1; k < j; k++) units[k]!.announced = true;
    i = j - 1;
  }
}

/**
 * A wire brief may be one sentence with no full stop, so many names in it that it reads as a headline by its
 * capitals ("Newcastle striker Alan Shearer was ruled out of England 's World Cup qualifier against Moldova on
 * Friday"): after a dateline, a line of several words with lower-case words among them is the lead.
 */
function markLeads(units: Unit[]): void {
  for (let i = 1; i < units.length; i++) {
    const u = units[i]!;
    if (!units[i - 1]!.dateline || u.tableRow || u.tableHead || u.listItem || u.dateline) continue;
    const lower = u.text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).length;
    if (wordCount(u.text) >= 8 && lower >= 3) u.lead = true;
  }
}

/** A teaser's lead: one sentence or an unpunctuated line of 8-50 words under a headline. */
function isLead(text: string): boolean {
  const w = wordCount(text);
  return w >= 8 && w <= 50 && !/[.!?]["”’]?\s+\p{Lu}/u.test(text.slice(0, -1));
}

/** Runs of three or more headline + lead pairs are teasers for other stories, not the article's subheadings. */
function markTeasers(units: Unit[]): void {
  const pairAt = (i: number) => i + 1 < units.length && !units[i].listItem && isTitleLike(units[i].text)
    && wordCount(units[i].text) >= 3 && isLead(units[i + 1].text);
  for (let i = 0; i < units.length;) {
    let j = i;
    while (pairAt(j)) j += 2;
    if ((j - i) / 2 >= 3) {
      for (let k = i; k < j; k++) units[k].teaser = true;
      i = j;
    } else i++;
  }
}

/** How much a unit looks like article prose (positive) or page furniture (negative). */
export function proseScore(u: Unit): number {
  // a table row before the teaser check: a standings row has the length of a teaser's lead
  if (u.tableRow || u.announced) return 1;
  if (u.teaser) return -2;
  if (u.tableHead) return 0;
  if (u.dateline) return 0.5;
  const w = wordCount(u.text);
  if (isBodyLike(u.text)) return w;
  if (isProseLine(u.text) || u.lead) return w / 2;
  if (u.listItem) return w >= 5 ? w / 2 : -1;
  if (isShortSentence(u.text)) return w >= 6 ? 2 : 0.5;
  if (isTitleLike(u.text)) return -1.5;
  return -3;
}

/** [first, last] unit indices of the maximum-score run (Kadane), or null when nothing scores. */
export function bodyRegion(units: Unit[]): [number, number] | null {
  let best = 0, bestRange: [number, number] | null = null;
  let sum = 0, start = 0;
  units.forEach((u, i) => {
    // the region never spans a line that closes the article
    if (sum <= 0 || u.afterEnd) { sum = 0; start = i; }
    sum += proseScore(u);
    if (sum > best) { best = sum; bestRange = [start, i]; }
  });
  return bestRange;
}
