// `storyline serve`: the dashboard and JSON API over a store. The lead wires registerServe into main.ts;
// `startServer` is re-exported for the `demo` command.
import type { Command } from 'commander';
import { startServer } from '../server/index.js';
import { openStore } from '../store/index.js';

export { startServer } from '../server/index.js';

export function registerServe(program: Command): Command {
  return program
    .command('serve')
    .description('serve the dashboard and the JSON API (OpenAPI at /api/openapi.json)')
    .option('--db <path>', 'database file (default: $STORYLINE_DB or the user data folder)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port "${v}" is not a port number`);
      return n;
    }, 5178)
    .action(async (opts: { db?: string; host: string; port: number }) => {
      const store = openStore(opts.db);
      const server = await startServer(store, { host: opts.host, port: opts.port });
      console.log(`Storyline dashboard: ${server.url}`);
      const stop = async () => {
        await server.close();
        store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
