// eld's "small" n-gram table read from JSON (dist/eld-small.json, written by `npm run build`): evaluating the package's
// 1.6 MB object literal costs ~320 ms of CPU in every process and analysis worker, JSON.parse of the same table as
// 81k small objects ~240 ms. The file packs it instead (packNgrams: two newline-joined lists, ~60 ms to read) and an
// n-gram's scores are decoded when a text first holds it (a detection reads ~150). The detector is eld's own, given
// the same data; without the file, or when it was written from another eld, the package's module is loaded as before.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { indexInSorted } from '../model/sorted-strings.js';

export interface LanguageDetector { detect(text: string): { language: string; isReliable(): boolean } }

/** Where `npm run build` writes the table: dist/ at the repository root, from src/ and from dist/ alike. */
export const LANGUAGE_TABLE_FILE = new URL('../../dist/eld-small.json', import.meta.url);

/** eld's folder: its package exports only ready-made detectors, not the detector factory or the tables. */
export function eldFolder(): string | null {
  for (let d = dirname(fileURLToPath(import.meta.url)); ; d = dirname(d)) {
    const folder = join(d, 'node_modules', 'eld');
    if (existsSync(join(folder, 'src', 'languageDetector.js'))) return folder;
    if (dirname(d) === d) return null;
  }
}

/** Names the table's source: eld's version and its table file's size and time. */
export function eldFingerprint(folder: string): string {
  const st = statSync(join(folder, 'src', 'ngrams', 'small.js'));
  return `${(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version} ${st.size} ${st.mtimeMs}`;
}

/** eld's detector factory, from its folder. */
export async function eldFactory(folder: string): Promise<() => { instance: LanguageDetector; loadData(data: unknown): string }> {
  return ((await import(pathToFileURL(join(folder, 'src', 'languageDetector.js')).href)) as { createEld: () => { instance: LanguageDetector; loadData(data: unknown): string } }).createEld;
}

/** eld's n-gram table: for each n-gram (a string of byte-characters), its score by language number. */
export type Ngrams = Record<string, Record<string, number>>;

/** eld's database as eld/small holds it: the table and the languages it scores. */
export interface NgramsData { type: string; languages: Record<string, string>; isSubset: boolean; ngrams: Ngrams }

/** The file's form of the table: the n-grams sorted (code unit order), and their scores as "language:score,…", in the same order. */
export interface PackedNgrams { keys: string; scores: string }

/** Packs eld's table (the build; unpackNgrams reads it back). Neither an n-gram nor its scores hold a newline (the build checks). */
export function packNgrams(ngrams: Ngrams): PackedNgrams {
  const keys = Object.keys(ngrams).sort();
  return {
    keys: keys.join('\n'),
    scores: keys.map((k) => Object.entries(ngrams[k]!).map(([lang, score]) => `${lang}:${score}`).join(',')).join('\n'),
  };
}

/**
 * eld's table over the packed lists: an object whose n-gram properties are found by binary search and decoded on first
 * read (eld reads the table only as `ngrams[bytes]`, then its languages with for…in). Unknown n-grams read undefined.
 */
export function unpackNgrams(packed: PackedNgrams): Ngrams {
  const keys = packed.keys.split('\n'), scores = packed.scores.split('\n');
  const decoded = new Map<string, Record<string, number> | undefined>();
  const find = (key: string): Record<string, number> | undefined => {
    const at = indexInSorted(keys, key);
    if (at < 0) return undefined;
    const entry: Record<string, number> = {};
    for (const pair of scores[at]!.split(',')) { const colon = pair.indexOf(':'); entry[pair.slice(0, colon)] = Number(pair.slice(colon + 1)); }
    return entry;
  };
  return new Proxy({} as Ngrams, {
    get(_, key) {
      if (typeof key !== 'string') return undefined;
      if (!decoded.has(key)) decoded.set(key, find(key));
      return decoded.get(key);
    },
  });
}

/** The file's content: eld's table packed, with the fingerprint of the eld it came from. */
export interface LanguageTableFile { fingerprint: string; type: string; languages: Record<string, string>; isSubset: boolean; packed: PackedNgrams }

/** eld with the "small" table: from the JSON file when it matches the installed eld, else eld's own module. */
export async function loadLanguageDetector(): Promise<LanguageDetector> {
  try {
    const folder = eldFolder();
    if (folder) {
      const table = JSON.parse(readFileSync(LANGUAGE_TABLE_FILE, 'utf8')) as LanguageTableFile;
      if (table.fingerprint === eldFingerprint(folder) && table.packed) {
        const { instance, loadData } = (await eldFactory(folder))();
        const data: NgramsData = { type: table.type, languages: table.languages, isSubset: table.isSubset, ngrams: unpackNgrams(table.packed) };
        if (loadData(data)) return instance;
      }
    }
  } catch { /* no file (a fresh clone before the build): eld's own module below */ }
  return (await import('eld/small')).eld as LanguageDetector;
}
