// English words for time expressions (TimeML TIMEX3), as data: the times annotators build their patterns
// from these lists and never repeat them. Values follow the TimeML / TIMEX3 conventions.
import { speechForms } from './speech.js';
import { NUMBER_WORD_VALUES } from './numbers.js';

const { zero: _zero, ...COUNTING_WORDS } = NUMBER_WORD_VALUES;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december'];
/** Abbreviations a month name may take, beyond its first three letters ("Sept"). */
export const MONTH_ABBREVIATIONS: Record<string, number> = { sept: 9 };
/** Weekday abbreviations taken as weekdays ("Sat" and "Sun" are left out: they are words too). */
export const WEEKDAY_ABBREVIATIONS = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri'];

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
/** Capitalised month names and abbreviations as one regex alternation ("Jan(?:uary)?|…|Sept"), longest forms first. */
export const MONTH_NAME_PATTERN = [...Object.keys(MONTH_ABBREVIATIONS).map(capital),
  ...MONTHS.map((m) => capital(m.slice(0, 3)) + (m.length > 3 ? `(?:${m.slice(3)})?` : ''))].join('|');
/** Capitalised full month names as one regex alternation ("January|…|December"). */
export const MONTH_FULL_PATTERN = MONTHS.map(capital).join('|');
/** Capitalised three-letter month abbreviations that are not also a full name ("Jan", not "May"). */
export const MONTH_THREE_LETTER = MONTHS.filter((m) => m.length > 3).map((m) => capital(m.slice(0, 3)));
/** Capitalised weekday names, Sunday first (as Date.getUTCDay counts). */
export const WEEKDAY_NAMES = WEEKDAYS.map(capital);
/** Capitalised weekday names and abbreviations as one regex alternation. */
export const WEEKDAY_NAME_PATTERN = [...WEEKDAYS.map(capital), ...[...WEEKDAY_ABBREVIATIONS].sort((a, b) => b.length - a.length).map(capital)].join('|');

/** Seasons as TIMEX3 writes them ("2025-SU"), with the month each begins in (northern meteorological seasons). */
export const SEASONS: Record<string, { code: string; startMonth: number }> = {
  spring: { code: 'SP', startMonth: 3 },
  summer: { code: 'SU', startMonth: 6 },
  autumn: { code: 'FA', startMonth: 9 },
  fall: { code: 'FA', startMonth: 9 },
  winter: { code: 'WI', startMonth: 12 },
};

/** Ordinals naming a quarter or a half of a year. */
export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4,
};
/** Words placing a period relative to the one the reference date is in ("last quarter", "next summer"). */
export const PERIOD_STEPS: Record<string, -1 | 0 | 1> = {
  last: -1, past: -1, previous: -1, this: 0, current: 0, 'the current': 0, next: 1, coming: 1, 'the coming': 1, 'the next': 1,
  'the previous': -1, 'the past': -1,
};
/** Words before a period giving TIMEX3 mod: "early 2009" START, "late summer" END, "mid-2011" MID. */
export const PERIOD_MODS: Record<string, string> = {
  early: 'START', late: 'END', mid: 'MID', 'mid-': 'MID', middle: 'MID', beginning: 'START', start: 'START', end: 'END',
  close: 'END', turn: 'END',
};

/** Number words for amounts of time; `null` = an unspecified amount (TIMEX3 "X": "several years" = PXY). */
export const AMOUNTS: Record<string, number | null> = {
  a: 1, an: 1, ...COUNTING_WORDS, hundred: 100, couple: 2, 'a couple of': 2, 'couple of': 2, few: null, 'a few': null,
  several: null, many: null, 'a number of': null,
};
/** Units of duration: TIMEX3 letter, multiple, and whether the unit is a clock unit (written after "PT"). */
export const DURATION_UNITS: Record<string, { letter: string; times: number; clock: boolean }> = {
  second: { letter: 'S', times: 1, clock: true },
  minute: { letter: 'M', times: 1, clock: true },
  hour: { letter: 'H', times: 1, clock: true },
  day: { letter: 'D', times: 1, clock: false },
  night: { letter: 'D', times: 1, clock: false },
  week: { letter: 'W', times: 1, clock: false },
  fortnight: { letter: 'W', times: 2, clock: false },
  month: { letter: 'M', times: 1, clock: false },
  quarter: { letter: 'Q', times: 1, clock: false },
  year: { letter: 'Y', times: 1, clock: false },
  decade: { letter: 'Y', times: 10, clock: false },
  century: { letter: 'Y', times: 100, clock: false },
};
/** Plurals that are not the unit plus "s". */
export const UNIT_PLURALS: Record<string, string> = { centuries: 'century' };

/** Words that step from the reference date to a period or a weekday ("last month", "this coming Friday"). */
export const RELATIVE_STEPS = ['this', 'last', 'next', 'past', 'coming', 'previous', 'following'];
/**
 * Expressions counted from the moment of writing whatever the story's narrative does ("this week", "last winter",
 * "next month", "yesterday"): deictic, unlike the anaphoric "the following year", "that summer", "the previous week".
 */
