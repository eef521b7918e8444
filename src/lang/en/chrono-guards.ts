// The words every match of some of chrono's English parsers holds (chrono-node 2.10.3), by parser class: a sentence
// holding none of them cannot be matched by that parser, which analyse/times/chrono-guard.ts then skips. Each entry
// names the pattern it was read from (its source, the part it ends with, or its length and FNV-1a hash), so that a
// chrono with other patterns runs unguarded.
export interface ChronoGuard {
  /** the pattern's whole source, or the part it ends with (`tail`) when the rest may change */
  source?: string;
  tail?: boolean;
  /** or the long source's length and FNV-1a hash (hex), as read from chrono 2.10.3 */
  length?: number;
  hash?: string;
  /** every match holds one of these, lower case (the patterns are /i without /u: only ASCII letters fold) */
  words: string[];
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
// the month names' stems: "sept." and "september" hold "sep", "may" is its own
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const CHRONO_GUARDS: Record<string, ChronoGuard> = {
  ENTimeUnitAgoFormatParser: { source: String.raw`\s{0,5}(?:ago|before|earlier)(?=\W|$)`, tail: true, words: ['ago', 'before', 'earlier'] },
  ENTimeUnitLaterFormatParser: {
    source: String.raw`\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\W|$))`, tail: true,
    words: ['later', 'after', 'from now', 'henceforth', 'forward', 'out'],
  },
  ENCasualDateParser: {
    source: String.raw`(\W|^)(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)(?=\W|$)`,
    words: ['now', 'today', 'tonight', 'morrow', 'tmr', 'yesterday', 'last'],
  },
  ENCasualTimeParser: {
    source: String.raw`(\W|^)(?:this)?\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)`,
    words: ['morning', 'noon', 'evening', 'night', 'midday'],
  },
  ENEndOfCurrentMonthParser: { source: String.raw`(\W|^)(?:last\s+day|end)\s+of\s+(?:the\s+)?month(?=\W|$)`, words: ['month'] },
  ENRelativeDateFormatParser: { length: 215, hash: 'f34a999c', words: ['this', 'last', 'past', 'next', 'after'] },
  // a weekday's name (each holds its three-letter stem) or "weekend"/"weekday", required after optional openers
  ENWeekdayParser: { length: 314, hash: 'c3ac7316', words: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'] },
  // a month's name, required in each (after an optional day or "in", before an optional year)
  ENMonthNameLittleEndianParser: { length: 1469, hash: '7bc5adb3', words: MONTHS },
  ENMonthNameMiddleEndianParser: { length: 1435, hash: '5143a643', words: MONTHS },
  ENMonthNameParser: { length: 433, hash: '1ff05841', words: MONTHS },
  // a figure ([0-9] or \d without /u), required in each
  ENYearMonthDayParser: { length: 284, hash: 'cbda09e8', words: DIGITS },
  ISOFormatParser: { length: 143, hash: 'bb6f06bd', words: DIGITS },
  SlashDateFormatParser: { length: 95, hash: '54246e38', words: DIGITS },
  ENSlashMonthFormatParser: { length: 39, hash: 'd2acb1b1', words: DIGITS },
  ENTimeExpressionParser: { length: 209, hash: '6f25cd98', words: DIGITS },
  ENYearMonthNameParser: { length: 335, hash: '2bc37299', words: DIGITS },
};

