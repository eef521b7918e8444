// eld's "small" n-gram table read from JSON (dist/eld-small.json, written by `npm run build`): evaluating the package's
// 1.6 MB object literal costs ~320 ms of CPU in every process and analysis worker, JSON.parse of the same table ~100 ms.
// The detector is eld's own, given the same data; without the file, or when it was written from another eld, the
// package's module is loaded as before.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/** eld with the "small" table: from the JSON file when it matches the installed eld, else eld's own module. */
export async function loadLanguageDetector(): Promise<LanguageDetector> {
  try {
    const folder = eldFolder();
    if (folder) {
      const table = JSON.parse(readFileSync(LANGUAGE_TABLE_FILE, 'utf8')) as { fingerprint: string; ngramsData: unknown };
      if (table.fingerprint === eldFingerprint(folder)) {
        const { instance, loadData } = (await eldFactory(folder))();
        if (loadData(table.ngramsData)) return instance;
      }
    }
  } catch { /* no file (a fresh clone before the build): eld's own module below */ }
  return (await import('eld/small')).eld as LanguageDetector;
}
