// Which texts chrono-node's English parsers cannot read a date in, told by one pattern instead of chrono's eighteen:
// about half of a news article's sentences hold no digit and none of chrono's date words, and chrono's casual
// parse spends ~10-40 µs on each of them to find nothing. The words are read from chrono's own sources (its English
// dictionaries and its parsers' patterns), so the test stays a necessary condition across chrono upgrades; if any
// of them cannot be read, every text is parsed (as before the test existed).
//
// Why the test is sound, parser by parser (chrono-node 2.x, casual English): the ISO, slash, year-month-day,
// slash-month and clock-time parsers need a digit; the month-name parsers (little, middle endian, year-month, month
// alone) a month name or abbreviation; the weekday parser a weekday or "weekend"/"weekday" ("week" is a unit); the
// casual date and time parsers their words ("now", "tonight", "noon", …); the end-of-month parser "month"; the
// relative parsers (this/last/next + unit, "3 days ago", "within a week", "2 hours later") a time unit. Words of three
// letters or more are looked for anywhere in the text (a superset of chrono's bounded matches). The one- and two-letter
// units ("s", "m", "d", "hr", …) are only looked for where chrono can read them: after a number (chrono's own number
// pattern; "a"/"an" there end on a word boundary, so a space must follow them) or after "this/last/next/…", and
// followed by a non-word character or by the "ago"/"later" words.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

interface ChronoParser { constructor: { name: string }; innerPattern?(context: unknown): RegExp }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of a pattern's first plain alternation group, e.g. "(now|today|last\s*night)" → now, today, night. */
function firstWordGroup(source: string): string[] | null {
  const group = /\(([a-z|\\s*]+)\)/.exec(source);
  return group ? group[1]!.split('|').map((w) => w.split('\\s*').pop()!) : null;
}

/** The words after the last "\s{0,5}(?:…)" of a pattern: what must follow the units in "… ago", "… later". */
function trailingWords(source: string): string[] | null {
  const all = [...source.matchAll(/\\s\{0,5\}\(\?:([a-z |]+)\)/g)];
  return all.length ? all[all.length - 1]![1]!.split('|') : null;
}

function buildTest(): RegExp | null {
  try {
    const constants = require(join(dirname(require.resolve('chrono-node/en')), 'constants.js')) as Record<string, unknown>;
    const chrono = require('chrono-node/en') as { casual: { parsers: ChronoParser[] } };
    const keys = (name: string) => Object.keys(constants[name] as Record<string, unknown>).map((k) => k.replace(/\.$/, ''));
    const numberPattern = constants.NUMBER_PATTERN;
    if (typeof numberPattern !== 'string') return null;
    const context = { option: {} };
    const sourceOf = (name: string) => chrono.casual.parsers.find((p) => p.constructor.name === name)?.innerPattern?.(context).source;
    const casualWords = ['ENCasualDateParser', 'ENCasualTimeParser'].map((n) => firstWordGroup(sourceOf(n) ?? ''));
    const relativeOpeners = firstWordGroup(sourceOf('ENRelativeDateFormatParser') ?? '');
    const unitEnds = ['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser'].map((n) => trailingWords(sourceOf(n) ?? ''));
    if (casualWords.some((w) => !w) || !relativeOpeners || unitEnds.some((w) => !w)) return null;
    const words = new Set<string>(), shortUnits = new Set<string>();
    for (const k of [...keys('MONTH_DICTIONARY'), ...keys('WEEKDAY_DICTIONARY'), ...casualWords.flat() as string[]]) words.add(k);
    for (const k of keys('TIME_UNIT_DICTIONARY')) (k.length >= 3 ? words : shortUnits).add(k);
    const after = `(?:(?![A-Za-z0-9_])|\\s{0,5}(?:${(unitEnds.flat() as string[]).map(escape).join('|')}))`;
    const units = `(?:${[...shortUnits].map(escape).join('|')})`;
    // chrono's patterns are case-insensitive without the u flag: the same flags here, so "ſ" is no "s" in either
    return new RegExp([
      '[0-9]',
      ...[...words].map(escape),
      `${numberPattern}\\s{0,3}${units}${after}`,
      `(?:${relativeOpeners.map(escape).join('|')})\\s*${units}(?![A-Za-z0-9_])`,
    ].join('|'), 'i');
  } catch {
    return null;
  }
}

const MAY_HOLD_DATE = buildTest();

/** False only when chrono's English casual parser cannot find a date or time in `text`. */
export function mayHoldChronoDate(text: string): boolean {
  return MAY_HOLD_DATE ? MAY_HOLD_DATE.test(text) : true;
}

/** True when the test was built from chrono's sources (false: every text is handed to chrono). */
export const chronoVocabularyLoaded = MAY_HOLD_DATE !== null;
