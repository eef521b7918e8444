// storyline demo: ingest the bundled demo corpus into the store and print what was found.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../ingest/run.js';
import { openStore } from '../store/index.js';
import { CliError } from './errors.js';
import { formatIngestReport, formatStats } from './output.js';
import { terminalProgress } from './progress.js';

/** The demo/ folder shipped with the project (next to dist/ or src/). */
export function demoFolder(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo');
}

export function registerDemo(program: Command): void {
  program.command('demo')
    .description('ingest the bundled demo corpus (Wikinews articles and the seed) and print what was found')
    .option('--db <path>', 'database file (default: $STORYLINE_DB or the user data folder)')
    .action(async (opts: { db?: string }) => {
      const folder = demoFolder();
      if (!existsSync(folder)) throw new CliError(`${folder}: demo corpus not found`);
      const store = openStore(opts.db);
      try {
        const report = await ingestPaths([folder], store, {}, terminalProgress());
        for (const f of report.failed) process.stderr.write(`storyline: ${f.input}: ${f.reason}\n`);
        process.stdout.write(`${formatIngestReport(report)}\n${formatStats(store.stats())}\ndatabase: ${store.path}\n`);
        if (report.failed.length) process.exitCode = 1;
      } finally {
        store.close();
      }
    });
}
