// The one place an analysis outcome is written for a raw input the store already holds: the analysis in
// one transaction, or the reason it failed (the raw bytes stay either way, so nothing is lost).
import type { Analysis } from '../model/analysis.js';
import { InputError } from '../model/errors.js';
import type { SqliteStore } from '../store/sqlite.js';
import type { RawDocument } from './raw.js';

export function failureReason(err: unknown): string {
  return err instanceof InputError ? err.reason : `analysis failed: ${(err as Error).message}`;
}

/** Runs `analyse` on a stored raw input and records its outcome; rethrows the failure for the caller. */
export async function analyseStored(store: SqliteStore, raw: RawDocument, analyse: (raw: RawDocument) => Analysis | Promise<Analysis>): Promise<Analysis> {
  try {
    const analysis = await analyse(raw);
    store.saveAnalysis(analysis);
    return analysis;
  } catch (err) {
    store.markFailed(raw.id, failureReason(err));
    throw err;
  }
}
