// storyline analyze FILE|-: analyse one article and print it (JSON contract or a summary).
import { Option, type Command } from 'commander';
import { rawFromBytes } from '../ingest/raw.js';
import { isUrl, readStdin } from '../ingest/sources.js';
import { fetchUrl } from '../ingest/fetch.js';
import { policyFor } from '../ingest/address-policy.js';
import { DB_OPTION } from './store-option.js';
import { formatAnalysis } from './output.js';

export function registerAnalyze(program: Command): void {
  program.command('analyze')
    .description('analyse one article (file, URL, or "-" for standard input; plain text or HTML) and print the analysis')
    .argument('<file>', 'file or http(s) URL to analyse, or - for standard input')
    .option('--json', 'print the analysis as JSON (the analysis format)')
    .option('--published <date>', 'publication date (YYYY-MM-DD), when known')
    .option('--today <date>', 'today\'s date for resolving years (YYYY-MM-DD)')
    .addOption(new Option('--format <format>', 'input format (default: detected)').choices(['text', 'html']))
    .option('--allow-private-addresses', 'let redirects reach loopback, private and link-local addresses')
    // Accepted like every command's --db (README); analyze prints and stores nothing.
    .option(DB_OPTION[0], 'ignored: analyze does not use the store')
    .action(async (file: string, opts: { json?: boolean; published?: string; today?: string; format?: 'text' | 'html'; allowPrivateAddresses?: boolean }) => {
      // the analysis code (~0.3 s of CPU to load) only for the command that analyses: --help and other commands start without it
      const { analyzeRaw, readRawFile } = await import('../api.js');
      const raw = file === '-' ? rawFromBytes(await readStdin(), { path: 'stdin' })
        : isUrl(file) ? await fetchUrl(file, { policy: policyFor(file, opts.allowPrivateAddresses) }) : await readRawFile(file);
      const analysis = analyzeRaw(raw, { published: opts.published, today: opts.today, format: opts.format });
      process.stdout.write(opts.json ? `${JSON.stringify(analysis, null, 2)}\n` : `${formatAnalysis(analysis)}\n`);
    });
}
