// The gazetteer index written at build time must answer every lookup exactly as the index built in memory.
import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { buildPlaceIndex, lookupPlace, placeIndexFingerprint, type Place } from '../../src/analyse/shared/places.js';
import { readPlaceIndex, serialisePlaceIndex } from '../../src/analyse/shared/place-index.js';

/** Another key of the table that names the same place object as `key`. */
function aliasOf(table: Map<string, Place>, key: string): string | undefined {
  const place = table.get(key);
  for (const [k, p] of table) if (p === place && k !== key) return k;
  return undefined;
}

describe('serialised place index', () => {
  const built = buildPlaceIndex();
  const fingerprint = placeIndexFingerprint();
  const text = serialisePlaceIndex(built, fingerprint);
  const read = readPlaceIndex(text, fingerprint)!;

  it('is written in ASCII, other characters escaped, and reads back names outside it', () => {
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
    expect(text).toContain('\\u00e3'); // "ã", as in São Paulo
    expect(read.cities.get('sao paulo')?.name).toBe('São Paulo');
  });

  it('gives every key of every table the same place as the in-memory build', () => {
    let differ = 0, keys = 0;
    for (const name of ['countries', 'states', 'cities', 'compact'] as const) {
      for (const [key, place] of built[name]) { keys++; if (!isDeepStrictEqual(read[name].get(key), place)) differ++; }
    }
    expect(keys).toBeGreaterThan(100_000);
    expect(differ).toBe(0);
    expect(read.cities.get('no such place at all')).toBeUndefined();
  });

  it('finds no place for a key that is not in the table, beside or between the stored keys', () => {
    let asked = 0, found = 0;
    for (const name of ['countries', 'states', 'cities', 'compact'] as const) {
      const keys = [...built[name].keys()];
      const near = [...keys.filter((_, i) => i % 37 === 0).flatMap((k) => [`${k} `, `${k}a`, k.slice(0, -1), `a${k}`]), '', '\uffff', ' ', 'zzzzzz'];
      for (const k of near) if (!built[name].has(k)) { asked++; if (read[name].get(k) !== undefined) found++; }
    }
    expect(asked).toBeGreaterThan(10_000);
    expect(found).toBe(0);
  });

  it('keeps one place shared by its keys, and countries ranked above every city', () => {
    const alias = aliasOf(built.countries, 'united states');
    expect(alias).toBeDefined();
    const us = read.countries.get('united states');
    expect(us).toBe(read.countries.get(alias!));
    expect(us!.population).toBe(Infinity);
    expect(lookupPlace('Moscow')?.geo.country).toBe('RU');
  });

  it('is ASCII text, read as latin1 into the same places (names with diacritics and other scripts included)', () => {
    const text = serialisePlaceIndex(built, fingerprint);
    expect(/[^\x00-\x7f]/.test(text)).toBe(false);
    const viaLatin1 = readPlaceIndex(Buffer.from(text, 'utf8').toString('latin1'), fingerprint)!;
    let checked = 0;
    for (const [key, place] of built.cities) if (/[^\x00-\x7f]/.test(place.name + key)) { checked++; expect(viaLatin1.cities.get(key)).toEqual(place); }
    expect(checked).toBeGreaterThan(100);
  });

  it('is not used when built from other data or code', () => {
    expect(readPlaceIndex(serialisePlaceIndex(built, 'other'), fingerprint)).toBeNull();
    // a file in an earlier layout, written from the same data and code
    const earlier = JSON.parse(serialisePlaceIndex(built, fingerprint)) as { format?: number };
    delete earlier.format;
    expect(readPlaceIndex(JSON.stringify(earlier), fingerprint)).toBeNull();
  });
});
