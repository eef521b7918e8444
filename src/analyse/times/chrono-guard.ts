// chrono's English casual parser with some of its parsers skipped on sentences that cannot hold their match.
// chrono runs each of its 18 patterns over every sentence, each opening on `(\W|^)` and so tried at every
// character. Some can only match text holding one of a few words: "ago"/"before"/"earlier" close every match of
// the amount-ago pattern, "month" is in every "end of the month", a figure in every numeric date. Such a parser is
// given a pattern that fails at
// once when the sentence (lower-cased) holds none of its words; otherwise its own. A pattern that finds nothing
// yields no result, so the results are the same. Each guard is kept only while the parser's pattern is the one it
// was read from (checked when the parser first runs): a newer chrono with other patterns is run unguarded.
import type { Chrono, Parser, ParsingContext } from 'chrono-node';

interface Guard {
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

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h.toString(16);
}

const GUARDS: Record<string, Guard> = {
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

/** Whether `re` is the pattern `guard` was read from. */
function readFrom(re: RegExp, guard: Guard): boolean {
  if (re.flags !== 'i') return false;
  if (guard.hash !== undefined) return re.source.length === guard.length && fnv1a(re.source) === guard.hash;
  return guard.tail ? endsWithRequired(re.source, guard.source!) : re.source === guard.source;
}

/**
 * Whether `source` is one sequence (no `|` outside groups and classes) that ends with `tail` as a whole element: then
 * every match ends with a match of `tail`.
 */
export function endsWithRequired(source: string, tail: string): boolean {
  if (!source.endsWith(tail)) return false;
  const head = source.slice(0, source.length - tail.length);
  let depth = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head[i];
    // an escape or a class running past the head takes in the tail's start: the tail is then no element of its own
    if (c === '\\') { if (++i >= head.length) return false; continue; }
    if (c === '[') {
      for (i++; i < head.length && head[i] !== ']'; i++) if (head[i] === '\\') i++;
      if (i >= head.length) return false;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return depth === 0;
}

const NEVER = /^(?!)/;

function guarded(parser: Parser, guard: Guard, lowerOf: (context: ParsingContext) => string): Parser {
  let checked: RegExp | null = null;
  let valid = false;
  return {
    pattern(context: ParsingContext): RegExp {
      const re = parser.pattern(context);
      if (re !== checked) {
        checked = re;
        valid = readFrom(re, guard);
      }
      if (!valid) return re;
      const lower = lowerOf(context);
      for (const w of guard.words) if (lower.includes(w)) return re;
      return NEVER;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

/** A copy of `casual` whose guarded parsers are skipped on texts without their words. */
export function guardedChrono(casual: Chrono): Chrono {
  const copy = casual.clone();
  let lastContext: ParsingContext | null = null;
  let lastLower = '';
  const lowerOf = (context: ParsingContext) => {
    if (context !== lastContext) { lastContext = context; lastLower = context.text.toLowerCase(); }
    return lastLower;
  };
  copy.parsers = copy.parsers.map((p) => {
    const guard = GUARDS[p.constructor.name];
    return guard ? guarded(p, guard, lowerOf) : p;
  });
  return copy;
}
