// Where analyses run: inline, or in a pool of worker threads (piscina) with a time and memory limit per input.
// Which one an ingest uses is decided in src/ingest/hybrid.ts (chooseAnalyzer).
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AnalyzeOptions } from '../api.js';
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

/**
 * The analysis modules are imported on the first inline analysis, not with this module: they and their data cost ~0.6 s
 * of CPU to load, which a process whose analyses all run in workers (the pool) would spend for nothing.
 */
let api: Promise<typeof import('../api.js')> | null = null;

export const inlineAnalyzer: Analyzer = {
  concurrency: 1,
  analyze: async (raw, options) => (await (api ??= import('../api.js'))).analyzeRaw(raw, options),
  close: async () => {},
};

/** Limits on one analysis in a worker: a slow or memory-hungry input fails alone, with this reason. */
export interface AnalysisLimits {
  /** wall-clock limit per input, queue wait excluded */
  timeoutMs: number;
  /** V8 old-generation limit of each worker; an input that needs more kills only its worker */
  maxMemoryMb: number;
}

/** 2 MB (the largest accepted article) at the 1 s per 100 KB budget is 20 s; the limit leaves room for a busy machine. */
export const DEFAULT_LIMITS: AnalysisLimits = { timeoutMs: 30_000, maxMemoryMb: 1024 };

/**
 * The compiled worker lives in dist/ingest/ both when this module runs from dist/ and from src/ (tests run
 * the TypeScript, which Node 20 cannot load in a worker): dist/ is built by `npm install` (prepare).
 */
export const WORKER_FILE = new URL('../../dist/ingest/analysis-worker.js', import.meta.url);

export function poolAnalyzer(threads = Math.min(availableParallelism(), 4), limits: AnalysisLimits = DEFAULT_LIMITS, minThreads = threads, idleTimeoutMs = 60_000): Analyzer | null {
  if (threads < 1 || !existsSync(fileURLToPath(WORKER_FILE))) return null;
  const pool = new Piscina({
    filename: WORKER_FILE.href, minThreads, maxThreads: threads, idleTimeout: idleTimeoutMs,
    resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb },
  });
  // A worker that dies outside a task (out of memory while starting) is reported here, not thrown at the
  // process: unhandled, piscina's 'error' event would crash the server.
  let workerError: (Error & { code?: string }) | null = null;
  const inFlight = new Set<AbortController>();
  pool.on('error', (err: Error) => {
    workerError = err;
    for (const c of inFlight) c.abort(err);
  });
  const name = (raw: RawDocument) => raw.source.path ?? raw.source.url ?? raw.id;
  const outOfMemory = (e: Error & { code?: string } | null) => !!e && (e.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|memory limit/i.test(e.message));
  const seconds = (limits.timeoutMs / 1000).toFixed(0);
  let running = 0;
  const waiting: Array<() => void> = [];
  const runOne = async (raw: RawDocument, options: AnalyzeOptions): Promise<WorkerResult> => {
    // The clock starts when a worker is free, so a queue behind one slow input does not fail the others.
    // A finishing task hands its slot straight to the next waiter.
    if (running >= threads) await new Promise<void>((r) => waiting.push(r));
    else running++;
    try {
      const control = new AbortController();
      inFlight.add(control);
      try {
        return (await pool.run({ raw, options }, { signal: AbortSignal.any([control.signal, AbortSignal.timeout(limits.timeoutMs)]) })) as WorkerResult;
      } finally {
        inFlight.delete(control);
      }
    } catch (err) {
      const e = err as Error & { code?: string };
      const memory = outOfMemory(e) || outOfMemory(workerError);
      workerError = null;
      if (!memory && (e.name === 'AbortError' || /abort/i.test(e.message))) throw new InputError(name(raw), `analysis stopped after ${seconds} s (the input is too slow to analyse; its raw bytes are kept)`);
      if (memory) throw new InputError(name(raw), `analysis stopped: it needed more than ${limits.maxMemoryMb} MB (its raw bytes are kept)`);
      throw err;
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
  return {
    concurrency: threads * 2,
    async analyze(raw, options) {
      const result = await runOne(raw, options);
      if (result.ok) return result.analysis;
      throw result.input ? new InputError(name(raw), result.reason) : new Error(result.reason);
    },
    close: () => pool.destroy(),
  };
}
