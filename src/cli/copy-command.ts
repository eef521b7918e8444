// `storyline copy --from A --to B`: moves a store to another engine (a SQLite file to a PostgreSQL database, or back).
import type { Command } from 'commander';
import { copyStore } from '../store/copy.js';
import { CliError } from './errors.js';
import { withEngine } from './store-option.js';

export function registerCopyCommand(program: Command): void {
  program.command('copy')
    .description('copy every stored input, analysis and failure, the watched feeds and the saved searches from one store to another (SQLite file or postgres:// URL)')
    .requiredOption('--from <db>', 'the store to read: a database file or a postgres:// URL')
    .requiredOption('--to <db>', 'the store to fill: a database file or a postgres:// URL (created when missing)')
    .action(async (opts: { from: string; to: string }) => {
      if (opts.from === opts.to) throw new CliError('copy: --from and --to name the same store', 2);
      await withEngine(opts.from, (from) => withEngine(opts.to, async (to) => {
        const r = await copyStore(from, to, (n) => { if (n % 1000 === 0) process.stderr.write(`copy: ${n} inputs\n`); });
        process.stdout.write(`copied ${r.analysed} analysed articles, ${r.failed} failures and ${r.queued} pending inputs (queued for \`storyline worker\`) `
          + `from ${from.location} to ${to.location}; ${r.alreadyThere} were there already; ${r.feeds} feeds and ${r.searches} saved searches\n`);
      }));
    });
}