export const DEICTIC_OPENERS = ['this', 'last', 'next', 'coming', 'yesterday', 'today', 'tomorrow', 'tonight', 'now'];
/** Plural units that make a duration alone, without a number ("for years", "decades-long", "in minutes"). */
export const BARE_PLURAL_UNITS = ['years', 'decades', 'months', 'weeks', 'days', 'hours', 'minutes', 'centuries'];
/** Words that make an amount of time a span that ends or starts at the reference date ("the past two years"). */
export const SPAN_MODIFIERS = ['past', 'last', 'next', 'coming', 'previous', 'following', 'first', 'recent', 'final'];
/** After an amount of time, these make it a point anchored elsewhere ("two years ago", "three days later"). */
// ("two days before the launch", "three years after" stay durations: TimeML anchors them to an event)
// ("18 years old" stays a duration too: TimeML gives ages as DURATION P18Y)
export const ANCHORING_WORDS = ['ago', 'earlier', 'later', 'from now', 'since', 'back'];
/** Words allowed between an amount and its unit ("two consecutive quarters"). */
export const AMOUNT_QUALIFIERS = ['consecutive', 'straight', 'successive', 'full', 'more', 'long', 'whole', 'additional', 'further'];

/** Quantifiers of a set of times ("every week", "each season"), as TIMEX3 writes them. */
export const SET_QUANTIFIERS: Record<string, string> = { every: 'EVERY', each: 'EACH', per: 'EVERY', a: 'EVERY', an: 'EVERY' };
/** Frequency words that are sets on their own ("weekly unemployment benefits"). */
export const FREQUENCY_WORDS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', fortnightly: 'P2W', monthly: 'P1M',
  quarterly: 'P1Q', yearly: 'P1Y', annually: 'P1Y',
};
/** Frequencies before a set ("twice a week" = P1W, freq 2X). */
export const FREQUENCIES: Record<string, string> = { once: '1X', twice: '2X', thrice: '3X' };

/**
 * Times with no place on the calendar: TimeML's PRESENT_REF, PAST_REF and FUTURE_REF. Longest first, so that
 * "in recent years" wins over "recent". Each entry is a phrase of lower-case words.
 */
export const REFERENCE_WORDS: Array<[string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF']> = [
  ['recent years', 'PAST_REF'], ['recent months', 'PAST_REF'], ['recent weeks', 'PAST_REF'],
  ['recent days', 'PAST_REF'], ['recent times', 'PAST_REF'], ['the near future', 'FUTURE_REF'], ['the near term', 'FUTURE_REF'], ['the long term', 'FUTURE_REF'],
  ['the short term', 'FUTURE_REF'], ['the coming days', 'FUTURE_REF'], ['the coming weeks', 'FUTURE_REF'],
  ['the coming months', 'FUTURE_REF'], ['the coming years', 'FUTURE_REF'], ['the time being', 'PRESENT_REF'],
  ['at present', 'PRESENT_REF'], ['at the moment', 'PRESENT_REF'], ['right now', 'PRESENT_REF'],
  ['these days', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['current', 'PRESENT_REF'],
  ['presently', 'PRESENT_REF'], ['now', 'PRESENT_REF'], ['recently', 'PAST_REF'], ['recent', 'PAST_REF'],
  ['the past', 'PAST_REF'], ['previously', 'PAST_REF'], ['the future', 'FUTURE_REF'],
  ['soon', 'FUTURE_REF'], ['shortly', 'FUTURE_REF'], ['lately', 'PAST_REF'],
  ['coming days', 'FUTURE_REF'], ['coming weeks', 'FUTURE_REF'], ['coming months', 'FUTURE_REF'], ['coming years', 'FUTURE_REF'],
];

/**
 * Days, weeks, months and years named by reference to the last date mentioned ("that day", "the following
 * year"): the unit and the step from that date.
 */
export const ANAPHORIC_STEPS: Record<string, number> = {
  that: 0, 'that same': 0, 'the same': 0, the: 0, 'the following': 1, 'the next': 1, 'the previous': -1, 'the preceding': -1,
};
export const ANAPHORIC_UNITS = ['day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night'];

/** Ordinals counting a run of periods ("a second consecutive day", "the fifth straight month"). */
export const RUN_ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
/** Words making the ordinal a run of periods up to the one meant. */
export const RUN_WORDS = ['consecutive', 'straight', 'successive', 'running'];
/** Periods compared with the same one a year before ("the same period last year", "the year-earlier quarter"). */
export const SAME_PERIOD_UNITS = ['period', 'month', 'quarter', 'week', 'day', 'time', 'half', 'season'];
/** Phrases placing "the same period" one year back. */
export const YEAR_BACK = ['last year', 'a year earlier', 'a year ago', 'a year before', 'the previous year', 'the prior year',
  'the preceding year', 'the year before', 'of last year', 'in the previous year'];

/** Parts of the day as TIMEX3 writes them after "T" ("this morning" = 2025-12-04TMO). */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI', daytime: 'DT',
};

