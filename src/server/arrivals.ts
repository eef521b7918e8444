// One watcher of newly stored articles for every event-stream client: a single timer polls the store while
// at least one client listens (articles may be stored by another process, so the store is the source), and
// the number of open streams is capped, so a crowd of idle connections costs one query per tick, not one each.
import type { SqliteStore } from '../store/sqlite.js';

export interface Arrival { rowid: number; id: string; title: string | null; published: string | null }
type Listener = (arrivals: Arrival[]) => void;

export class ArrivalFeed {
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | null = null;
  private cursor = 0;

  constructor(private readonly store: SqliteStore, private readonly pollMs = 2000, readonly maxListeners = 100) {}

  /**
   * Calls `listener` with the articles stored after `after` (a client's Last-Event-ID, bounded catch-up), then
   * with every batch that arrives. Returns the unsubscribe function, or null when the cap is reached.
   */
  subscribe(listener: Listener, after: number | null = null): (() => void) | null {
    if (this.listeners.size >= this.maxListeners) return null;
    if (!this.listeners.size) this.cursor = this.store.searches.lastArrival();
    if (after !== null && after < this.cursor) {
      const missed = this.store.searches.arrivedAfter(after, 50).filter((a) => a.rowid <= this.cursor);
      if (missed.length) listener(missed);
    }
    this.listeners.add(listener);
    this.timer ??= setInterval(() => this.tick(), this.pollMs);
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size && this.timer) { clearInterval(this.timer); this.timer = null; }
    };
  }

  get listening(): number { return this.listeners.size; }

  close(): void {
    this.listeners.clear();
    if (this.timer) { clearInterval(this.timer); this.timer = null; }
  }

  private tick(): void {
    let fresh: Arrival[];
    try { fresh = this.store.searches.arrivedAfter(this.cursor); } catch { return; /* store closing: the next tick or close() ends it */ }
    if (fresh.length) this.cursor = fresh.at(-1)!.rowid;
    for (const l of [...this.listeners]) l(fresh);
  }
}
