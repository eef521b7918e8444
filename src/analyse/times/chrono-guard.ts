// chrono's English casual parser with some of its parsers skipped on sentences that cannot hold their match.
// chrono runs each of its 18 patterns over every sentence, each opening on `(\W|^)` and so tried at every
// character. Some can only match text holding one of a few words: "ago"/"before"/"earlier" close every match of
// the amount-ago pattern, "month" is in every "end of the month", a figure in every numeric date. Such a parser is
// given a pattern that fails at
// once when the sentence (lower-cased) holds none of its words; otherwise its own. A pattern that finds nothing
// yields no result, so the results are the same. Each guard is kept only while the parser's pattern is the one it
// was read from (checked when the parser first runs): a newer chrono with other patterns is run unguarded.
import type { Chrono, Parser, ParsingContext } from 'chrono-node';
import { CHRONO_GUARDS as GUARDS, type ChronoGuard as Guard } from '../../lang/en/chrono-guards.js';

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h.toString(16);
}

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
