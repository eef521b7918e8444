// The one place an analysis outcome is written for a raw input the store already holds: the analysis in
// one transaction, or the reason it failed (the raw bytes stay either way, so nothing is lost).
import type { Analysis } from '../model/analysis.js';
import { InputError } from '../model/errors.js';
import type { SqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/engine.js';
import { asStore } from '../store/sqlite-engine.js';
import type { RawDocument } from './raw.js';

export function failureReason(err: unknown): string {
  return err instanceof InputError ? err.reason : `analysis failed: ${(err as Error).message}`;
}

/** Runs `analyse` on a stored raw input and records its outcome; rethrows the failure for the caller. */
export async function analyseStored(store: Store | SqliteStore, raw: RawDocument, analyse: (raw: RawDocument) => Analysis | Promise<Analysis>): Promise<Analysis> {
  const engine = asStore(store);
  try {
    const analysis = await analyse(raw);
    await engine.saveAnalysis(analysis);
    return analysis;
  } catch (err) {
    await engine.markFailed(raw.id, failureReason(err));
    throw err;
  }
}
