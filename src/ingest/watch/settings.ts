// Limits of feed watching in one place (as trafilatura keeps its limits in settings): how often a feed may be polled,
// how politely a host is treated, when a failing feed is given up on.
export interface WatchSettings {
  /** the shortest and longest time between two polls of one feed (the interval adapts in between) */
  minIntervalS: number;
  maxIntervalS: number;
  /** the interval a new feed starts with */
  initialIntervalS: number;
  /** at most one request per host this often (feeds, robots.txt and articles alike) */
  hostGapMs: number;
  /** consecutive failures after which a feed is no longer polled until `storyline feeds enable` */
  maxFailures: number;
  /** per request */
  timeoutMs: number;
  /** how long a robots.txt answer is trusted */
  robotsTtlS: number;
  /** new items fetched from one feed in one poll, so a first poll of a huge feed does not run for hours */
  maxItemsPerPoll: number;
  userAgent: string;
}

export const DEFAULT_WATCH_SETTINGS: WatchSettings = {
  minIntervalS: 600,
  maxIntervalS: 86_400,
  initialIntervalS: 3_600,
  hostGapMs: 5_000,
  maxFailures: 5,
  timeoutMs: 20_000,
  robotsTtlS: 86_400,
  maxItemsPerPoll: 100,
  userAgent: 'Storyline/0.1 (feed watcher; +https://github.com/storyline)',
};