/** Fiscal years ("fiscal 2009", "FY2010", "this fiscal year") are TIMEX3 "FY2009". */
export const FISCAL_WORDS = ['fiscal', 'financial'];

/** Words before a bare year that make it a year ("in 2009", "between 2009 and 2010", "the 2008 Olympics"). */
export const YEAR_CUES = ['in', 'since', 'by', 'until', 'till', 'through', 'during', 'of', 'from', 'before', 'after', 'to',
  'and', 'or', 'the', 'early', 'late', 'fiscal', 'year', 'around', 'circa', 'between', 'for', 'summer', 'spring',
  'autumn', 'fall', 'winter', 'c.', 'ca.', 'throughout', 'into', 'within', 'as of', 'a', 'its', 'his', 'her', 'their', 'our',
  'this', 'that'];

/** Words before a year of 1500–1799 that make it a year ("in 1758", "since 1660"): fewer than YEAR_CUES, since such
 * numbers are amounts as often ("of 1600 men"). */
export const EARLY_YEAR_CUES = ['in', 'since', 'until', 'till', 'during', 'throughout', 'circa', 'c.', 'ca.', 'early', 'late'];

/** Holidays on a fixed day: month and day. */
export const HOLIDAYS: Record<string, [number, number]> = {
  'christmas day': [12, 25], 'christmas eve': [12, 24], christmas: [12, 25], 'boxing day': [12, 26],
  "new year's day": [1, 1], "new year's eve": [12, 31], halloween: [10, 31], "valentine's day": [2, 14],
  "st. patrick's day": [3, 17], "saint patrick's day": [3, 17], 'independence day': [7, 4], 'bastille day': [7, 14],
  'armistice day': [11, 11], 'veterans day': [11, 11], 'remembrance day': [11, 11], 'may day': [5, 1],
};

// Tense cues: what makes the time a sentence speaks of future or past (read by src/analyse/times/tense.ts).
// "ahead of elections in November": what a story is ahead of has not happened yet
/** Right after a date that opens its clause, the verb that looks ahead: "On Sunday, she will …". */
export const FUTURE_AFTER = ['will', 'is expected', 'is scheduled', 'are expected', 'are scheduled'];
/** Modals before "have" + participle: a guess about the past ("may have ended this spring"). */
export const PAST_GUESS_MODALS = ['may', 'might', 'could', 'must', 'would', 'should'];
/** Before a weekday, words that point to a day of the story, not to the reporter's week ("That Sunday afternoon"). */
export const ANAPHORIC_DETERMINERS = ['that', 'the', 'same', 'following', 'next', 'previous', 'this'];
/** Words the subject between such a date and its verb never holds: a new clause starts there. */
export const CLAUSE_JOINERS = ['and', 'but', 'so', 'which', 'who', 'that', 'while', 'because', 'as', 'if', 'when'];
/** The auxiliaries of a past tense that no aside or condition uses ("had forecast", "did not"; "were" follows "if"). */
export const PAST_AUXILIARIES = ['had', 'did'];
export const FUTURE_CUE = /\b(expects?\s+(?:[a-z]+\s+){0,3}?to|will|might|won['’]t|shall|['’]ll|going to|(?:is|are|was|were) (?:due|set|scheduled|expected|to)|(?:is|are) planning|plans? to|planned|scheduled|upcoming|forthcoming|next|coming|expects? to|would|should|ahead of|run-up to)\b/i;
export const PAST_CUE = /\b(was|were|had|did|said|told|ago|last|earlier|took|began|came|fell|rose|made|met|left|won|lost|sold|bought|went|saw|held|gave|ran|spoke|struck|wrote|led|kept|paid|[a-z]{3,}ed)\b/i;
// An accusation, charge or denial is about a deed already done: "has accused the ELN of an Aug. 29 attack".
export const ACCUSATION = /\b(?:accus|blam|charg|convict|indict|sentenc|condemn|deni|deny|admit|acquitt?)(?![a-z]*ing\b)[a-z]*\s+(?:[\p{L}'’.-]+\s+){0,6}?(?:of|for|over)\b/iu;
// A third-person verb ("ends", "takes place"), or a plural one after a plural subject ("The Games end on Sunday",
// "the finals take place"), never after "to", "had" or a possessive ("agreed to meet on", "Biden's visit on"); "at"
// only after "expires" ("expires at midnight on Friday"): "to start at 3 p.m. on Saturday" may be past.
export const SCHEDULED_PRESENT = /(?:\b(?:ends|starts|begins|opens|closes|resumes|meets|arrives|leaves|departs|travels|visits|hosts|convenes|concludes|returns|expires|takes place|kicks off|gets under way)|(?<![''’]|\bto\s|\bhad\s|\bdid\s)\b(?:they|\p{L}{2,}s)\s+(?:end|begin|open|resume|meet|convene|conclude|expire|take place|get under way))\s+(?:on\s+|next\s+)?$|\bexpires?\s+at\s+$/iu;
export const REPORTING_VERB = new RegExp(`\\b(?:${speechForms('tense').join('|')})\\b`, 'i');
