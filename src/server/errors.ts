// One error shape for the whole API: { error, reason } with a proper status code.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { InputError } from '../model/errors.js';
import { errorPage } from './views/pages/error.js';

export class HttpError extends Error {
  constructor(readonly statusCode: number, readonly error: string, readonly reason: string) {
    super(reason);
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);
export const badRequest = (reason: string) => new HttpError(400, 'bad_request', reason);

const NAMES: Record<number, string> = {
  400: 'bad_request', 404: 'not_found', 405: 'method_not_allowed', 413: 'payload_too_large', 415: 'unsupported_media_type', 500: 'internal_error',
};

/** Maps our errors, input errors and Fastify's own (validation, body too large, bad JSON) to { status, error, reason }. */
export function describeError(err: unknown): { status: number; error: string; reason: string } {
  if (err instanceof HttpError) return { status: err.statusCode, error: err.error, reason: err.reason };
  if (err instanceof InputError) return { status: 400, error: 'bad_input', reason: err.reason };
  const fe = err as FastifyError;
  const status = typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 600 ? fe.statusCode : 500;
  if (status >= 500) return { status, error: 'internal_error', reason: 'the server failed; see its log' };
  if (fe.validation) return { status, error: 'invalid_request', reason: fe.message };
  return { status, error: NAMES[status] ?? 'bad_request', reason: fe.message };
}

const wantsHtml = (req: FastifyRequest) => !req.url.startsWith('/api/');

export function handleError(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, error, reason } = describeError(err);
  if (status >= 500) req.log.error(err);
  reply.status(status);
  if (wantsHtml(req)) return reply.type('text/html; charset=utf-8').send(errorPage(status, reason));
  return reply.type('application/json; charset=utf-8').send({ error, reason });
}

export function handleNotFound(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  return handleError(notFound(`${req.method} ${req.url.split('?')[0]}`), req, reply);
}
