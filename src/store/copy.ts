// Moving a store to another engine (SQLite → PostgreSQL, or back): every raw input in the order it was stored, each
// analysis as saved, each failure with its reason; inputs still pending are queued on the target for `storyline
// worker`; then the watched feeds (with their conditional-GET state and health) and the saved searches. Only the
// engine-neutral interface is used, so any engine copies to any other. Stories are not copied: they are derived, and
// the target places the copied articles again on its next read. A copied saved search announces only articles
// stored after the copy (its webhook is not called again for the articles it has already seen).
import type { Store } from './engine.js';
import type { RawCursor } from './types.js';

export interface CopyReport { analysed: number; failed: number; queued: number; alreadyThere: number; feeds: number; searches: number }

const PAGE = 500;

export async function copyStore(from: Store, to: Store, progress: (done: number) => void = () => {}): Promise<CopyReport> {
  const report: CopyReport = { analysed: 0, failed: 0, queued: 0, alreadyThere: 0, feeds: 0, searches: 0 };
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
  const now = new Date().toISOString();
  for (const f of await from.feeds.list(now)) {
    if (!(await to.feeds.add(f.url, f.addedAt, f.intervalS))) continue; // already watched there: its own state wins
    if (f.lastPollAt) {
      await to.feeds.recordPoll(f.url, { at: f.lastPollAt, nextPollAt: f.nextPollAt, intervalS: f.intervalS, ok: f.lastSuccessAt === f.lastPollAt,
        ...(f.lastError ? { error: f.lastError } : {}), failures: f.failures, disabled: f.disabled, title: f.title, etag: f.etag, lastModified: f.lastModified });
    }
    report.feeds++;
  }
  for (const s of await from.searches.list()) {
    if (await to.searches.get(s.name)) continue;
    await to.searches.add({ name: s.name, words: s.words, entityKey: s.entityKey, storyId: s.storyId, webhook: s.webhook, createdAt: s.createdAt });
    report.searches++;
  }
  return report;
}
