// Commands that read or fill the store: ingest, list, show, search, entities.
import type { Command } from 'commander';
import { expandInputs } from '../ingest/sources.js';
import { DB_OPTION, listOptions, pageOf, wholeNumber, withEngine, type ListOptions } from './store-option.js';
import { CliError } from './errors.js';
import { formatAnalysis, formatIngestReport, formatStats } from './output.js';
import { terminalProgress } from './progress.js';

export function registerStoreCommands(program: Command): void {
  program.command('ingest')
    .description('analyse files, folders, URLs and RSS/Atom feeds into the store ("-" reads standard input)')
    .argument('<paths...>', 'files, folders, URLs, feeds or -')
    .option(...DB_OPTION)
    .option('--published <date>', 'publication date for every input (YYYY-MM-DD)')
    .option('--today <date>', 'today\'s date for resolving years (YYYY-MM-DD)')
    .option('--allow-private-addresses', 'let feed items and redirects reach loopback, private and link-local addresses (the hosts you name are always allowed)')
    .option('--queue', 'store the inputs and queue them for `storyline worker` instead of analysing them here')
    .action(async (paths: string[], opts: { db?: string; published?: string; today?: string; allowPrivateAddresses?: boolean; queue?: boolean }) => {
      await withEngine(opts.db, async (store) => {
        if (opts.queue) {
          const { enqueueSources } = await import('../ingest/queue.js');
          const { sources, errors } = await expandInputs(paths, { allowPrivateAddresses: opts.allowPrivateAddresses });
          const r = await enqueueSources(sources, store, { published: opts.published, today: opts.today });
          const failed = [...errors.map((e) => ({ input: e.input, reason: e.reason })), ...r.failed];
          for (const f of failed) process.stderr.write(`storyline: ${f.input}: ${f.reason}\n`);
          process.stdout.write(`queued ${r.queued} inputs (${r.already} already stored or queued, ${failed.length} failed); run \`storyline worker\` to analyse them\n`);
          if (failed.length) process.exitCode = 1;
          return;
        }
        // the analysis code loads only for the commands that analyse (list, search and the rest start without it)
        const { ingestPaths } = await import('../ingest/run.js');
        const report = await ingestPaths(paths, store, { published: opts.published, today: opts.today }, terminalProgress(), { allowPrivateAddresses: opts.allowPrivateAddresses });
        for (const f of report.failed) process.stderr.write(`storyline: ${f.input}: ${f.reason}\n`);
        process.stdout.write(`${formatIngestReport(report)}\n${formatStats(await store.stats())}\n`);
        if (report.failed.length) process.exitCode = 1;
      });
    });

  listOptions(program.command('list')
    .description('list stored articles, newest first'))
    .action(async (opts: ListOptions) => {
      await withEngine(opts.db, async (store) => {
        const page = await store.listArticles(pageOf(opts));
        if (opts.json) return void process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        for (const a of page.items) process.stdout.write(`${a.id}  ${(a.published ?? '').slice(0, 10).padEnd(10)}  ${a.title ?? a.source ?? ''}\n`);
        process.stdout.write(`${page.items.length} of ${page.total} articles\n`);
      });
    });

  program.command('show')
    .description('show one stored article by id (or a unique prefix of it)')
    .argument('<id>')
    .option(...DB_OPTION)
    .option('--json', 'print the analysis as JSON')
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      await withEngine(opts.db, async (store) => {
        const full = await store.resolveId(id);
        const analysis = full ? await store.getAnalysis(full) : null;
        if (!analysis) throw new CliError(`${id}: no such article in ${store.location}`);
        process.stdout.write(opts.json ? `${JSON.stringify(analysis, null, 2)}\n` : `${formatAnalysis(analysis)}\n`);
      });
    });

  program.command('search')
    .description('full-text search over stored articles')
    .argument('<query...>')
    .option(...DB_OPTION)
    .option('--limit <n>', 'how many', '20')
    .option('--json', 'print JSON')
    .action(async (query: string[], opts: { db?: string; limit: string; json?: boolean }) => {
      await withEngine(opts.db, async (store) => {
        const page = await store.search(query.join(' '), wholeNumber('--limit', opts.limit, 1, 100_000));
        if (opts.json) return void process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        for (const h of page.items) process.stdout.write(`${h.id}  ${h.title ?? ''}\n    ${h.snippet.replace(/\s+/g, ' ')}\n`);
        process.stdout.write(`${page.items.length} of ${page.total}${page.totalIsLowerBound ? '+' : ''} matches${page.totalIsLowerBound ? ', newest first' : ''}\n`);
      });
    });

  program.command('stats')
    .description('counts of stored articles, failures, entities, quotes, dates, figures, events and claims')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      await withEngine(opts.db, async (store) => {
        const stats = await store.stats();
        process.stdout.write(opts.json ? `${JSON.stringify(stats, null, 2)}\n` : `${formatStats(stats)}\ndatabase: ${store.location}\n`);
      });
    });

  program.command('entities')
    .description('people, organisations and places across stored articles')
    .option(...DB_OPTION)
    .option('--type <type>', 'person, organization, place or other')
    .option('--limit <n>', 'how many', '30')
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; type?: string; limit: string; json?: boolean }) => {
      await withEngine(opts.db, async (store) => {
        const page = await store.listEntities({ type: opts.type, limit: wholeNumber('--limit', opts.limit, 1, 100_000) });
        if (opts.json) return void process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        for (const e of page.items) {
          const reading = e.readAs ? ` (read as ${e.readAs.name})` : e.alsoNamed ? ` (also ${e.alsoNamed.map((a) => `"${a.name}" alone in ${a.articles}`).join(', ')})` : '';
          process.stdout.write(`${String(e.articles).padStart(4)} articles  ${e.type.padEnd(12)} ${e.name}${reading}\n`);
        }
      });
    });
}
