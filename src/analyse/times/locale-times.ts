// Times in languages other than English: the English rules (weekday pairs, durations, periods, year rules) would only
// misread such text, so where chrono-node has a parser for the article's language it alone finds the dates, and
// the values are written as far as the text makes them certain (a day, a month or a year).
import { createRequire } from 'node:module';
import type { ParsedComponents } from 'chrono-node';
import { isoDay, isoMonth, type Ymd } from './calendar.js';
import type { FoundTime } from './chrono-times.js';

type Parser = { parse(text: string, ref: Date): Array<{ index: number; text: string; start: ParsedComponents }> };

/**
 * chrono-node's locales, each loaded when an article in its language first comes (the package's index would load all
 * sixteen in every process: ~70 ms of CPU). Loading must be synchronous here, so they are required (the package's
 * CommonJS build, the same code); en, pt, es, fr, de and it are loaded by the boilerplate checks anyway.
 */
const require = createRequire(import.meta.url);
const en = require('chrono-node/en') as { casual: Parser; strict: Parser };
const LOADED: Record<string, Parser> = { casual: en.casual, strict: en.strict };
const LOCALES = new Set(['ar', 'de', 'es', 'fi', 'fr', 'id', 'it', 'ja', 'nl', 'pt', 'ru', 'sv', 'uk', 'vi', 'zh']);

/** chrono-node's parser for an ISO 639-1 code, or null when it has none. */
export function localeParser(language: string): Parser | null {
  const code = language.toLowerCase().split(/[-_]/)[0]!;
  if (code === 'en') return null;
  if (!Object.hasOwn(LOADED, code) && LOCALES.has(code)) LOADED[code] = require(`chrono-node/${code}`) as Parser;
  const p = Object.hasOwn(LOADED, code) ? LOADED[code] : undefined;
  return p && typeof p.parse === 'function' ? p : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The TIMEX3 value of a parse: only what the text states (or the reference date implies) is written. */
function valueOf(c: ParsedComponents): string | null {
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  if (y === null || y === undefined) return null;
  if (!c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday')) return c.isCertain('year') ? String(y) : null;
  if (!c.isCertain('day') && !c.isCertain('weekday')) return isoMonth(y, m!);
  const day = isoDay({ year: y, month: m!, day: d! });
  return c.isCertain('hour') ? `${day}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}` : day;
}

export function localeTimes(text: string, spans: Array<{ start: number; end: number }>, parser: Parser, ref: Ymd | null): FoundTime[] {
  const refDate = ref ? new Date(ref.year, ref.month - 1, ref.day, 12) : new Date();
  const out: FoundTime[] = [];
  for (const s of spans) {
    for (const r of parser.parse(text.slice(s.start, s.end), refDate)) {
      const start = s.start + r.index;
      // without a reference date a relative expression ("on Monday") has no value we could vouch for
      const certain = r.start.isCertain('year') || ref !== null;
      out.push({ text: r.text, start, end: start + r.text.length, value: certain ? valueOf(r.start) : null });
    }
  }
  return out;
}
