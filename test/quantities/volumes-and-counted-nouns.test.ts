// Unit rules: cubic units are volumes, a participle before a counted noun is an adjective, and a
// nationality plural may carry one adjective.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/analyse/quantities/index.js';

const one = (s: string) => findQuantities(s, 0, s.length)[0];

describe('quantity units', () => {
  it('reads "cubic metres" / "cubic feet" as volumes, not lengths', () => {
    expect(one('The field may hold 40 billion cubic metres of gas.')).toMatchObject({ value: 40e9, unit: 'm3' });
    expect(one('The tank holds 900 cubic feet of air.')).toMatchObject({ value: 900, unit: 'ft3' });
    expect(one('The wall is 12 metres high.')).toMatchObject({ unit: 'm' });
  });
  it('counts people after a participle adjective, even with a scale word', () => {
    expect(one('Aid must reach 3.4 million displaced people in the north.')).toMatchObject({ value: 3.4e6, unit: 'people' });
  });
  it('counts a nationality plural after one adjective as people', () => {
    expect(one('Some 20,000 ethnic Serbs left the valley.')).toMatchObject({ value: 20000, unit: 'people' });
    expect(one('About 300 stranded Palestinians crossed at dawn.')).toMatchObject({ value: 300, unit: 'people' });
  });
});
