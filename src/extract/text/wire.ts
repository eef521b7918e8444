// Wire copy (agency news as plain text): an ALL-CAPS headline ("SOCCER - JAPAN GET LUCKY WIN."), a dateline on
// its own line ("LONDON 1996-08-30", "WASHINGTON (AP) -"), and results tables or standings of short lines
// ("Arsenal 2 Chelsea 1") that are the story's content, not a menu.
import { isTimestampLine } from './boilerplate.js';
import { isBodyLike, isTitleLike, wordCount } from './lines.js';
import type { Unit } from './paragraphs.js';
import { DATE_LINE_WORDS } from '../../lang/en/boilerplate.js';
import { MONTHS, WEEKDAYS } from '../../lang/en/times.js';
import { DISMISSAL_WORDS, FIXTURE_WORDS } from '../../lang/en/results-tables.js';

// words that make the "place" a label: "UPDATED 05/03/2013", and a weekday or month ("MONDAY 2024-05-06")
const LABEL_WORDS = new Set([...DATE_LINE_WORDS, ...WEEKDAYS, ...MONTHS]);

/** An ALL-CAPS line of 3-25 words, optionally ending in a full stop: the wire headline when it opens the text. */
export function isWireHeadline(text: string): boolean {
  const w = wordCount(text);
  if (w < 3 || w > 25 || text.length > 200 || /\p{Ll}/u.test(text)) return false;
  // mostly letters (not a row of figures), and no sentence break inside
  const letters = (text.match(/\p{Lu}/gu) ?? []).length;
  return letters >= text.replace(/\s/g, '').length * 0.6 && !/[.!?]\s+\S/u.test(text) && !/[,;:]$/.test(text);
}

