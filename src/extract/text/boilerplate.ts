// Recognises one-line page furniture (share buttons, adverts, subscription prompts, cookie notes,
// bylines, time stamps, breadcrumbs) by its shape. Only short lines are judged: a long sentence that
// happens to mention "cookies" or "subscribe" is body text. The cue words are data in src/lang/en/furniture.ts.
import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';
import type { DroppedKind } from '../types.js';
import { wordCount } from './lines.js';
import { AFFILIATE_DISCLOSURE, DATE_LINE_WORDS, READ_ON_LINKS } from '../../lang/en/boilerplate.js';
import {
  ADVERT_LINES, AUTHOR_TAGLINE, BYLINE_NAME_JOINERS, BYLINE_OPENERS, COMMENTS_HEADINGS, COMMENTS_OPENERS, COOKIE_ACTIONS,
  COOKIE_NOTE, COOKIE_WORDS, DISCLAIMER_LABEL, NAVIGATION_LINES, NEWSLETTER_BOX, NEWSLETTER_PITCH, NEWSROOM_JOBS,
  NOT_A_NAME_OPENERS, PLATFORM_PITCH, RELATIVE_TIME, SUBSCRIBE_PITCH, TAG_LIST_LABELS, TIME_ZONES, TIMESTAMP_LABELS,
  WIRE_TRAILERS,
} from '../../lang/en/furniture.js';
import { COPYRIGHT_LINE, isAppeal } from '../article-end.js';
import { FURNITURE_TAGS } from '../../lang/page-hints.js';
import { boundedMemo } from '../../model/memo.js';

const NAVIGATION = new RegExp(`^(?:${NAVIGATION_LINES.join('|')})$`, 'i');
const ADVERT = new RegExp(`^(?:${ADVERT_LINES.join('|')})$`, 'i');
const WIRE_TRAILER = new RegExp(`^(?:${WIRE_TRAILERS.join('|')})`, 'i');
const COOKIE = new RegExp(COOKIE_WORDS, 'i');
const COOKIE_NOTE_LINE = new RegExp(COOKIE_NOTE, 'i');
const COOKIE_ACTION = new RegExp(`\\b(${COOKIE_ACTIONS.join('|')})\\b`, 'i');
const COMMENTS_STRONG = new RegExp(`^(?:${COMMENTS_OPENERS.join('|')})$`, 'i');
const COMMENTS_WEAK = new RegExp(`^(?:${COMMENTS_HEADINGS.join('|')})$`, 'i');

