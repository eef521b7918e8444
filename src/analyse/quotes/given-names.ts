// The given-name genders of gender-detection-from-name, read from a packed file (dist/given-names.json, written by
// `npm run build`): requiring the package evaluates ~2 MB of Map literals in six languages, ~215 ms of CPU in every
// process and analysis worker that resolves a pronoun; the packed lists read in ~15 ms. The answers are the
// package's own: a name's first gender in its order of languages (en, it, es, fr, de, tr), as `getGender(name)` does.
// Without the file, or when it was written from another version of the package, the package is loaded as before.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indexInSorted } from '../../model/sorted-strings.js';

export type NameGender = 'male' | 'female' | 'unknown';

/** Where `npm run build` writes the table: dist/ at the repository root, from src/ and from dist/ alike. */
export const GIVEN_NAME_FILE = new URL('../../../dist/given-names.json', import.meta.url);

const requireCjs = createRequire(import.meta.url);

/** The languages' lists in the package's order of precedence (index.js getGender). */
export const NAME_LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'tr'] as const;

/** The package's folder. */
export function nameListFolder(): string { return dirname(requireCjs.resolve('gender-detection-from-name')); }

/** Names the lists' source: the package's version and its lists' sizes and times. */
export function nameListFingerprint(folder: string): string {
  const version = (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
  return [version, ...NAME_LANGUAGES.map((l) => { const st = statSync(join(folder, 'names', `${l}.js`)); return `${l} ${st.size} ${st.mtimeMs}`; })].join(' ');
}

/** The file's form: lower-case names sorted by UTF-16 code units, joined by newlines, and one letter (m/f) per name. */
export interface PackedNames { fingerprint: string; names: string; genders: string }

/** Packs name → gender (the build; namesLookup reads it back). */
export function packNames(fingerprint: string, genders: ReadonlyMap<string, 'male' | 'female'>): PackedNames {
  const names = [...genders.keys()].sort();
  return { fingerprint, names: names.join('\n'), genders: names.map((n) => (genders.get(n) === 'male' ? 'm' : 'f')).join('') };
}

/** A lookup over packed names: a name's gender by bisection of the sorted list, case-folded as the package does. */
export function namesLookup(packed: PackedNames): (name: string) => NameGender {
  const names = packed.names.split('\n'), genders = packed.genders;
  return (name: string) => {
    const at = name ? indexInSorted(names, name.toLowerCase()) : -1;
    return at < 0 ? 'unknown' : genders[at] === 'm' ? 'male' : 'female';
  };
}

/** The given-name lookup: from the packed file when it matches the installed package, else the package's getGender. */
export function loadNameGenders(): (name: string) => NameGender {
  try {
    if (existsSync(GIVEN_NAME_FILE)) {
      const packed = JSON.parse(readFileSync(GIVEN_NAME_FILE, 'utf8')) as PackedNames;
      if (packed.fingerprint === nameListFingerprint(nameListFolder())) return namesLookup(packed);
    }
  } catch { /* an unreadable or foreign file: the package below */ }
  return (requireCjs('gender-detection-from-name') as { getGender: (n: string) => NameGender }).getGender;
}
