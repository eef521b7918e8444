// storyline analyze FILE|-: analyse one article and print it (JSON contract or a summary).
import type { Command } from 'commander';
import { analyzeRaw, readRawFile } from '../api.js';
import { rawFromBytes } from '../ingest/raw.js';
import { isUrl, readStdin } from '../ingest/sources.js';
import { fetchUrl } from '../ingest/fetch.js';
import { formatAnalysis } from './output.js';

export function registerAnalyze(program: Command): void {
  program.command('analyze')
    .description('analyse one article (file, URL, or "-" for standard input; plain text or HTML) and print the analysis')
    .argument('<file>', 'file or http(s) URL to analyse, or - for standard input')
    .option('--json', 'print the analysis as JSON (the analysis format)')
    .option('--published <date>', 'publication date (YYYY-MM-DD), when known')
    .option('--today <date>', 'today\'s date for resolving years (YYYY-MM-DD)')
    .option('--format <format>', 'text or html (default: detected)')
    .action(async (file: string, opts: { json?: boolean; published?: string; today?: string; format?: 'text' | 'html' }) => {
      const raw = file === '-' ? rawFromBytes(await readStdin(), { path: 'stdin' }) : isUrl(file) ? await fetchUrl(file) : await readRawFile(file);
      const analysis = analyzeRaw(raw, { published: opts.published, today: opts.today, format: opts.format });
      process.stdout.write(opts.json ? `${JSON.stringify(analysis, null, 2)}\n` : `${formatAnalysis(analysis)}\n`);
    });
}
