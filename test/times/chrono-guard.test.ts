// chrono's parsers skipped on sentences without their words must leave its results unchanged: every guarded
// parser's own expressions in any case, sentences without them, and a parser whose pattern is not the one its
// guard was read from (run unguarded).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Chrono } from 'chrono-node';
import { endsWithRequired, guardedChrono } from '../../src/analyse/times/chrono-guard.js';

const chrono = createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en');
const guarded = guardedChrono(chrono.casual);
const REF = new Date(2026, 10, 26, 12);
const read = (c: Chrono, text: string) => c.parse(text, REF).map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null]);

const SENTENCES = [
  'The plant closed three days ago, two weeks BEFORE the vote and a year earlier than planned.',
  'Talks resume five days later, or two weeks after; a month from now; henceforth; going forward; it played out.',
  'Now, today, TONIGHT, tomorrow, overmorrow, tmr, tmrw, yesterday and last  night.',
  'This morning, in the afternoon, EVENING, at night, midnight, midday and noon.',
  'By the end of the month, on the last day of the MONTH.',
  'Parliament met on Monday, 4 March 2019 at 10:30 and again on 12/4.',
  'No date at all is written in this sentence, says the minister.',
  'In 1932 the constitution limited the monarchy; 540 million records were found.',
];

describe('chrono with guarded parsers', () => {
  it.each(SENTENCES)('reads what chrono reads: %s', (text) => {
    const plain = read(chrono.casual, text);
    expect(read(guarded, text)).toEqual(plain);
  });

  it('finds the guarded parsers\' expressions', () => {
    const found = SENTENCES.slice(0, 5).map((s) => read(guarded, s).length);
    expect(found.every((n) => n > 0)).toBe(true);
  });

  it('takes a tail as required only when it is a whole element of a one-branch pattern', () => {
    expect(endsWithRequired(String.raw`(\W|^)(\d+)\s{0,5}(?:ago|before)(?=\W|$)`, String.raw`\s{0,5}(?:ago|before)(?=\W|$)`)).toBe(true);
    expect(endsWithRequired(String.raw`(\W|^)(\d+)|x\s{0,5}(?:ago|before)(?=\W|$)`, String.raw`\s{0,5}(?:ago|before)(?=\W|$)`)).toBe(false);
    expect(endsWithRequired(String.raw`(\W|^)(?:(\d+)\s{0,5}(?:ago|before)(?=\W|$)`, String.raw`\s{0,5}(?:ago|before)(?=\W|$)`)).toBe(false);
    expect(endsWithRequired(String.raw`(\W|^)[a|b]\s{0,5}(?:ago)`, String.raw`\s{0,5}(?:ago)`)).toBe(true);
    // "\s" cut in two: the tail's "s" is escaped by the head
    expect(endsWithRequired(String.raw`(\W|^)x\s{0,5}(?:ago)`, String.raw`s{0,5}(?:ago)`)).toBe(false);
    expect(endsWithRequired(String.raw`(\W|^)x\\s{0,5}(?:ago)`, String.raw`s{0,5}(?:ago)`)).toBe(true);
    expect(endsWithRequired(String.raw`(\W|^)[ab\]s{0,5}(?:ago)]`, String.raw`s{0,5}(?:ago)]`)).toBe(false);
  });

  it('runs a parser unguarded when its pattern is not the one its guard was read from', () => {
    class ENEndOfCurrentMonthParser {
      pattern() { return /(\W|^)(?:end of (?:the )?(?:month|quarter))(?=\W|$)/i; }
      extract(context: { createParsingResult(i: number, t: string): unknown }, m: RegExpExecArray) { return context.createParsingResult(m.index + m[1]!.length, m[0].slice(m[1]!.length)); }
    }
    const custom = chrono.casual.clone();
    custom.parsers = [new ENEndOfCurrentMonthParser() as unknown as (typeof custom.parsers)[number]];
    custom.refiners = [];
    const text = 'Results come at the end of the quarter.';
    expect(guardedChrono(custom).parse(text, REF).map((r) => r.text)).toEqual(['end of the quarter']);
  });
});
