// The ingest job: every raw input is stored before it is analysed, then analysed and saved in one
// transaction. A failure is recorded with its reason; it never stops the other inputs.
import type { AnalyzeOptions } from '../api.js';
import { InputError } from '../model/errors.js';
import type { SqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/engine.js';
import { asStore } from '../store/sqlite-engine.js';
import { placeNewArticles, type RefreshReport } from '../story/refresh.js';
import { expandInputs, type PendingSource, type SourceOptions } from './sources.js';
import { chooseAnalyzer, type Analyzer } from './analyzer.js';
import { analyseStored, failureReason } from './record.js';

export interface IngestProgress {
  start(total: number): void;
  tick(ok: boolean): void;
  stop(): void;
}

export interface IngestReport {
  seen: number;
  analysed: number;
  duplicates: number;
  failed: Array<{ input: string; reason: string }>;
  ids: string[];
  seconds: number;
  /** set when new analyses made the stories be recomputed */
  stories?: RefreshReport;
}

const silent: IngestProgress = { start() {}, tick() {}, stop() {} };

export async function ingestSources(sources: PendingSource[], given: Store | SqliteStore, options: AnalyzeOptions = {}, progress: IngestProgress = silent, analyzer: Analyzer = chooseAnalyzer(sources.length)): Promise<IngestReport> {
  const t0 = performance.now();
  const store = asStore(given);
  const report: IngestReport = { seen: 0, analysed: 0, duplicates: 0, failed: [], ids: [], seconds: 0 };

  const ingestOne = async (src: PendingSource): Promise<void> => {
    report.seen++;
    let ok = true;
    try {
      const raw = await src.load();
      // The raw bytes are stored before analysis, so a failure below loses nothing.
      const { isNew, status } = await store.saveRaw(raw);
      report.ids.push(raw.id);
      if (!isNew && status === 'analysed') {
        report.duplicates++;
      } else {
        try {
          await analyseStored(store, raw, (r) => analyzer.analyze(r, options));
          report.analysed++;
        } catch (err) {
          throw new InputError(src.name, failureReason(err));
        }
      }
    } catch (err) {
      ok = false;
      report.failed.push({ input: src.name, reason: err instanceof InputError ? err.reason : (err as Error).message });
    }
    progress.tick(ok);
  };

  progress.start(sources.length);
  const inFlight = new Set<Promise<void>>();
  try {
    for (const src of sources) {
      const task = ingestOne(src).finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= analyzer.concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    progress.stop();
    await analyzer.close();
  }
  report.seconds = (performance.now() - t0) / 1000;
  return report;
}

export async function ingestPaths(inputs: string[], given: Store | SqliteStore, options: AnalyzeOptions = {}, progress?: IngestProgress, sourceOptions: SourceOptions = {}): Promise<IngestReport> {
  const { sources, errors } = await expandInputs(inputs, sourceOptions);
  const store = asStore(given);
  const report = await ingestSources(sources, store, options, progress);
  report.failed.unshift(...errors.map((e) => ({ input: e.input, reason: e.reason })));
  // Stories live in the SQLite store only, for now: on PostgreSQL articles are stored and searchable, not yet placed.
  if (report.analysed > 0) report.stories = await placeNewArticles(store);
  return report;
}
