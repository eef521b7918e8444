// When to poll a feed next: the interval adapts to how often the feed brings new items, errors back off
// exponentially, a 429 or 503 waits at least as long as the server's Retry-After asks.
import type { WatchSettings } from './settings.js';

export type PollResult =
  | { kind: 'items'; newItems: number }
  | { kind: 'not-modified' }
  | { kind: 'throttled'; retryAfterS: number | null }
  | { kind: 'error'; reason: string };

export interface Schedule {
  intervalS: number;
  nextPollAt: string;
  failures: number;
  disabled: boolean;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * The next schedule after a poll. New items halve the interval (a busy feed is read sooner), a poll with nothing new
 * lengthens it by half, both within the settings' bounds. Errors keep the interval but wait 2^failures times it.
 */
export function nextSchedule(prev: { intervalS: number; failures: number }, result: PollResult, now: Date, s: WatchSettings): Schedule {
  const at = (seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();
  switch (result.kind) {
    case 'items': {
      const intervalS = clamp(result.newItems > 0 ? prev.intervalS / 2 : prev.intervalS * 1.5, s.minIntervalS, s.maxIntervalS);
      return { intervalS, nextPollAt: at(intervalS), failures: 0, disabled: false };
    }
    case 'not-modified': {
      const intervalS = clamp(prev.intervalS * 1.5, s.minIntervalS, s.maxIntervalS);
      return { intervalS, nextPollAt: at(intervalS), failures: 0, disabled: false };
    }
    case 'throttled': {
      // Being told to slow down is not a failure of the feed, but the interval doubles so it is not asked again.
      const intervalS = clamp(prev.intervalS * 2, s.minIntervalS, s.maxIntervalS);
      return { intervalS, nextPollAt: at(Math.max(intervalS, result.retryAfterS ?? 0)), failures: prev.failures, disabled: false };
    }
    case 'error': {
      const failures = prev.failures + 1;
      const wait = clamp(prev.intervalS * 2 ** failures, s.minIntervalS, s.maxIntervalS);
      return { intervalS: prev.intervalS, nextPollAt: at(wait), failures, disabled: failures >= s.maxFailures };
    }
  }
}

/** Retry-After as seconds: either delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: Date): number | null {
  if (!header) return null;
  const v = header.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, Math.round((t - now.getTime()) / 1000));
}
