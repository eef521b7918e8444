// The given-name genders read from dist/given-names.json (when `npm run build` wrote it for the installed package) must
// answer as gender-detection-from-name's getGender does; without the file the lookup is the package's own.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadNameGenders, namesLookup, packNames } from '../../src/analyse/quotes/given-names.js';

const { getGender } = createRequire(import.meta.url)('gender-detection-from-name') as { getGender: (n: string) => string };
const NAMES = ['Maria', 'JOHN', 'john', 'Andrea', 'Jean', 'José', 'Zoë', 'Björn', 'Mehmet', 'Ayşe', 'Kim', 'Sasha', 'Volodymyr',
  'Zzyzx', '', 'O\'Neil', 'Anne-Marie', 'ıvan', 'Ümit'];

describe('given-name genders read at start-up', () => {
  it('answer as the package does, in any case, and unknown names as unknown', () => {
    const lookup = loadNameGenders();
    for (const name of NAMES) expect({ name, gender: lookup(name) }).toEqual({ name, gender: getGender(name) });
  });

  it('packs and finds names by bisection, whatever their order in the map', () => {
    const lookup = namesLookup(JSON.parse(JSON.stringify(packNames('test', new Map([['zoe', 'female'], ['adam', 'male'], ['mara', 'female']])))));
    expect(['Adam', 'MARA', 'zoe', 'bob', ''].map(lookup)).toEqual(['male', 'female', 'female', 'unknown', 'unknown']);
  });
});
