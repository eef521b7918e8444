// The server trusts no other site. Article text is hostile: besides escaping every value, the CSP forbids
// inline script and any script not served by us, so an escaping slip cannot run code. Other origins may
// read nothing (no CORS) and write nothing: state-changing requests from another site are refused by
// Origin / Sec-Fetch-Site, the API takes JSON only (a cross-site form or no-cors fetch cannot send it),
// the HTML form carries a token, the Host header must name us (DNS rebinding), and a server bound to
// anything but loopback asks every request for the access token printed at start.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';
import { SECURITY_HEADERS } from './headers.js';

export { CSP, SECURITY_HEADERS } from './headers.js';

export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
}

export interface SiteGuard {
  /** host names (no port) a request's Host header may carry */
  hosts: Set<string>;
  /** required on every request when set (server bound beyond loopback) */
  accessToken: string | null;
  /** the hidden field of the HTML ingest form */
  formToken: string;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1', '[::1]'];

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

const isWildcard = (host: string) => ['0.0.0.0', '::', '[::]', ''].includes(host);

/** The guard for a server bound to `host`; `allowedHosts` adds names (e.g. a reverse proxy's). */
export function siteGuard(host: string, opts: { accessToken?: string | null; allowedHosts?: string[] } = {}): SiteGuard {
  const hosts = new Set(LOOPBACK_NAMES);
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (!isWildcard(bare)) hosts.add(bare);
  for (const h of opts.allowedHosts ?? []) hosts.add(h.toLowerCase());
  const accessToken = opts.accessToken !== undefined ? opts.accessToken : isLoopback(host) ? null : randomBytes(18).toString('base64url');
  // A wildcard bind answers on every address the machine has: the token stands in for the Host check.
  if (isWildcard(bare)) hosts.add('*');
  return { hosts, accessToken, formToken: randomBytes(18).toString('base64url') };
}

/** "example.org:8080" → "example.org", "[::1]:80" → "::1". */
export function hostName(header: string | undefined): string {
  if (!header) return '';
  const m = /^\[([^\]]*)\](?::\d*)?$/.exec(header) ?? /^([^:]*)(?::\d*)?$/.exec(header);
  return (m?.[1] ?? header).toLowerCase();
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const sameToken = (given: unknown, expected: string): boolean => {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

function cookie(req: FastifyRequest, name: string): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

const forbidden = (reason: string) => new HttpError(403, 'forbidden', reason);

/** Why a request must be refused, or null. Exported for the tests and the bench. */
export function refusal(req: FastifyRequest, guard: SiteGuard): HttpError | null {
  const name = hostName(req.headers.host);
  if (!guard.hosts.has('*') && !guard.hosts.has(name)) return new HttpError(421, 'misdirected_request', `host "${name}" is not this server (DNS rebinding is refused)`);
  if (guard.accessToken) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const query = (req.query as Record<string, unknown> | undefined)?.token;
    const given = bearer ?? cookie(req, 'storyline_token') ?? (typeof query === 'string' ? query : undefined);
    if (!sameToken(given, guard.accessToken)) return new HttpError(401, 'unauthorized', 'this server asks for the access token printed when it started (?token=…, or Authorization: Bearer …)');
  }
  if (SAFE_METHODS.has(req.method)) return null;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return forbidden(`cross-site ${req.method} refused (Sec-Fetch-Site: ${site})`);
  // Sec-Fetch-Site is set by the browser and cannot be forged by a page; Origin is the check for browsers
  // without it. (With no-referrer, Chromium sends "Origin: null" even for our own form.)
  const origin = req.headers.origin;
  if (site === undefined && origin !== undefined) {
    let originHost: string | null = null;
    try { originHost = new URL(origin).host.toLowerCase(); } catch { /* "null" and garbage are foreign */ }
    if (originHost !== (req.headers.host ?? '').toLowerCase()) return forbidden(`cross-origin ${req.method} refused (Origin: ${origin.slice(0, 100)})`);
  }
  return null;
}

export function addSiteGuard(app: FastifyInstance, guard: SiteGuard): void {
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const error = refusal(req, guard);
    if (error) throw error;
    // A token given in the address becomes a same-site cookie, so the pages' own links keep working.
    const query = (req.query as Record<string, unknown> | undefined)?.token;
    if (guard.accessToken && typeof query === 'string') {
      reply.header('set-cookie', `storyline_token=${guard.accessToken}; HttpOnly; SameSite=Strict; Path=/`);
    }
  });
}
