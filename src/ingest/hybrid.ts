// Analyses on every core without paying for a worker on the core the main thread already uses: the main thread
// analyses inline whenever the workers are all busy, and the workers take the rest. On 2 cores this is one worker
// (one start-up, ~1.4 s of CPU, instead of two) plus the main thread, which also writes the results.
import { availableParallelism } from 'node:os';
import type { AnalyzeOptions } from '../api.js';
import type { Analysis } from '../model/analysis.js';
import { inlineAnalyzer, poolAnalyzer, type Analyzer } from './analyzer.js';
import type { RawDocument } from './raw.js';

/** Lets the event loop take the workers' finished results before the main thread starts an analysis of its own. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** null when no worker can start (no compiled worker file, or a single core). */
export function hybridAnalyzer(workers = Math.min(availableParallelism(), 4) - 1): Analyzer | null {
  const pool = workers >= 1 ? poolAnalyzer(workers) : null;
  if (!pool) return null;
  let inPool = 0;
  const toPool = async (raw: RawDocument, options: AnalyzeOptions): Promise<Analysis> => {
    inPool++;
    try {
      return await pool.analyze(raw, options);
    } finally {
      inPool--;
    }
  };
  return {
    // each worker one input, the main thread one, and one waiting per worker so that none idles between inputs
    concurrency: workers * 2 + 1,
    async analyze(raw, options) {
      if (inPool < workers * 2) return toPool(raw, options);
      await yieldToEventLoop();
      if (inPool < workers * 2) return toPool(raw, options);
      return inlineAnalyzer.analyze(raw, options);
    },
    close: () => pool.close(),
  };
}

/**
 * Batches smaller than this run inline. A worker's start-up costs 1.5–3.5 s of CPU (modules, data, a cold JIT;
 * `npm run bench:ingest`, docs/decisions/speed.md "Ingest end to end"), and it only pays on a core nobody else
 * uses: on the shared 2-core machine (load 6–15) no run of the 201 demo articles gained from a worker, and the
 * quieter measurement behind this value (201 articles 1.6 s inline vs 3.2 s in two workers; 1,000: 9.4 s vs
 * 8.1 s) put the break-even between them. The hybrid analyser starts one worker fewer than that pool did.
 */
export const POOL_MIN_BATCH = 400;

/** STORYLINE_WORKERS=N forces N worker threads (0 or 1: inline); otherwise the batch size decides. */
export function chooseAnalyzer(batchSize: number, env = process.env.STORYLINE_WORKERS): Analyzer {
  if (env !== undefined && env !== '') {
    const n = Number(env);
    return (Number.isInteger(n) && n >= 1 ? poolAnalyzer(n) : null) ?? inlineAnalyzer;
  }
  return (batchSize >= POOL_MIN_BATCH ? hybridAnalyzer() : null) ?? inlineAnalyzer;
}
