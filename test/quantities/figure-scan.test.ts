// The figure scan tries the figure pattern only where a figure can open: it must find every figure a search of
// the whole text finds, including those that open on a word (a number in words, a currency code).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE, findQuantities } from '../../src/analyse/quantities/index.js';
import { nextFigure } from '../../src/analyse/quantities/figure-scan.js';

/** Every match of the pattern, by a global search (what the scan replaces) and by the scan. */
function bothWays(text: string): [string[], string[]] {
  const global = new RegExp(CORE.source, 'giu');
  const all: string[] = [];
  for (let m; (m = global.exec(text));) all.push(`${m.index}:${m[0]}`);
  const scanned: string[] = [];
  for (let m, at = 0; (m = nextFigure(CORE, text, at)); at = CORE.lastIndex) scanned.push(`${m.index}:${m[0]}`);
  return [scanned, all];
}

describe('figure scan', () => {
  it.each([
    'US$5 million', 'KSh 300 and Ksh 20', 'Rs. 500', 'CN¥30', 'A$12, C$4, S$7, R$9', 'a hundred people', 'a dozen eggs',
    'Eighteen people', 'SEVENTEEN', '.5 percent', '₦870 to ₦1,150', 'twenty-five', 'two hundred and fifty thousand',
    'the A320 and F-16', 'x5 5x 5b', '(3) [four] "nine"', 'ſix ſeven', 'USD 40 EUR 3 GBP 2 CHF 1 ZAR 8', 'one-two',
    'café5 é7', 'нет 5 слов', '\u212ASH 50', 'abone onetwo seventeenth 4', 'USD5', '3.5bn', 'a\thundred',
    'x.5, . 5, 1.5.3 and ...7', '€5 £3 ¥4 ₹9 ৳2 ₨5 ฿1 ₾6', '-5, +6, (7), "8", —9, %10', '$ 5 and $.5',
  ])('finds what a search of the whole text finds: %s', (text) => {
    const [scanned, all] = bothWays(text);
    expect(all.length).toBeGreaterThan(0);
    expect(scanned).toEqual(all);
  });

  it('finds the same figures in whole articles', () => {
    const dir = join(__dirname, '../fixtures/generalisation'), demo = join(__dirname, '../../demo/wikinews');
    const files = [...readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => join(dir, n)),
      ...readdirSync(demo).filter((n) => n.endsWith('.txt')).sort().slice(0, 40).map((n) => join(demo, n))];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const [scanned, all] = bothWays(text);
      expect(scanned, f).toEqual(all);
    }
  });

  it('still reads figures that open on a word', () => {
    expect(findQuantities('Eighteen people were hurt', 0, 25)[0]?.value).toBe(18);
    expect(findQuantities('it cost US$5 million', 0, 20)[0]?.unit).toBe('USD');
  });
});
