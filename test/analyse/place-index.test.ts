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
  const read = readPlaceIndex(serialisePlaceIndex(built, fingerprint), fingerprint)!;

  it('gives every key of every table the same place as the in-memory build', () => {
    let differ = 0, keys = 0;
    for (const name of ['countries', 'states', 'cities', 'compact'] as const) {
      for (const [key, place] of built[name]) { keys++; if (!isDeepStrictEqual(read[name].get(key), place)) differ++; }
    }
    expect(keys).toBeGreaterThan(100_000);
    expect(differ).toBe(0);
    expect(read.cities.get('no such place at all')).toBeUndefined();
  });

  it('keeps one place shared by its keys, and countries ranked above every city', () => {
    const alias = aliasOf(built.countries, 'united states');
    expect(alias).toBeDefined();
    const us = read.countries.get('united states');
    expect(us).toBe(read.countries.get(alias!));
    expect(us!.population).toBe(Infinity);
    expect(lookupPlace('Moscow')?.geo.country).toBe('RU');
  });

  it('is not used when built from other data or code', () => {
    expect(readPlaceIndex(serialisePlaceIndex(built, 'other'), fingerprint)).toBeNull();
  });
});
