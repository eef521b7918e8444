// A block longer than a few KB is segmented a window at a time (V8's sentence iterator is quadratic on long
// strings): the sentences must be exactly those of segmenting the block at once, and the time linear.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/analyse/sentences.js';

const DEMO = 'demo/wikinews';
const prose = readdirSync(DEMO).filter((f) => f.endsWith('.txt')).sort().slice(0, 30)
  .map((f) => readFileSync(join(DEMO, f), 'utf8')).join(' ').replace(/\s*\n\s*/g, ' ');

const blocks: Array<[string, string]> = [
  ['30 Wikinews articles as one paragraph', prose],
  ['closed quotes', '"Yes," he said. '.repeat(3000)],
  ['abbreviations and initials', 'Mr. Smith met Dr. J. Doe of the U.S. Army at 5 p.m. on Jan. 4. '.repeat(800)],
  ['broken characters', 'Caf\ufffd r\u00e9sum\u00e9 na\u00efve \ud800 said. '.repeat(1500)],
  ['one long sentence then short ones', `${'word '.repeat(4000)}end. ${'Short one. '.repeat(2000)}`],
  ['questions and ellipses', 'Why? Because… It is! "Really?" she asked. '.repeat(1200)],
];

describe('sentences of a long block', () => {
  it.each(blocks)('%s: the same sentences read in windows as at once', (_, text) => {
    expect(text.length).toBeGreaterThan(20_000);
    const windowed = splitSentences(text, 0, text.length);
    expect(windowed.length).toBeGreaterThan(1);
    expect(windowed).toEqual(splitSentences(text, 0, text.length, Infinity));
  });

  it('keeps the offsets of a block that starts inside the text', () => {
    const text = `Headline here\n\n${prose}`;
    const got = splitSentences(text, 15, text.length);
    expect(got[0]!.start).toBe(15);
    expect(got).toEqual(splitSentences(text, 15, text.length, Infinity));
  });
});
