// storyline demo: ingest the bundled demo corpus into the store and print what was found.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DB_OPTION, openEngineOrFail } from './store-option.js';
import { CliError } from './errors.js';
import { formatIngestReport, formatStats } from './output.js';
import { terminalProgress } from './progress.js';
import { parsePort, serveUntilStopped } from './serve.js';

/** The demo/ folder shipped with the project (next to dist/ or src/). */
export function demoFolder(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo');
}

export function registerDemo(program: Command): void {
  program.command('demo')
    .description('ingest the bundled demo corpus (Wikinews articles and the seed) and print what was found')
    .option(...DB_OPTION)
    .option('--host <host>', 'address to serve on', '127.0.0.1')
    .option('--port <port>', 'port to serve on (0 picks a free one)', parsePort, 5178)
    .option('--no-serve', 'ingest and print what was found, without serving the dashboard')
    .action(async (opts: { db?: string; host: string; port: number; serve: boolean }) => {
      const folder = demoFolder();
      if (!existsSync(folder)) throw new CliError(`${folder}: demo corpus not found`);
      const store = await openEngineOrFail(opts.db);
      try {
        const { ingestPaths } = await import('../ingest/run.js');
        const report = await ingestPaths([folder], store, {}, terminalProgress());
        for (const f of report.failed) process.stderr.write(`storyline: ${f.input}: ${f.reason}\n`);
        process.stdout.write(`${formatIngestReport(report)}\n${formatStats(await store.stats())}\ndatabase: ${store.location}\n`);
        if (report.failed.length) process.exitCode = 1;
      } catch (err) {
        await store.close();
        throw err;
      }
      if (!opts.serve) return store.close();
      await serveUntilStopped(store, opts.host, opts.port);
    });
}
