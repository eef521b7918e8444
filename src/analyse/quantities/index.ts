// Public surface of the quantities annotators: figures in digits or words with their qualifier
// ("nearly"), range end, normalised unit and what they measure. Years, dates, times of day,
// list markers and "1 of 6" counters are left out.
import type { Quantity } from '../../model/analysis.js';
import type { Annotator, ArticleDoc } from '../document.js';
import { aboutAfter, complementAfter, contextBefore, countedPhrase, isCountedNoun, nounAfterUnit, verbPhraseAfter } from './about.js';
import { DIGIT_NUMBER, WORD_NUMBER, digitsToNumber, scaleOf, wordsToNumber } from './numbers.js';
import { CURRENCY_PREFIX, currencyUnit, unitAt } from './units.js';
import { nextFigure } from './figure-scan.js';
import { DEMONYMS } from '../../lang/en/entities.js';
import {
  CHANGE_FROM, CLOCK_AFTER, COMPOUND_TAIL, EXACT_QUALIFIER, MEASURE_UNIT, NATIONALS_AFTER, NOT_OWNER, NOT_PLURAL_SUBJECT,
  ORDINAL_SUFFIX, PART_OF, QUALIFIER, SINGULAR_S_ENDING, SUBJECT_COUNT,
} from '../../lang/en/quantities.js';
import { MONTH_NAME_PATTERN } from '../../lang/en/times.js';
import { ORDINAL_SUFFIX_PATTERN, SCALE_ABBREVIATIONS, SCALE_WORDS } from '../../lang/en/numbers.js';

