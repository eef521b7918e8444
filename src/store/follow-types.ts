// Feeds and saved searches behind the engine-neutral interface: the same methods as the SQLite repositories
// (feeds.ts, searches.ts), answering with promises so that PostgreSQL (postgres/follow.ts) can serve them too.
import type { FeedRepository } from './feeds.js';
import type { SavedSearchRepository } from './searches.js';

/** The object's methods, each answering with a promise of what it returned. */
export type Async<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never };

export type FeedStore = Async<FeedRepository>;
export type SavedSearchStore = Async<SavedSearchRepository>;

/** A synchronous repository behind the asynchronous interface (no behaviour of its own). */
export function promised<T extends object>(target: T): Async<T> {
  return new Proxy(target, {
    get(t, key) {
      const v = Reflect.get(t, key) as unknown;
      return typeof v === 'function' ? async (...args: unknown[]) => (v as (...a: unknown[]) => unknown).apply(t, args) : v;
    },
  }) as unknown as Async<T>;
}
