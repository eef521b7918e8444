// Where analyses run: inline for a few inputs, or in a pool of worker threads (piscina) when a batch is
// big enough to pay for the workers' start-up (each loads its own gazetteer).
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { analyzeRaw, type AnalyzeOptions } from '../api.js';
import type { Analysis } from '../model/analysis.js';
import { InputError } from '../model/errors.js';
import type { RawDocument } from './raw.js';
import type { WorkerResult } from './analysis-worker.js';

export interface Analyzer {
  /** how many analyses may usefully run at once */
  concurrency: number;
  /** resolves to the analysis; rejects with InputError (bad input) or Error (our failure) */
  analyze(raw: RawDocument, options: AnalyzeOptions): Promise<Analysis>;
  close(): Promise<void>;
}

export const inlineAnalyzer: Analyzer = {
  concurrency: 1,
  analyze: async (raw, options) => analyzeRaw(raw, options),
  close: async () => {},
};

/**
 * Batches smaller than this run inline: each worker's start-up (about 1.5 s, mostly the gazetteer index)
 * costs more than it saves. Measured with bench/ingest/pool.mjs: 201 articles 1.6 s inline vs 3.2 s
 * in two workers; 1,000 articles 9.4 s inline vs 8.1 s.
 */
export const POOL_MIN_BATCH = 400;

export function poolAnalyzer(threads = Math.min(availableParallelism(), 4)): Analyzer | null {
  const worker = new URL('./analysis-worker.js', import.meta.url);
  // Only the compiled build has a loadable worker file (tests importing the TypeScript run inline).
  if (threads < 2 || !existsSync(fileURLToPath(worker))) return null;
  const pool = new Piscina({ filename: worker.href, minThreads: threads, maxThreads: threads });
  return {
    concurrency: threads * 2,
    async analyze(raw, options) {
      const result = (await pool.run({ raw, options })) as WorkerResult;
      if (result.ok) return result.analysis;
      throw result.input ? new InputError(raw.source.path ?? raw.source.url ?? raw.id, result.reason) : new Error(result.reason);
    },
    close: () => pool.destroy(),
  };
}

/** STORYLINE_WORKERS=N forces N worker threads (0 or 1: inline); otherwise the batch size decides. */
export function chooseAnalyzer(batchSize: number, env = process.env.STORYLINE_WORKERS): Analyzer {
  if (env !== undefined && env !== '') {
    const n = Number(env);
    return (Number.isInteger(n) && n >= 2 ? poolAnalyzer(n) : null) ?? inlineAnalyzer;
  }
  return (batchSize >= POOL_MIN_BATCH ? poolAnalyzer() : null) ?? inlineAnalyzer;
}