const NUMBER = `(?:${DIGIT_NUMBER}|\\b${WORD_NUMBER}\\b)`;
const SCALE = String.raw`(?:\s?(?:${SCALE_ABBREVIATIONS.join('|')})\b|\s(?:${SCALE_WORDS.join('|')})\b|(?:k|m|b)(?![\p{L}\p{N}]))`;
// Every alternative that opens on a letter (a currency code, a number word) opens on \b, so no figure starts
// inside a word: the first group says so in two character checks, where the engine would otherwise try every
// alternative at every letter of the text (three times faster, same matches).
const NOT_INSIDE_WORD = '(?:(?<![A-Za-z0-9_])|(?![A-Za-z]))';
// sticky: tried only where a figure can open (figure-scan.ts)
export const CORE = new RegExp(`${NOT_INSIDE_WORD}(${CURRENCY_PREFIX})?(${NUMBER})(${SCALE})?`, 'yiu');
const RANGE_NEXT = new RegExp(String.raw`^\s*(?:-|–|—|to|and)\s*(?:${CURRENCY_PREFIX})?(${NUMBER})(${SCALE})?`, 'iu');
const MONTH = `(?:${MONTH_NAME_PATTERN})`;
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^${ORDINAL_SUFFIX_PATTERN}?\\s+(?:of\\s+)?${MONTH}\\b`, 'i');
// the zone abbreviation ("EST", "CEST") is matched case-sensitively: with /i, "1,200 last week" read "last" as a zone
const TIME_AFTER = { test: (s: string) => CLOCK_AFTER.test(s) || /^\s?[A-Z]{2,4}T\b/.test(s) };

interface Parsed { value: number; end: number; unit: string | null }

function parseNumber(currency: string | undefined, num: string, scale: string | undefined): number | null {
  const base = /\d/.test(num) ? digitsToNumber(num) : wordsToNumber(num);
  if (base === null || Number.isNaN(base)) return null;
  const s = scale?.trim();
  if (s && /^[kmb]$/i.test(s) && !currency) return null; // "5m" without a currency is metres, "5b" a label
  return base * scaleOf(s);
}

/** Whether the figure is part of a date, a time, a code or a counter rather than a quantity. */
function isNotQuantity(text: string, start: number, end: number, num: string, hasCurrency: boolean, blockStart: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 16);
  if (/[\p{L}\p{N}_]$|[\p{L}\p{N}][-/.:]$|#$|\bno\.\s?$|\bnumber\s$/iu.test(before) && !hasCurrency) return true;
  if (/^[/:]\d|^\.\d|^[-–]\d+[-/]\d/.test(after)) return true;
  if (TIME_AFTER.test(after) || MONTH_AFTER.test(after) || MONTH_BEFORE.test(before)) return true;
  if (/^\s+of\s+\d/.test(after) || /\b\d+\s+of\s+$/.test(before)) return true; // "1 of 6"
  if (ORDINAL_SUFFIX.test(after)) return true; // ordinals
  if (start === blockStart && /^[.)]/.test(after)) return true; // list markers
  if (!hasCurrency && /^\d{4}$/.test(num) && +num >= 1800 && +num <= 2100 && !unitAt(after.replace(/^[\s-]/, ''))) return true; // years
  if (/^\d+$/.test(num) && /^\s?(?:s\b|'s\b|’s\b)/.test(after)) return true; // "1990s"
  return false;
}

/** "pushed the price from ₦870 to ₦1,150", "rose from 4% to 6%": a change between two values, not a range. */
const isChange = (text: string, numStart: number) => CHANGE_FROM.test(text.slice(Math.max(0, numStart - 60), numStart));

/** "border arrests fell to about 58,000": a bare figure reached by a plural subject counts that subject. */
function subjectCounted(before: string): string | null {
  const m = SUBJECT_COUNT.exec(before);
  return m && !SINGULAR_S_ENDING.test(m[1]!) && !NOT_PLURAL_SUBJECT.test(m[1]!) ? m[1]! : null;
}

/**
 * "₦80,000 to 15 million poor households": a range joins figures of one kind, so a money figure is no range
 * with a second figure that has no currency of its own and counts something else.
 */
function compatible(text: string, after: number, second: string, currencyUnitName: string | null): boolean {
  if (!currencyUnitName || new RegExp(`^\\s*\\S+\\s*${CURRENCY_PREFIX}`, 'iu').test(second)) return true;
  return !(countedPhrase(text, after) || isCountedNoun(text, after));
}

/** Unit, compound ("five-hour") or range that follows the number at `end`. */
function tail(text: string, numStart: number, end: number, currencyUnitName: string | null) {
  let pos = end;
  let maxValue: number | null = null;
  const range = RANGE_NEXT.exec(text.slice(pos, pos + 40));
  const q = QUALIFIER.exec(text.slice(Math.max(0, numStart - 60), numStart));
  if (range && (!/^\s*and/i.test(range[0]) || q?.[1]!.toLowerCase() === 'between') && !isChange(text, numStart) && compatible(text, pos + range[0].length, range[0], currencyUnitName)) {
    const v = parseNumber(undefined, range[1]!, range[2]);
    if (v !== null) { maxValue = v; pos += range[0].length; }
  }
  let unit = currencyUnitName;
  let compound = false;
  const sep = /^(?:\s|-(?=\p{L}))?/u.exec(text.slice(pos))![0];
  const u = unitAt(text.slice(pos + sep.length, pos + sep.length + 40));
  // "2.6C of warming": a temperature written with the scale letter glued to the figure
  const glued = !unit && !sep ? /^°?([CF])(?![\p{L}\p{N}])/u.exec(text.slice(pos)) : null;
  if (glued) return { end: pos + glued[0].length, unit: glued[1] === 'C' ? 'celsius' : 'fahrenheit', maxValue, compound: false };
  if (u && !unit) {
    unit = u.unit;
    compound = sep === '-';
    pos += sep.length + u.length;
  } else if (!unit && sep === '-') {
    const w = /^[\p{L}]+/u.exec(text.slice(pos + 1))!;
    // "a 4,800-strong brigade" counts people; other hyphen words are the unit ("ten-storey")
    unit = /^strong$/i.test(w[0]) ? 'people' : w[0].toLowerCase();
    compound = true;
    pos += 1 + w[0].length;
  }
  if (compound) { const tailWord = COMPOUND_TAIL.exec(text.slice(pos)); if (tailWord) pos += tailWord[0].length; }
  return { end: pos, unit, maxValue, compound };
}

/** "45 of the aircraft": a part of a counted group already named takes the group's noun as unit. */
function partOf(text: string, pos: number): { head: string; phrase: string; end: number } | null {
  const of = PART_OF.exec(text.slice(pos, pos + 20));
  if (!of) return null;
  const noun = isCountedNoun(text, pos + of[0].length);
  return noun ? { head: noun.word, phrase: noun.word, end: noun.end } : countedPhrase(text, pos + of[0].length);
}

/** "90,000 Serbs", "200 Palestinians", "100,000 ethnic Armenians": a capitalised plural whose singular names a nationality counts people. */
function nationals(text: string, pos: number): { word: string; end: number } | null {
  // one adjective may stand before it ("100,000 ethnic Armenians", "300 stranded Palestinians")
  const m = NATIONALS_AFTER.exec(text.slice(pos, pos + 45));
  if (!m) return null;
  const stem = m[1]!.toLowerCase();
  if (!(stem in DEMONYMS || `${stem}ian` in DEMONYMS || `${stem}ish` in DEMONYMS || `${stem}i` in DEMONYMS)) return null;
  return { word: `${m[1]}s`, end: pos + m[0].length };
}

export function findQuantities(text: string, from: number, to: number, blockStart = from): Quantity[] {
  const out: Quantity[] = [];
  const chunk = text.slice(from, to);
  CORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextFigure(CORE, chunk, CORE.lastIndex))) {
    const start = from + m.index!;
    const [, currency, num, scale] = m;
    const numStart = start + (currency?.length ?? 0);
    const numEnd = numStart + num!.length;
    if (!m[0]) { CORE.lastIndex++; continue; }
    if (isNotQuantity(text, currency ? start : numStart, numEnd, num!, !!currency, blockStart)) continue;
    const value = parseNumber(currency, num!, scale);
    if (value === null) continue;
    const t = tail(text, start, start + m[0].length, currency ? currencyUnit(currency) : null);
    let unit: string | null = t.unit;
    let about: string | null = null;
    let end = t.end;
    let counted = false;
    if (!unit) {
      const phrase = countedPhrase(text, end);
      const noun = phrase ? null : isCountedNoun(text, end);
      if (phrase) { unit = phrase.head.toLowerCase(); about = phrase.phrase; end = phrase.end; counted = true; }
      else if (noun) { unit = noun.word.toLowerCase(); about = noun.word; end = noun.end; counted = true; }
      else if (partOf(text, end)) { const p = partOf(text, end)!; unit = p.head.toLowerCase(); about = p.phrase; end = p.end; counted = true; }
      else if (nationals(text, end)) { const n = nationals(text, end)!; unit = 'people'; about = n.word; end = n.end; counted = true; }
      else if (/^one$/i.test(num!)) continue; // "one" alone is a pronoun or article ("one of them")
      else if (subjectCounted(text.slice(Math.max(from, start - 60), start).replace(QUALIFIER, ''))) {
        unit = subjectCounted(text.slice(Math.max(from, start - 60), start).replace(QUALIFIER, ''))!; about = unit; counted = true;
      }
      else {
        // ellipsis: "killed 150,000 people and driven 12 million from their homes" counts people too
        const prev = out[out.length - 1];
        if (prev?.unit && prev.end > from && /^[^.;:]{0,60}$/.test(text.slice(prev.end, start)) && /\band\b|,/.test(text.slice(prev.end, start))
          && /^[\p{Ll}]/u.test(prev.unit) && !MEASURE_UNIT.test(prev.unit)) {
          unit = prev.unit; about = prev.unit; counted = true;
        }
      }
    }
    if (unit === 'people' && !counted) { about = text.slice(start, end).split(/\s+/).pop() ?? null; counted = !t.compound; }
    const qual = QUALIFIER.exec(text.slice(Math.max(from, start - 40), start));
    const qs = qual ? start - qual[0].length : start;
    const grammatical = aboutAfter(text, end, t.compound) ?? complementAfter(text, end, unit);
    if (grammatical) about = grammatical;
    else if (counted) {
      // a count says what is counted; the verb or clause around it says what happened to them
      const verb = verbPhraseAfter(text, end);
      const prevEnd = out.length && out[out.length - 1]!.end > from ? out[out.length - 1]!.end : from;
      const ctx = verb ? null : contextBefore(text, prevEnd, qs);
      about = verb ? `${about} ${verb}` : ctx ? `${about}: ${ctx}` : about;
      // "the island's 57,000 people": whose they are is part of what is counted
      const owner = /(\p{L}+)['’]s\s+$/u.exec(text.slice(Math.max(from, qs - 30), qs));
      if (owner && !NOT_OWNER.test(owner[1]!)) about = `${owner[1]}'s ${about}`;
    } else if (unit && !about) about = nounAfterUnit(text, end) ?? contextBefore(text, from, qs);
    const approximate = qual && !EXACT_QUALIFIER.test(qual[1]!) ? qual[1]!.toLowerCase() : null;
    out.push({
      text: text.slice(qs, end), value, unit, about, start: qs, end,
      ...(approximate ? { approximate } : {}), ...(t.maxValue !== null ? { maxValue: t.maxValue } : {}),
    });
    CORE.lastIndex = Math.max(CORE.lastIndex, end - from); // a range's second figure is not a new quantity
  }
  return out;
}

export const quantityAnnotator: Annotator = {
  name: 'quantities',
  reads: ['sentences'],
  writes: ['quantities'],
  needsLang: true,
  annotate(doc: ArticleDoc) {
    const out: Quantity[] = [];
    for (const s of doc.sentences) out.push(...findQuantities(doc.text, s.start, s.end, doc.article.blocks[s.block]?.start ?? s.start));
    doc.quantities = out;
  },
};

export const quantityAnnotators: Annotator[] = [quantityAnnotator];
