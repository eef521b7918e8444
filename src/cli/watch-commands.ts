// Following feeds: `storyline feeds add|list|remove|enable` keeps the watch list, `storyline watch` polls it.
import type { Command } from 'commander';
import type { WatchSettings } from '../ingest/watch/index.js';
import type { FeedHealth } from '../store/feeds.js';
import { CliError } from './errors.js';
import { DB_OPTION, withEngine } from './store-option.js';

function checkFeedUrl(url: string): string {
  let u: URL;
  try { u = new URL(url); } catch { throw new CliError(`${url}: not a URL (feeds are http(s) URLs of RSS/Atom feeds or sitemaps)`, 2); }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new CliError(`${url}: not an http(s) URL`, 2);
  return u.href;
}

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '-');

function healthLine(f: FeedHealth): string {
  const state = f.disabled ? `stopped after ${f.failures} failures` : f.failures ? `failing (${f.failures})` : f.lastSuccessAt ? 'ok' : 'new';
  return [
    f.url, `  ${f.title ?? '(untitled)'} · ${state} · ${f.items} items, ${f.newPerDay.toFixed(1)} new/day (last 7 days)`,
    `  last success ${when(f.lastSuccessAt)} · next poll ${f.disabled ? 'never' : when(f.nextPollAt)} · every ${Math.round(f.intervalS / 60)} min`,
    ...(f.lastError ? [`  last error ${when(f.lastErrorAt)}: ${f.lastError}`] : []),
  ].join('\n');
}

/** Test and power-user knob: seconds between two requests to one host (default 5). */
function settingsFrom(opts: { hostGap?: string }): Partial<WatchSettings> {
  if (opts.hostGap === undefined) return {};
  const s = Number(opts.hostGap);
  if (!Number.isFinite(s) || s < 0) throw new CliError(`--host-gap: not a number of seconds: ${opts.hostGap}`, 2);
  return { hostGapMs: s * 1000 };
}

export function registerWatchCommands(program: Command): void {
  const feeds = program.command('feeds').description('the RSS/Atom feeds and news sitemaps that `storyline watch` follows');

  feeds.command('add').description('watch feeds (due at once)').argument('<urls...>').option(...DB_OPTION)
    .action(async (urls: string[], opts: { db?: string }) => {
      const checked = urls.map(checkFeedUrl);
      await withEngine(opts.db, async (store) => {
        const { FeedWatcher } = await import('../ingest/watch/index.js');
        const added = await new FeedWatcher(store).add(checked);
        for (const u of checked) process.stdout.write(`${added.includes(u) ? 'watching' : 'already watched'}: ${u}\n`);
      });
    });

  feeds.command('list').description('watched feeds with their health').option(...DB_OPTION).option('--json', 'print JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      await withEngine(opts.db, async (store) => {
        const list = await store.feeds.list(new Date().toISOString());
        if (opts.json) return void process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        for (const f of list) process.stdout.write(`${healthLine(f)}\n`);
        process.stdout.write(`${list.length} feeds\n`);
      });
    });

  feeds.command('remove').description('stop watching feeds (their stored articles stay)').argument('<urls...>').option(...DB_OPTION)
    .action(async (urls: string[], opts: { db?: string }) => {
      await withEngine(opts.db, async (store) => {
        const missing: string[] = [];
        for (const u of urls) if (!(await store.feeds.remove(u))) missing.push(u);
        for (const u of missing) process.stderr.write(`storyline: ${u}: not a watched feed\n`);
        if (missing.length) process.exitCode = 1;
      });
    });

  feeds.command('enable').description('poll feeds again that were stopped after repeated failures').argument('<urls...>').option(...DB_OPTION)
    .action(async (urls: string[], opts: { db?: string }) => {
      await withEngine(opts.db, async (store) => {
        const missing: string[] = [];
        for (const u of urls) if (!(await store.feeds.enable(u, new Date().toISOString()))) missing.push(u);
        for (const u of missing) process.stderr.write(`storyline: ${u}: not a watched feed\n`);
        if (missing.length) process.exitCode = 1;
      });
    });

  program.command('watch').description('poll the watched feeds continuously and store new articles (Ctrl-C stops)')
    .option(...DB_OPTION)
    .option('--once', 'poll the feeds that are due once, then exit')
    .option('--host-gap <seconds>', 'seconds between two requests to one host', undefined)
    .option('--allow-private-addresses', 'let feed items and redirects reach private and loopback addresses')
    .action(async (opts: { db?: string; once?: boolean; hostGap?: string; allowPrivateAddresses?: boolean }) => {
      const settings = settingsFrom(opts);
      await withEngine(opts.db, async (store) => {
        if (!(await store.feeds.list(new Date().toISOString())).length) throw new CliError('no feeds are watched: add one with `storyline feeds add URL`', 1);
        const log = (line: string) => process.stderr.write(`${line}\n`);
        const { FeedWatcher } = await import('../ingest/watch/index.js');
        const watcher = new FeedWatcher(store, { settings, log, allowPrivate: opts.allowPrivateAddresses, onArticle: (id, feed) => process.stdout.write(`stored ${id} from ${feed}\n`) });
        if (opts.once) {
          const polls = await watcher.pollDue();
          if (polls.length && polls.every((p) => p.result.kind === 'error')) process.exitCode = 1;
          return;
        }
        const stop = new AbortController();
        for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => stop.abort());
        log('watching feeds (Ctrl-C stops)');
        await watcher.run(stop.signal);
      });
    });
}
