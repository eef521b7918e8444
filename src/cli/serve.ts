// `storyline serve`: the dashboard and JSON API over a store. The server (Fastify, its plugins, the pages) is
// imported when a command serves, not when the CLI starts: `storyline analyze` has no use for it (~0.4 s of CPU).
import type { Command } from 'commander';
import type { startServer } from '../server/index.js';
import { asStore, type SqliteStore, type Store } from '../store/index.js';
import { CliError } from './errors.js';
import { DB_OPTION, openEngineOrFail } from './store-option.js';

/** Port option parser shared by `serve` and `demo`. */
export function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`--port "${v}" is not a port number`, 2);
  return n;
}

/** Serve the store until SIGINT/SIGTERM, printing the dashboard's address. */
export async function serveUntilStopped(given: Store | SqliteStore, host: string, port: number): Promise<void> {
  const store = asStore(given);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    const { startServer: start } = await import('../server/index.js');
    server = await start(store, { host, port });
  } catch (err) {
    await store.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`${host}:${port}: port already in use (try --port 0 for a free one)`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`${host}: cannot listen on this address`);
    throw err;
  }
  if (server.accessToken) {
    // Anyone who can reach this address may otherwise read and write the store: the token is the only key.
    console.error(`warning: listening on ${host}, beyond this machine; every request needs the access token below.`);
    console.log(`Storyline dashboard: ${server.url}?token=${server.accessToken}`);
    console.log(`access token: ${server.accessToken} (API: Authorization: Bearer <token>)`);
  } else {
    console.log(`Storyline dashboard: ${server.url}`);
  }
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function registerServe(program: Command): Command {
  return program
    .command('serve')
    .description('serve the dashboard and the JSON API (OpenAPI at /api/openapi.json)')
    .option(...DB_OPTION)
    .option('--host <host>', 'address to listen on (anything but loopback requires the access token printed at start)', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one)', parsePort, 5178)
    .action(async (opts: { db?: string; host: string; port: number }) => {
      await serveUntilStopped(await openEngineOrFail(opts.db), opts.host, opts.port);
    });
}
