// The pre-test that spares chrono-node the sentences it cannot read a date in: it must never turn away a text chrono
// finds something in (else times would be lost), and it should turn away plain prose (else it saves nothing).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chronoVocabularyLoaded, mayHoldChronoDate } from '../../src/analyse/times/chrono-vocabulary.js';

const chrono = createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en');
const ref = new Date(2025, 11, 4, 12);

describe('which sentences may hold a date for chrono', () => {
  it('reads its words from chrono-node itself', () => expect(chronoVocabularyLoaded).toBe(true));

  it.each([
    'The ministry confirmed it yesterday.', 'Talks resume on Sunday.', 'It rained all night.', 'They met at noon.',
    'Prices rose last week.', 'The deal was struck two days ago.', 'Within a fortnight or a month, maybe.',
    'Results come at the end of the month.', 'Elections are due in March.', 'He left at 5.', 'A few d ago it began.',
    'Back in a couple of hrs later.', 'Sales rose next d.', 'It opens this weekend.',
  ])('lets through "%s"', (text) => expect(mayHoldChronoDate(text)).toBe(true));

  it.each([
    'The leader said the agreement was fair.', 'Critics called it a betrayal of voters.', 'Police arrested a suspect.',
  ])('turns away "%s", where chrono finds nothing', (text) => {
    expect(chrono.casual.parse(text, ref)).toEqual([]);
    expect(mayHoldChronoDate(text)).toBe(false);
  });

  it('never turns away a sentence of the fixtures in which chrono finds a date or time', () => {
    const dir = join(import.meta.dirname, '../fixtures');
    const texts: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name));
        else if (/\.(?:txt|html?)$/.test(e.name)) texts.push(readFileSync(join(d, e.name), 'utf8'));
      }
    };
    walk(dir);
    let turnedAway = 0, withDates = 0;
    for (const s of texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).filter((x) => x.trim())) {
      const found = chrono.casual.parse(s, ref).length > 0;
      if (found) withDates++;
      if (!mayHoldChronoDate(s)) { turnedAway++; expect(found, s).toBe(false); }
    }
    expect(withDates).toBeGreaterThan(50);
    expect(turnedAway).toBeGreaterThan(50);
  });
});
