// Watching feeds: polls each due feed politely (robots.txt, one request per host every few seconds, conditional GET),
// stores every new item through the ordinary ingest path (raw bytes first), and reschedules the feed by how much it
// brought. New articles flow into the stories as they arrive.
import type { AnalyzeOptions } from '../../api.js';
import { pause } from '../pause.js';
import { InputError } from '../../model/errors.js';
import type { Store } from '../../store/engine.js';
import { asStore } from '../../store/sqlite-engine.js';
import type { SqliteStore } from '../../store/sqlite.js';
import type { FeedRow } from '../../store/feeds.js';
import { placeNewArticles } from '../../story/refresh.js';
import { policyFor, urlRefusal, type AddressPolicy } from '../address-policy.js';
import { fetchUrl } from '../fetch.js';
import { ingestSources } from '../run.js';
import { HostGate } from './host-gate.js';
import { politeGet } from './http.js';
import { canonicalLink, normaliseItemUrl, parseListing } from './items.js';
import { notifySavedSearches } from './notify.js';
import { RobotsRules } from './robots.js';
import { nextSchedule, parseRetryAfter, type PollResult } from './schedule.js';
import { DEFAULT_WATCH_SETTINGS, type WatchSettings } from './settings.js';

export { DEFAULT_WATCH_SETTINGS, type WatchSettings } from './settings.js';
export { normaliseItemUrl } from './items.js';

export interface WatchOptions {
  settings?: Partial<WatchSettings>;
  analyze?: AnalyzeOptions;
  /** one line per poll and per failed item */
  log?: (line: string) => void;
  /** let feeds and their items reach private addresses (a feed's own host is always allowed) */
  allowPrivate?: boolean;
  /** called with each newly stored article id (the server pushes them to open dashboards) */
  onArticle?: (id: string, feedUrl: string) => void;
  now?: () => Date;
}

export interface PollSummary { feed: string; result: PollResult; stored: number; nextPollAt: string; disabled: boolean }

export class FeedWatcher {
  readonly settings: WatchSettings;
  private readonly gate: HostGate;
  private readonly robots: RobotsRules;
  private readonly now: () => Date;
  private readonly store: Store;

  constructor(given: Store | SqliteStore, private readonly options: WatchOptions = {}) {
    this.store = asStore(given);
    this.settings = { ...DEFAULT_WATCH_SETTINGS, ...options.settings };
    this.gate = new HostGate(this.settings.hostGapMs);
    this.robots = new RobotsRules(this.settings, this.gate);
    this.now = options.now ?? (() => new Date());
  }

  /** Adds feeds to the watch list; returns the ones that were new (or re-enabled). */
  async add(urls: string[]): Promise<string[]> {
    const at = this.now().toISOString();
    const added: string[] = [];
    for (const u of urls) if (await this.store.feeds.add(u, at, this.settings.initialIntervalS)) added.push(u);
    return added;
  }

  /** Polls every feed that is due now; refreshes the stories once if anything was stored. */
  async pollDue(): Promise<PollSummary[]> {
    const out: PollSummary[] = [];
    for (const feed of await this.store.feeds.due(this.now().toISOString())) out.push(await this.poll(feed));
    if (out.some((p) => p.stored > 0)) {
      await placeNewArticles(this.store);
      await notifySavedSearches(this.store, { timeoutMs: this.settings.timeoutMs, log: this.options.log, userAgent: this.settings.userAgent });
    }
    return out;
  }

