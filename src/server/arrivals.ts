// One watcher of newly stored articles for every event-stream client: a single timer polls the store while
// at least one client listens (articles may be stored by another process, so the store is the source), and
// the number of open streams is capped, so a crowd of idle connections costs one query per tick, not one each.
import type { Store } from '../store/index.js';

export interface Arrival { rowid: number; id: string; title: string | null; published: string | null }
type Listener = (arrivals: Arrival[]) => void;

export class ArrivalFeed {
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | null = null;
  private cursor = 0;
  private ticking = false;

  constructor(private readonly store: Store, private readonly pollMs = 2000, readonly maxListeners = 100) {}

  /**
   * Calls `listener` with the articles stored after `after` (a client's Last-Event-ID, bounded catch-up), then
   * with every batch that arrives. Returns the unsubscribe function, or null when the cap is reached.
   */
  async subscribe(listener: Listener, after: number | null = null): Promise<(() => void) | null> {
    if (this.listeners.size >= this.maxListeners) return null;
    if (!this.listeners.size) this.cursor = await this.store.searches.lastArrival();
    if (after !== null && after < this.cursor) {
      const missed = (await this.store.searches.arrivedAfter(after, 50)).filter((a) => a.rowid <= this.cursor);
      if (missed.length) listener(missed);
    }
    this.listeners.add(listener);
    this.timer ??= setInterval(() => void this.tick(), this.pollMs);
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

  private async tick(): Promise<void> {
    // A slow store (a busy PostgreSQL server) must not stack ticks on top of each other.
    if (this.ticking) return;
    this.ticking = true;
    let fresh: Arrival[];
    try { fresh = await this.store.searches.arrivedAfter(this.cursor); } catch { return; /* store closing: the next tick or close() ends it */ } finally { this.ticking = false; }
    if (fresh.length) this.cursor = fresh.at(-1)!.rowid;
    for (const l of [...this.listeners]) l(fresh);
  }
}