/** Start of the comments section: "34 responses to …", "Leave a reply"; `weak` also "Comments". */
export function commentsMarker(text: string): 'strong' | 'weak' | null {
  // a bare counter ("0 Comments") sits in the byline area as often as above the thread: weak
  if (/^\d+\s+comments?$/i.test(text)) return 'weak';
  if (COMMENTS_STRONG.test(text)) return 'strong';
  return COMMENTS_WEAK.test(text) ? 'weak' : null;
}
const BYLINE = new RegExp(String.raw`^(?:${BYLINE_OPENERS.join('|')})\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|${BYLINE_NAME_JOINERS.join('|')}))*(?:\s*[,|–—-]\s*.{0,60})?$`, 'u');
// "Date 14.10.2026" / "Datum: …": some pages label the dateline itself
const TIMESTAMP_PREFIX = new RegExp(String.raw`^(?:${TIMESTAMP_LABELS.join('|')})\b(?:\s+on)?[\s:]*`, 'i');
// A byline without "By" that names the writer's job: "Jane Doe Nordic correspondent", "Jane Doe, Chief
// Political Correspondent". Two or more capitalised name words first, a newsroom job noun last.
const BYLINE_NAME = new RegExp(String.raw`^(?:[Bb]y\s+)?(?!(?:${NOT_A_NAME_OPENERS.join('|')})\s)\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)+\s*[,|–—-]?\s+\S`, 'u');
const NEWSROOM_JOB = new RegExp(`\\b(?:${NEWSROOM_JOBS.join('|')})$`, 'i');
const NEWSLETTER_PITCH_LINE = new RegExp(NEWSLETTER_PITCH, 'i');
const AFFILIATE = new RegExp(AFFILIATE_DISCLOSURE, 'i');
const AUTHOR_TAGLINE_LINE = new RegExp(AUTHOR_TAGLINE, 'i');
const NEWSLETTER_BOX_LINE = new RegExp(NEWSLETTER_BOX, 'i');
const SUBSCRIBE_PITCH_LINE = new RegExp(SUBSCRIBE_PITCH, 'i');
// "By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy": a byline carrying its time stamp
const DATED_BYLINE = /^(?:By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\b.*\d{4}/u;
// an audio or video player's running time printed alone: "4:12", "1:02:33"
const DURATION = /^\d{1,2}:\d{2}(?::\d{2})?$/;
/**
 * A page's script or data copied with its text (a scraper keeping <script> bodies, JSON-LD): JSON members ('"url": "…",
 * "author": [', a line of them or one closed by a comma or bracket), a script statement ("window._taboola =
 * window._taboola || []; …;"), or markup of page furniture ('<div><a href="…', '<img id="pixel" src="…">'). No
 * language writes prose so ('"Devastating": 40 dead as floods …' is a headline: one member, then prose), and the
 * patterns are the languages', not a site's. Lines come trimmed.
 */
const JSON_MEMBER = /^(?:[{[]\s*)?"[@$\w-]+"\s*:\s*(?:"|\[|\{|-?\d|true\b|false\b|null\b)/;
const JSON_MORE = /(?:[,{[\]}]$|"\s*,\s*"[@$\w-]+"\s*:)/;
const SCRIPT_STATEMENT = /^(?:(?:var|let|const)\s+[\w$]+\s*=|function\s*[\w$]*\s*\(|(?:window|document)\s*[.[]|[\w$]+\s*=\s*[\w$.]+\s*\|\|)/;
const MARKUP = new RegExp(`^<(?:${FURNITURE_TAGS.join('|')})\\b(?:\\s+[\\w:-]+\\s*=\\s*["']|\\s*\\/?>\\s*<)`, 'i');
const isCode = (text: string) => (JSON_MEMBER.test(text) && JSON_MORE.test(text)) || MARKUP.test(text) || (SCRIPT_STATEMENT.test(text) && /[;{}]\s*$/.test(text));
/**
 * a teaser's excerpt cut off before its link: "When you walk into almost any store, you're … Read more", not prose
 * with an ellipsis ("… more than ever.")
 */
const CUT_EXCERPT = new RegExp(`(?:…|\\.\\.\\.)\\s*(?:${READ_ON_LINKS.join('|')})(?:\\s+\\S+){0,3}$`, 'i');
const isCutExcerpt = (text: string) => CUT_EXCERPT.test(text) && !/[.!?"”’»]$/u.test(text);
const PLATFORM_PITCH_LINE = new RegExp(PLATFORM_PITCH, 'i');
// a labelled list of topic tags, or the site's disclaimer: "TAGS: Ayungin Shoal, China", "Disclaimer: Comments do not …"
const TAG_LIST = new RegExp(String.raw`^(?:${TAG_LIST_LABELS.join('|')})\s*:\s*\S`, 'i');
const DISCLAIMER = new RegExp(String.raw`^${DISCLAIMER_LABEL}\s*:`, 'i');
// the legal footer, which may open the line: "All rights reserved. This material may not be reproduced …"
const RIGHTS = COPYRIGHT_LINE;
const RELATIVE_TIME_LINE = new RegExp(RELATIVE_TIME, 'i');
const TIME_ZONE = new RegExp(`\\b(?:${TIME_ZONES.join('|')})\\b`, 'g');
const CRUMB = /^[\p{L}\d][\p{L}\d &'-]{0,30}(?:\s*[>›»/|]\s*[\p{L}\d][\p{L}\d &'-]{0,30}){1,6}$/u;

// English first; other languages of the news we expect, keeping the parse that covers the most text
// Each locale by its own entry point: the package's index loads all sixteen (~70 ms more at start-up). Required, since
// Vite (vitest, vite-node) does not resolve the package's "./*" export pattern for imports; the same code as the ESM build.
const require = createRequire(import.meta.url);
const PARSERS = ['en', 'pt', 'es', 'fr', 'de', 'it'].map((code) => require(`chrono-node/${code}`) as typeof import('chrono-node/en'));

/**
 * The reading of the language that covers the most of `text`. Short texts' readings are kept (a bounded memo): a
 * dateline is read by the timestamp check and again by findPublished, and the same dateline tops many articles.
 * The results are shared, so callers only read them, and only their certain parts (those written in the text), which
 * do not depend on when the text was read.
 */
export function parseDates(text: string): readonly chrono.ParsedResult[] {
  return text.length > MAX_DATE_LINE ? readDates(text) : knownDates(text);
}

const knownDates = boundedMemo((text: string) => readDates(text), 2_000);

function readDates(text: string): chrono.ParsedResult[] {
  let best: chrono.ParsedResult[] = [];
  let bestLen = 0;
  const wanted = text.replace(/[\s,.|·•–—:/()-]+/g, '').length;
  for (const p of PARSERS) {
    const found = p.parse(text);
    const len = found.reduce((n, r) => n + r.text.replace(/[\s,.|·•–—:/()-]+/g, '').length, 0);
    if (len > bestLen) { best = found; bestLen = len; }
    // no other language can cover more than all of it: skip the remaining parsers
    if (bestLen >= wanted) break;
  }
  return best;
}

/**
 * True when the whole line is a date or time expression, optionally after "Published"/"Updated",
 * possibly with a zone or "ET"/"GMT"; such lines are page metadata, not body text.
 */
// A dateline may open on the place it was filed from: "Caracas, September 15, 2026", "KYIV — 3 March 2026".
const DATELINE_PLACE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*(?:,|—|–|\s-)\s*(?=\S)/u;

// A section label or the paper's name may precede the time stamp: "Health | Published 2026-05-22 08:10",
// "Daily Courier / 12:05 AM October 22, 2026".
const SECTION_LABEL = /^\p{L}[\p{L} &'-]{0,25}\s*[|·•/]\s*(?=\S)/u;

// The same few top lines are asked about by the title, dateline and furniture checks in turn, and a line that
// is not a date runs all six language parsers: answers for short lines are kept (a bounded memo).
const timestampAnswer = boundedMemo((text: string) => computeTimestampLine(text), 2_000);

export function isTimestampLine(text: string): boolean {
  return text.length > MAX_DATE_LINE ? computeTimestampLine(text) : timestampAnswer(text);
}

/** A byline or a date line: the story's own metadata, printed between its headline block and its text. */
export function isBylineOrDate(text: string): boolean {
  return (wordCount(text) <= 10 && BYLINE.test(text) && !/[.!?]$/.test(text)) || isDatedByline(text) || isTimestampLine(text);
}

/** "By Jane Doe, Reuters Nov 18, 2019", "By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m." */
export function isDatedByline(text: string): boolean {
  return wordCount(text) <= 16 && DATED_BYLINE.test(text) && !/[.!?]$/.test(text.replace(/\b[ap]\.m\.$/i, ''));
}

// "Nov 18, 2019 at 9:24 pm ET • 2 min read": the reading time printed after the date
const READING_TIME = /\s*[•·|]\s*\d+\s*min(?:ute)?s?\s+read$/i;

function computeTimestampLine(line: string): boolean {
  const text = line.replace(READING_TIME, '');
  // "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM": two stamps on one line
  if (/;/.test(text) && text.split(';').every((part) => part.trim() && isTimestampLine(part.trim()))) return true;
  if (isBareTimestamp(text)) return true;
  const label = SECTION_LABEL.exec(text);
  if (label && isBareTimestamp(text.slice(label[0].length))) return true;
  const place = DATELINE_PLACE.exec(text);
  return !!place && /\d/.test(text) && isBareTimestamp(text.slice(place[0].length));
}

const MAX_DATE_LINE = 400;

function isBareTimestamp(text: string): boolean {
  const w = wordCount(text);
  // a date line is short: 16 words, and no more characters than 16 long words take ("-0.00" × 6,000 is one
  // "word" of 30 KB, and running six date parsers over it took seconds)
  if (w === 0 || w > 16 || text.length > MAX_DATE_LINE || /[!?]$/.test(text)) return false;
  if (RELATIVE_TIME_LINE.test(text)) return true;
  if (!/\d/.test(text)) return false; // datelines carry a day or a year; skipping the rest saves the parsers
  const rest = text.replace(TIMESTAMP_PREFIX, '').replace(TIME_ZONE, '').trim();
  if (!rest) return false;
  // "Updated 14:32 GMT": a clock time alone counts only after a Published/Updated label
  if (rest.length < text.length && TIMESTAMP_PREFIX.test(text) && /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$/i.test(rest)) return true;
  const found = parseDates(rest);
  if (!found.length) return false;
  const covered = found.reduce((n, r) => n + r.text.length, 0);
  if (covered === 0 || !found.some((r) => r.start.isCertain('day') || r.start.isCertain('month'))) return false;
  // the date must be the line: besides it only clock times, zones and date-line words ("Last updated at")
  // may remain, and at most one name (the agency: "Reuters Sep 18, 2013") beside a full date
  const residue = dateLineResidue(found.reduce((s, r) => s.replace(r.text, ' '), rest));
  if (!residue.length) return true;
  return residue.length === 1 && /^\p{Lu}\p{L}{1,14}$/u.test(residue[0]) && found.some((r) => r.start.isCertain('year') && r.start.isCertain('day'));
}

const DATE_LINE_WORD = new Set(DATE_LINE_WORDS);
const ZONE = /^(?:[A-Z]{1,3}[SD]?T|UTC|IST)$/;
const CLOCK = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m?\.?)?/gi;

/** The words of a line left after its dates: those that are neither date-line words nor zones. */
function dateLineResidue(text: string): string[] {
  return text.replace(CLOCK, ' ').replace(/[+-]\d{2}:?\d{2}\b/g, ' ').split(/[\s,|·•–—:/()[\].@+-]+/u)
    .filter((w) => w && !DATE_LINE_WORD.has(w.toLowerCase()) && !ZONE.test(w) && !/^\d{4}$/.test(w));
}

/** The kind of boilerplate a line is (most checks only short lines; copied code and cut excerpts any), or null when it may be body text. */
export function boilerplateKind(text: string): DroppedKind | null {
  const w = wordCount(text);
  if (COOKIE_NOTE_LINE.test(text) && /\bcookies?\b/i.test(text)) return 'other';
  if (w <= 60 && AUTHOR_TAGLINE_LINE.test(text)) return 'other';
  if (w <= 25 && NEWSLETTER_BOX_LINE.test(text)) return 'advert';
  if (w <= 40 && SUBSCRIBE_PITCH_LINE.test(text)) return 'advert';
  if (isCode(text)) return 'other';
  if (isCutExcerpt(text)) return 'related';
  if (w > 30) return null;
  const bare = text.replace(/[\s:|·•]+$/, '').replace(/^[\s|·•]+/, '');
  if (ADVERT.test(bare)) return 'advert';
  if (NAVIGATION.test(bare)) return 'navigation';
  // a share strip on one line: "Share this article: Facebook | X | WhatsApp | Email"
  const parts = bare.split(/\s*[|:·•]\s*/).filter(Boolean);
  if (parts.length >= 3 && parts.every((p) => NAVIGATION.test(p))) return 'navigation';
  // wire-copy trailers: "Reporting by X in Seoul; Editing by Y", "Our Standards: The … Trust Principles."
  if (WIRE_TRAILER.test(text)) return 'other';
  if (w <= 20 && NEWSLETTER_PITCH_LINE.test(text)) return 'advert';
  if (DURATION.test(bare)) return 'navigation';
  if (w <= 20 && PLATFORM_PITCH_LINE.test(text)) return 'advert';
  if (TAG_LIST.test(text)) return 'navigation';
  if (DISCLAIMER.test(text)) return 'other';
  if (w <= 9 && BYLINE_NAME.test(text) && NEWSROOM_JOB.test(text)) return 'other';
  if (COOKIE.test(text) && COOKIE_ACTION.test(text)) return 'other';
  if (w <= 10 && BYLINE.test(text) && !/[.!?]$/.test(text)) return 'other';
  if (isDatedByline(text)) return 'other';
  if (w <= 40 && AFFILIATE.test(text)) return 'advert';
  if (isAppeal(text)) return 'advert';
  if (isTimestampLine(text)) return 'other';
  if (w <= 12 && CRUMB.test(text) && !/[.!?]$/.test(text) && /\s[>›»|]\s|[>›»]/.test(text)) return 'navigation';
  if (RIGHTS.test(text)) return 'other';
  return null;
}

