// Store calls as steps of a generator, so one piece of code (placing an article in a story) runs synchronously over
// SQLite, inside one better-sqlite3 transaction that nothing else in the process can interleave with, and
// asynchronously over PostgreSQL. Each store call is written `const x = yield* call(index.method(...))`.
import type { Awaitable } from './story-types.js';

/** A computation that makes store calls: it yields each call's (possibly pending) answer and gets the value back. */
export type Steps<T> = Generator<unknown, T, unknown>;

/** One store call inside Steps. */
export function* call<T>(answer: Awaitable<T>): Generator<Awaitable<T>, T, unknown> {
  return (yield answer) as T;
}

/** Runs the steps over a store that answers at once (SQLite); a pending answer is a programming error. */
export function runSync<T>(steps: Steps<T>): T {
  for (let r = steps.next(); ; ) {
    if (r.done) return r.value;
    if (r.value instanceof Promise) throw new Error('a synchronous store answered with a promise');
    r = steps.next(r.value);
  }
}

/** Runs the steps over a store that answers with promises (PostgreSQL). */
export async function runAsync<T>(steps: Steps<T>): Promise<T> {
  for (let r = steps.next(); ; ) {
    if (r.done) return r.value;
    let value: unknown;
    try {
      value = await r.value;
    } catch (err) {
      r = steps.throw(err);
      continue;
    }
    r = steps.next(value);
  }
}
