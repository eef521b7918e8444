// One error shape for the whole API: { error, reason } with a proper status code.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { InputError } from '../model/errors.js';
import { SECURITY_HEADERS } from './headers.js';
import { errorPage } from './views/pages/error.js';

export class HttpError extends Error {
  constructor(readonly statusCode: number, readonly error: string, readonly reason: string) {
    super(reason);
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);
export const badRequest = (reason: string) => new HttpError(400, 'bad_request', reason);

const NAMES: Record<number, string> = {
  400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed', 413: 'payload_too_large', 414: 'uri_too_long', 415: 'unsupported_media_type', 500: 'internal_error',
};

/** Maps our errors, input errors and Fastify's own (validation, body too large, bad JSON) to { status, error, reason }. */
export function describeError(err: unknown): { status: number; error: string; reason: string } {
  if (err instanceof HttpError) return { status: err.statusCode, error: err.error, reason: err.reason };
  if (err instanceof InputError) return { status: 400, error: 'bad_input', reason: err.reason };
  const fe = err as FastifyError;
  const status = typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 600 ? fe.statusCode : 500;
  if (status >= 500) return { status, error: 'internal_error', reason: 'the server failed; see its log' };
  if (fe.validation) return { status, error: 'invalid_request', reason: fe.message };
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status, error: NAMES[415]!, reason: 'unsupported content type: the API takes application/json, the Ingest form application/x-www-form-urlencoded' };
  return { status, error: NAMES[status] ?? 'bad_request', reason: fe.message };
}

/** The reason says "see its log": so there must be one, also when Fastify's own logger is off. */
function logFailure(err: unknown, req: FastifyRequest): void {
  const level = (req.log as { level?: string }).level;
  if (level && level !== 'silent') { req.log.error(err); return; }
  const e = err as Error;
  process.stderr.write(`storyline serve: ${req.method} ${req.url.slice(0, 200)} failed: ${e?.stack ?? String(err)}\n`);
}

const wantsHtml = (req: FastifyRequest) => !req.url.startsWith('/api/');

export function handleError(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, error, reason } = describeError(err);
  if (status >= 500) logFailure(err, req);
  // Set here too: some framework errors (a malformed URL) are answered without the onSend hook.
  reply.status(status).headers(SECURITY_HEADERS);
  if (wantsHtml(req)) return reply.type('text/html; charset=utf-8').send(errorPage(status, reason));
  return reply.type('application/json; charset=utf-8').send({ error, reason });
}

export function handleNotFound(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  return handleError(notFound(`${req.method} ${req.url.split('?')[0]}`), req, reply);
}
