// Quantity rules (own sentences): a currency-sign table, ranges only between compatible figures,
// a change "from X to Y" is two values, and a bare figure reached by a plural subject counts that subject.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/analyse/quantities/index.js';

const all = (s: string) => findQuantities(s, 0, s.length);
const one = (s: string) => all(s)[0];

describe('quantity rules', () => {
  it('reads currency signs beyond $, € and £ as ISO codes', () => {
    expect(one('Bread now costs ₦2,500 a loaf.')).toMatchObject({ value: 2500, unit: 'NGN' });
    expect(one('The fine was ₹40 lakh, or ₩3 million.')).toMatchObject({ unit: 'INR' });
    expect(one('The ticket costs R$ 120.')).toMatchObject({ value: 120, unit: 'BRL' });
    expect(one('Rent rose to ₺9,000.')).toMatchObject({ value: 9000, unit: 'TRY' });
  });
  it('does not join a money figure and a count into one range', () => {
    const qs = all('The state will pay ₹5,000 to 2 million farmers.');
    expect(qs[0]).toMatchObject({ value: 5000, unit: 'INR' });
    expect(qs[0]!.maxValue).toBeUndefined();
    expect(qs[1]).toMatchObject({ value: 2e6, unit: 'farmers' });
    expect(one('Prices ranged from $5 to 10 million.')?.maxValue).toBe(10e6);
  });
  it('reads "rose from X to Y" as two values, not a range', () => {
    const qs = all('The fare rose from £3 to £4.50 in March.');
    expect(qs.map((q) => q.value)).toEqual([3, 4.5]);
  });
  it('takes the unit of a bare figure from the plural subject that reached it', () => {
    expect(one('Hospital admissions fell to about 1,200 in January.')).toMatchObject({ value: 1200, unit: 'admissions' });
  });
  it('keeps a figure followed by "last week" (a lowercase word ending in t is no time zone)', () => {
    expect(one('He paid $1,200 last week.')).toMatchObject({ value: 1200, unit: 'USD' });
    expect(all('The talks began at 9 EST.')).toHaveLength(0);
  });
});
