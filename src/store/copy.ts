// Moving a store to another engine (SQLite → PostgreSQL, or back): every raw input in the order it was stored, each
// analysis as saved, each failure with its reason; inputs still pending are queued on the target for `storyline
// worker`. Only the engine-neutral interface is used, so any engine copies to any other. Stories are not copied:
// they are derived, and the SQLite store places the copied articles again on its next read.
import type { Store } from './engine.js';
import type { RawCursor } from './types.js';

export interface CopyReport { analysed: number; failed: number; queued: number; alreadyThere: number }

const PAGE = 500;

export async function copyStore(from: Store, to: Store, progress: (done: number) => void = () => {}): Promise<CopyReport> {
  const report: CopyReport = { analysed: 0, failed: 0, queued: 0, alreadyThere: 0 };
  let after: RawCursor | null = null;
  let done = 0;
  for (;;) {
    const page = await from.rawInputs(after, PAGE);
    if (!page.length) break;
    for (const entry of page) {
      const raw = await from.getRaw(entry.id);
      if (!raw) continue; // deleted while we walked
      const { isNew, status } = await to.saveRaw(raw);
      if (!isNew && status === entry.status) report.alreadyThere++;
      else if (entry.status === 'analysed') {
        const analysis = await from.getAnalysis(entry.id);
        if (analysis) { await to.saveAnalysis(analysis); report.analysed++; }
      } else if (entry.status === 'failed') {
        await to.markFailed(entry.id, entry.error ?? 'failed (no reason recorded)');
        report.failed++;
      } else if (await to.jobs.enqueue(entry.id, {}, new Date().toISOString())) report.queued++;
      progress(++done);
    }
    after = page[page.length - 1]!;
  }
  return report;
}
