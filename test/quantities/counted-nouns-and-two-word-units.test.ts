// Unit rules: invariant plurals and nationals are counted nouns, "N of the X" counts X, and
// two-word units keep both words.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/analyse/quantities/index.js';

const one = (s: string) => findQuantities(s, 0, s.length)[0];

describe('quantity units', () => {
  it('counts invariant plurals after modifiers and after "of the"', () => {
    expect(one('It tracked 71 Chinese military aircraft near the island.')).toMatchObject({ value: 71, unit: 'aircraft' });
    expect(one('He said 45 of the aircraft had crossed the median line.')).toMatchObject({ value: 45, unit: 'aircraft' });
  });
  it('counts a capitalised nationality plural as people, not a name', () => {
    expect(one('It is punishing 90,000 Serbs for the crimes of a few.')).toMatchObject({ value: 90000, unit: 'people', about: expect.stringContaining('Serbs') });
    expect(one('He owns 3 Doors in town.')?.unit ?? null).not.toBe('people');
  });
  it('keeps two-word units whole', () => {
    expect(one('Yields rose 45 basis points.')).toMatchObject({ value: 45, unit: 'basis point' });
    expect(one('Ships came within 24 nautical miles of the coast.')).toMatchObject({ value: 24, unit: 'nautical mile' });
    expect(one('A zone of 30 square kilometres was closed.')).toMatchObject({ value: 30, unit: 'km2' });
  });
});

describe('what a figure measures', () => {
  it('keeps the possessor of a counted group', () => {
    expect(one('She said the island\'s 57,000 people wanted investment.')?.about).toMatch(/^island's people/);
  });
  it('skips a locating preposition after a duration and reads the clause before', () => {
    expect(one('A Russian research vessel had spent 11 days near the archipelago.')?.about).toMatch(/vessel/);
  });
  it('reads "N months after X" as time since X', () => {
    expect(one('Talks resumed on Wednesday, four months after negotiations collapsed.')?.about).toBe('after negotiations');
  });
});