  /** Polls until the signal aborts, sleeping until the next feed is due (checking at least once a minute). */
  async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      await this.pollDue();
      const next = await this.store.feeds.nextDue();
      const wait = next ? Math.min(60_000, Math.max(1_000, Date.parse(next) - this.now().getTime())) : 60_000;
      await pause(wait, signal);
    }
  }

  async poll(feed: FeedRow): Promise<PollSummary> {
    const log = this.options.log ?? (() => {});
    let result: PollResult;
    let stored = 0;
    let title: string | null | undefined;
    let validators: { etag: string | null; lastModified: string | null } | undefined;
    // The feed's own host is the one the user named: its items may be on it even when it is private; others may not.
    const policy = policyFor(feed.url, this.options.allowPrivate);
    try {
      if (!(await this.robots.allowed(feed.url, policy))) throw new Error('disallowed by robots.txt');
      await this.gate.wait(feed.url);
      const res = await politeGet(feed.url, { etag: feed.etag, lastModified: feed.lastModified }, this.settings, policy);
      if (res.status === 304) result = { kind: 'not-modified' };
      else if (res.status === 429 || res.status === 503) result = { kind: 'throttled', retryAfterS: parseRetryAfter(res.headers.get('retry-after'), this.now()) };
      else if (res.text === null) throw new Error(`HTTP ${res.status}`);
      else {
        const listing = parseListing(res.text, res.url);
        if (!listing) throw new Error('not an RSS/Atom feed or sitemap');
        title = listing.title;
        validators = { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
        const fresh: string[] = [];
        for (const u of new Set(listing.items.map((i) => normaliseItemUrl(i.url)))) if (!(await this.store.feeds.knownItem(u))) fresh.push(u);
        for (const url of fresh.slice(0, this.settings.maxItemsPerPoll)) if (await this.storeItem(feed.url, url, policy)) stored++;
        result = { kind: 'items', newItems: Math.min(fresh.length, this.settings.maxItemsPerPoll) };
      }
    } catch (e) {
      result = { kind: 'error', reason: e instanceof InputError ? e.reason : (e as Error).message };
    }
    const now = this.now();
    const next = nextSchedule(feed, result, now, this.settings);
    await this.store.feeds.recordPoll(feed.url, {
      at: now.toISOString(), nextPollAt: next.nextPollAt, intervalS: next.intervalS, ok: result.kind !== 'error',
      error: result.kind === 'error' ? result.reason : undefined, failures: next.failures, disabled: next.disabled,
      title, ...(validators ?? {}),
    });
    const what = result.kind === 'items' ? `${result.newItems} new, ${stored} stored` : result.kind === 'error' ? `error: ${result.reason}` : result.kind;
    log(`${feed.url}: ${what}; next poll ${next.disabled ? 'never (stopped after repeated failures; `storyline feeds enable` resumes it)' : next.nextPollAt}`);
    return { feed: feed.url, result, stored, nextPollAt: next.nextPollAt, disabled: next.disabled };
  }

  /** Fetches one new item and stores it; the item is remembered either way, with its article or its error. */
  private async storeItem(feedUrl: string, url: string, policy: AddressPolicy): Promise<boolean> {
    const at = this.now().toISOString();
    const fail = async (reason: string) => { await this.store.feeds.recordItem(feedUrl, url, at, null, reason); this.options.log?.(`  ${url}: ${reason}`); return false; };
    try {
      const refused = urlRefusal(url, policy);
      if (refused) return fail(refused);
      if (!(await this.robots.allowed(url, policy))) return fail('disallowed by robots.txt');
      await this.gate.wait(url);
      const raw = await fetchUrl(url, { timeoutMs: this.settings.timeoutMs, userAgent: this.settings.userAgent, policy });
      const canonical = raw.mediaType === 'text/html' ? canonicalLink(raw.bytes.toString('utf8'), raw.source.url ?? url) : null;
      if (canonical && canonical !== url && await this.store.feeds.knownItem(canonical)) return fail(`same article as ${canonical}`);
      const report = await ingestSources([{ name: url, load: async () => raw }], this.store, this.options.analyze ?? {});
      if (report.failed.length) return fail(report.failed[0]!.reason);
      const id = report.ids[0] ?? null;
      await this.store.feeds.recordItem(feedUrl, url, at, id, null);
      if (canonical && canonical !== url) await this.store.feeds.recordItem(feedUrl, canonical, at, id, null);
      if (id && report.analysed) this.options.onArticle?.(id, feedUrl);
      return report.analysed > 0;
    } catch (e) {
      return fail(e instanceof InputError ? e.reason : (e as Error).message);
    }
  }
}
