// Requests Node cannot parse (bad request line, headers too large) never reach Fastify's hooks: they are
// answered here, on the socket, with the same JSON error shape and the same security headers.
import type { Socket } from 'node:net';
import { SECURITY_HEADERS } from './headers.js';

const STATUS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large'],
  HPE_URI_TOO_LONG: [414, 'URI Too Long'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout'],
};

export function handleClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) { socket.destroy(); return; }
  const [status, text] = STATUS[err.code ?? ''] ?? [400, 'Bad Request'];
  const body = JSON.stringify({ error: 'bad_request', reason: `malformed request (${text.toLowerCase()})` });
  const headers = Object.entries(SECURITY_HEADERS).map(([k, v]) => `${k}: ${v}`).join('\r\n');
  socket.end(`HTTP/1.1 ${status} ${text}\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${headers}\r\n\r\n${body}`);
}
