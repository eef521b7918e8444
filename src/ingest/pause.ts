// A wait that ends early, without an error, when the signal aborts: long-running loops (watch, worker) stop at once.
import { setTimeout as delay } from 'node:timers/promises';

export async function pause(ms: number, signal?: AbortSignal): Promise<void> {
  await delay(ms, undefined, { signal }).catch(() => {});
}
