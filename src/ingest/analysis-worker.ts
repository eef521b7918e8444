// Worker-thread entry for the analysis pool: raw document in, analysis (or the reason it failed) out.
import { analyzeRaw, type AnalyzeOptions } from '../api.js';
import type { Analysis } from '../model/analysis.js';
import { InputError } from '../model/errors.js';
import type { RawDocument } from './raw.js';

export type WorkerResult = { ok: true; analysis: Analysis } | { ok: false; reason: string; input: boolean };

export default function analyseInWorker({ raw, options }: { raw: RawDocument; options: AnalyzeOptions }): WorkerResult {
  try {
    // Structured clone turns the Buffer into a Uint8Array: give the decoder its Buffer back.
    return { ok: true, analysis: analyzeRaw({ ...raw, bytes: Buffer.from(raw.bytes) }, options) };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, reason: err.reason, input: true };
    return { ok: false, reason: `analysis failed: ${(err as Error).message}`, input: false };
  }
}
