// Serves the dashboard's own CSS and JS from web/ (a fixed list: no path from the request touches the disk).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Type } from '@sinclair/typebox';
import type { App } from './types.js';

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));
const FILES: Record<string, string> = { 'style.css': 'text/css; charset=utf-8', 'app.js': 'text/javascript; charset=utf-8' };

export async function staticPlugin(app: App): Promise<void> {
  const cache = new Map(Object.keys(FILES).map((name) => [name, readFileSync(WEB + name)]));
  app.get('/static/:name', { schema: { hide: true, params: Type.Object({ name: Type.String({ maxLength: 40 }) }) } }, async (req, reply) => {
    const body = cache.get(req.params.name);
    if (!body) return reply.callNotFound();
    return reply.type(FILES[req.params.name]!).header('cache-control', 'public, max-age=3600').send(body);
  });
}