// The place in capitals (at least two letters), an optional region in any case, an optional agency in brackets.
const PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:\s*,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?`;
const AGENCY = String.raw`(?:\s*\([\p{L} .&-]{1,20}\))?`;
const BARE_DATELINE = new RegExp(String.raw`^${PLACE}${AGENCY}\s*(?:—|–|--?)$`, 'u');
const DATED_DATELINE = new RegExp(String.raw`^(${PLACE}${AGENCY})\s*(?:—|–|--?)?\s*(?=\d|\p{Lu}\p{Ll})(.+)$`, 'u');

/**
 * A dateline printed on its own line: the place in capitals, then a date ("LONDON 1996-08-30",
 * "AL-AIN, United Arab Emirates 1996-12-06") or only the agency and a dash ("WASHINGTON (AP) -").
 */
export function isWireDateline(text: string): boolean {
  if (text.length > 90 || wordCount(text) > 12) return false;
  // without a date, one capitals word and a dash is as often a page label ("ADVERTISEMENT -", "SHARE —"): the bare
  // dateline needs its agency in brackets ("WASHINGTON (AP) -") or a place of two words or more ("NEW YORK -")
  if (BARE_DATELINE.test(text)) return /\(/.test(text) || /^\p{Lu}[\p{Lu}.'’-]+[\s,]+\p{Lu}/u.test(text);
  return wireDatelineDate(text) !== null;
}

/** The date written after the place of a wire dateline ("1996-12-06" of "AL-AIN, United Arab Emirates 1996-12-06"), or null. */
export function wireDatelineDate(text: string): string | null {
  if (text.length > 90 || wordCount(text) > 12) return null;
  const m = DATED_DATELINE.exec(text);
  const date = m?.[2]?.trim();
  // the place is not a label ("UPDATED 05/03/2013", "FOR IMMEDIATE RELEASE July 13, 2009"), and the date ends the line
  if (!date || !/\d$/.test(date) || m![1]!.split(/[^\p{L}]+/u).some((w) => w.length >= 4 && LABEL_WORDS.has(w.toLowerCase()))) return null;
  return isTimestampLine(date) ? date : null;
}

/** A one-day cricket summary's row carries its scorers: "Sri Lanka 264-6 in 50 overs ( Sanath Jayasuriya 88 , … )". */
const MAX_ROW_TOKENS = 36;
const FIGURE = /^[(]?\d+(?:[-:/.,]\d+)*[%)]?[,;.]?$/;
/** A full stop, question or exclamation mark ending a sentence: not an initial's ("M. Atherton", "U.S. Open"). */
const SENTENCE_BREAK = /(?:\p{Ll}|\d|\p{Lu}{2}|\s)[.!?]\s+\p{Lu}/u;

/**
 * A row of a results table or standings: names and figures, with at least two figures (or a name ending in one),
 * no sentence ("Arsenal 2 Chelsea 1", "Liverpool 3 3 0 0 8 1 9", "Simmons 4-38", "G. Thorpe not out 54"); notes
 * after the row's full stop ("… Tottenham 0 . Halftime 1-0 . Attendance 36,100") are the row's. Dates and times are
 * not rows.
 */
export function isTableRow(text: string): boolean {
  if (text.length > 200) return false;
  const row = /^(.+?[\d)])\s?\.\s+\p{Lu}\p{Ll}+\s+\d/u.exec(text)?.[1] ?? text;
  const tokens = row.split(/\s+/);
  if (tokens.length < 2 || tokens.length > MAX_ROW_TOKENS) return false;
  const figures = tokens.filter((t) => FIGURE.test(t)).length;
  const words = tokens.filter((t) => /^\p{L}/u.test(t)).length;
  if (!words || !figures || figures < 2 && !FIGURE.test(tokens[tokens.length - 1]!)) return false;
  // mostly figures and names: a sentence has many small words in lower case (a scorecard's "c", "lbw", "not out"
  // are the row's own)
  const lower = tokens.filter((t) => /^\p{Ll}/u.test(t) && !DISMISSAL_WORDS.has(t)).length;
  // a rank opening the row ("1. Laurent Jalabert (France) ONCE 4:41:12") is no sentence's end
  if (lower > Math.max(1, tokens.length / 4) || SENTENCE_BREAK.test(row.replace(/^\d{1,3}\.\s+/, ''))) return false;
  return !isTimestampLine(row);
}

/** "Wimbledon v Chelsea": capitalised names either side of one fixture word, nothing else (a row of wire tables only). */
export function isFixtureRow(text: string): boolean {
  const tokens = text.split(/\s+/);
  const at = tokens.findIndex((t) => FIXTURE_WORDS.has(t));
  if (at <= 0 || at === tokens.length - 1 || tokens.length > 10) return false;
  return tokens.every((t, i) => i === at || /^\p{Lu}/u.test(t) || /^\p{Ll}{1,3}$/u.test(t) && i > 0 && i < tokens.length - 1);
}

/**
 * A scorecard's other lines, between rows of one table: short, holding a figure, no sentence ("Extras ( b-4 lb-6 ) 18",
 * "Total ( for 3 wickets ) 159", "Fall of wickets : 1-64 2-90 3-110").
 */
const isTableNote = (text: string) => wordCount(text) <= 14 && text.length <= 120 && /\d/.test(text) && !SENTENCE_BREAK.test(text) && !isTimestampLine(text);

/** Short lines between two rows of a wire table that keep it one table. */
const MAX_WIRE_GAP = 3;

/** Rows in a run of at least this many (blank lines between them allowed) make a table. */
const MIN_TABLE_ROWS = 3;

/**
 * A table is the item's content, scored as body, when the whole text holds at most this many words of prose
 * (a results brief: one or two sentences and the table); with more prose it is kept only between prose lines.
 */
const MAX_PROSE_AROUND_TABLE = 150;

/** A line heading a table or a part of it: "Standings (played, won, …):", "Premier league", "Division one". */
const isTableHeader = (text: string) => /:$/.test(text) && wordCount(text) <= 30 || wordCount(text) <= 5 && isTitleLike(text) && !/\d/.test(text);
/** Right above a wire table, a short unpunctuated line heads it too ("England first innings", "Men's 100 metres"). */
const isWireTableHeader = (text: string) => isTableHeader(text) || wordCount(text) <= 5 && !/[.!?,;]$/.test(text) && !isBodyLike(text);

/**
 * Marks runs of table rows ("Arsenal 2 Chelsea 1") as a results table when they hold MIN_TABLE_ROWS rows or more;
 * single header lines between rows and up to two before the first row (the intro "Results on Saturday:", a section
 * "Premier league") are the table's headers; in wire copy a scorecard's notes between rows are rows too.
 */
export function markTables(units: Unit[], wire: boolean): void {
  const prose = units.reduce((n, u) => n + (isBodyLike(u.text) ? wordCount(u.text) : 0), 0);
  // wire copy (a dateline on its own line) prints its tables as content; on web pages with more prose than a
  // brief, table-shaped rows are sidebars and score boxes (the hand-checked bodies leave them out)
  if (prose > MAX_PROSE_AROUND_TABLE && !wire) return;
  // in wire copy a numbered row is a ranked result ("1. Hill 83 points"), not a list of links, and "A v B" a fixture
  // (on a web page such lines are as often a sidebar of fixtures or a list of court cases)
  const row = (u: Unit | undefined) => !!u && (!u.listItem || wire) && !u.afterEnd && (isTableRow(u.text) || wire && isFixtureRow(u.text));
  const header = (u: Unit | undefined) => !!u && !u.listItem && !u.dateline && isTableHeader(u.text);
  const topHeader = (u: Unit | undefined) => !!u && !u.listItem && !u.dateline && (wire ? isWireTableHeader(u.text) : isTableHeader(u.text));
  // between rows: a header; in wire copy up to MAX_WIRE_GAP short lines ("Result : India won by 37 runs .",
  // "Man of the match : X .", "Monday , at the Y Stadium :", "Extras ( b-4 lb-6 ) 18")
  const bridge = (u: Unit | undefined) => !!u && !u.listItem && !u.afterEnd && !u.dateline &&
    (header(u) || wire && (isTableNote(u.text) || wordCount(u.text) <= 14 && !isBodyLike(u.text)));
  const maxGap = wire ? MAX_WIRE_GAP : 1;
  for (let i = 0; i < units.length;) {
    if (!row(units[i])) { i++; continue; }
    let j = i, rows = 0;
    while (j < units.length) {
      if (row(units[j])) { rows++; j++; continue; }
      let g = j;
      while (g < units.length && g - j < maxGap && !row(units[g]) && bridge(units[g])) g++;
      if (g > j && row(units[g])) { j = g; continue; }
      break;
    }
    let top = i;
    while (top > Math.max(0, i - 2) && topHeader(units[top - 1])) top--;
    // without a dateline a brief's table must be announced ("Results on Saturday:"): a price grid, a fixtures
    // list or a weather box under a one-sentence brief is a sidebar
    const introduced = units.slice(top, i).some((u) => /:$/.test(u.text));
    if (rows >= MIN_TABLE_ROWS && (wire || introduced)) {
      for (let k = i; k < j; k++) if (row(units[k])) units[k]!.tableRow = true; else units[k]!.tableHead = true;
      for (let k = top; k < i; k++) units[k]!.tableHead = true;
    }
    i = j;
  }
}
