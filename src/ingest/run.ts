// The ingest job: every raw input is stored before it is analysed, then analysed and saved in one
// transaction. A failure is recorded with its reason; it never stops the other inputs.
import type { AnalyzeOptions } from '../api.js';
import { InputError } from '../model/errors.js';
import type { SqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/engine.js';
import { asStore } from '../store/sqlite-engine.js';
import { placeNewArticles, type RefreshReport } from '../story/refresh.js';
import { expandInputs, type PendingSource, type SourceOptions } from './sources.js';
import type { Analyzer } from './analyzer.js';
import { chooseAnalyzer } from './hybrid.js';
import { failureReason } from './record.js';
import { OutcomeWriter, saveRaws, WRITE_BATCH } from './outcomes.js';
import type { RawDocument } from './raw.js';

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
  const writer = new OutcomeWriter(store);
  const fail = (input: string, reason: string) => { report.failed.push({ input, reason }); progress.tick(false); };
  // Each input's outcome by raw id: the same bytes again in this run wait for the first copy's outcome.
  const outcomes = new Map<string, Promise<string | null>>();

  // `slot` settles when the analysis is done (the analyzer is free again); `outcome` once it is written too:
  // null, or the reason the input failed.
  const analyseOne = (name: string, raw: RawDocument) => {
    const analysis = analyzer.analyze(raw, options);
    const failed = (err: unknown) => { const reason = failureReason(err); fail(name, reason); return reason; };
    const outcome = analysis.then(
      (a) => writer.analysed(a).then(() => { report.analysed++; progress.tick(true); return null; }, failed),
      (err: unknown) => { const written = writer.failed(raw.id, failureReason(err)); const reason = failed(err); return written.then(() => reason); },
    );
    return { slot: analysis.then(() => {}, () => {}), outcome };
  };
  const repeat = async (name: string, first: Promise<string | null>): Promise<string | null> => {
    const reason = await first;
    if (reason === null) { report.duplicates++; progress.tick(true); } else fail(name, reason);
    return reason;
  };

  progress.start(sources.length);
  const inFlight = new Set<Promise<void>>();
  const settled: Array<Promise<unknown>> = [];
  try {
    for (let i = 0; i < sources.length; i += WRITE_BATCH) {
      const loaded: Array<{ name: string; raw: RawDocument }> = [];
      for (const src of sources.slice(i, i + WRITE_BATCH)) {
        report.seen++;
        try {
          loaded.push({ name: src.name, raw: await src.load() });
        } catch (err) {
          fail(src.name, err instanceof InputError ? err.reason : (err as Error).message);
        }
      }
      // The raw bytes are stored before analysis, so a failure below loses nothing.
      const saved = await saveRaws(store, loaded.map((l) => l.raw)).catch(() => null);
      for (const [k, { name, raw }] of loaded.entries()) {
        let stored = saved?.[k];
        // The batch could not be stored: each input alone, so the one that fails is named with its reason.
        if (!stored) {
          try { stored = await store.saveRaw(raw); } catch (err) { fail(name, (err as Error).message); continue; }
        }
        report.ids.push(raw.id);
        const { isNew, status } = stored;
        const first = outcomes.get(raw.id);
        if (first) { settled.push(repeat(name, first)); continue; }
        if (!isNew && status === 'analysed') { report.duplicates++; progress.tick(true); outcomes.set(raw.id, Promise.resolve(null)); continue; }
        const { slot, outcome } = analyseOne(name, raw);
        outcomes.set(raw.id, outcome);
        settled.push(outcome);
        const tracked = slot.finally(() => inFlight.delete(tracked));
        inFlight.add(tracked);
        if (inFlight.size >= analyzer.concurrency) await Promise.race(inFlight);
      }
    }
    await Promise.all(inFlight);
    // Everything analysed is handed to the writer by now (each outcome's handler runs before its slot settles).
    await writer.flush();
    await Promise.all(settled);
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
