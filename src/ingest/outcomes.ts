// Ingest writes in batches: the raw inputs of a batch in one transaction before any of them is analysed, and the
// analyses (or failure reasons) in one transaction per batch, each article's rows in a savepoint of it. A commit
// waits for the disk, so one per article cost more than the rows themselves. A crash loses no input: what was
// analysed but not yet written is still stored raw and pending, and the next ingest of it analyses it again.
// A store that is not SQLite (PostgreSQL) gets one call per input, as before.
import type { Analysis } from '../model/analysis.js';
import type { Store } from '../store/engine.js';
import type { RawStatus } from '../store/types.js';
import type { RawDocument } from './raw.js';

/** Analyses (and failures) waiting to be written; at most this many are redone after a crash. */
export const WRITE_BATCH = 32;

export async function saveRaws(store: Store, raws: RawDocument[]): Promise<Array<{ isNew: boolean; status: RawStatus }>> {
  const sqlite = store.sqlite;
  if (sqlite) return sqlite.inTransaction(() => raws.map((r) => sqlite.saveRaw(r)));
  const out = [];
  for (const r of raws) out.push(await store.saveRaw(r));
  return out;
}

type Outcome = { analysis: Analysis; done: () => void; fail: (err: unknown) => void } | { rawId: string; reason: string; done: () => void };

export class OutcomeWriter {
  private pending: Outcome[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store, private readonly batch = WRITE_BATCH) {}

  /** Resolves once the analysis is written; rejects when writing it failed (the input is then marked failed). */
  analysed(analysis: Analysis): Promise<void> {
    return new Promise((done, fail) => this.push({ analysis, done, fail }));
  }

  failed(rawId: string, reason: string): Promise<void> {
    return new Promise((done) => this.push({ rawId, reason, done }));
  }

  /** Writes what is waiting; resolves when everything handed over so far is written. */
  flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    // A batch that cannot be written at all (the database refuses) fails its analyses; their inputs stay pending.
    if (batch.length) this.writing = this.writing.then(() => this.write(batch)).catch((err: unknown) => {
      for (const o of batch) if ('analysis' in o) o.fail(err); else o.done();
    });
    return this.writing;
  }

  private push(o: Outcome): void {
    this.pending.push(o);
    if (this.pending.length >= this.batch) void this.flush();
  }

  private async write(batch: Outcome[]): Promise<void> {
    const sqlite = this.store.sqlite;
    const reasonOf = (err: unknown) => `analysis failed: ${(err as Error).message}`;
    const settle: Array<() => void> = [];
    if (sqlite) {
      // Each save is a savepoint: one that fails is rolled back alone and its input marked failed, as when
      // every article had its own transaction.
      sqlite.inTransaction(() => {
        for (const o of batch) {
          if (!('analysis' in o)) { sqlite.markFailed(o.rawId, o.reason); settle.push(o.done); continue; }
          try {
            sqlite.saveAnalysis(o.analysis);
            settle.push(o.done);
          } catch (err) {
            sqlite.markFailed(o.analysis.article.id, reasonOf(err));
            settle.push(() => o.fail(err));
          }
        }
      });
    } else {
      for (const o of batch) {
        if (!('analysis' in o)) { await this.store.markFailed(o.rawId, o.reason); settle.push(o.done); continue; }
        try {
          await this.store.saveAnalysis(o.analysis);
          settle.push(o.done);
        } catch (err) {
          await this.store.markFailed(o.analysis.article.id, reasonOf(err));
          settle.push(() => o.fail(err));
        }
      }
    }
    for (const s of settle) s();
  }
}
