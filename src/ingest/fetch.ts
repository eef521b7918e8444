// URL → RawDocument with undici's fetch: timeout, streamed size cap, redirect cap, gzip/br/deflate
// (decoded by fetch), the address policy on every hop, and one clear InputError per failure kind.
import type { fetch as UndiciFetch } from 'undici';
import { InputError } from '../model/errors.js';
import { guardedLookup, policyFor, urlRefusal, type AddressPolicy } from './address-policy.js';
import { rawFromBytes, type MediaHint, type RawDocument } from './raw.js';

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** where the fetch may go; by default the URL's own host is trusted and other private addresses refused */
  policy?: AddressPolicy;
}

const ACCEPTED = /^(text\/html|application\/xhtml\+xml|text\/plain|text\/xml|application\/xml|application\/(rss|atom)\+xml)$/;

export function parseContentType(header: string | null): { mediaType: string | null; charset: string | null } {
  if (!header) return { mediaType: null, charset: null };
  const [type, ...params] = header.split(';');
  const cs = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean);
  return { mediaType: type!.trim().toLowerCase() || null, charset: cs ? cs.toLowerCase() : null };
}

function hint(mediaType: string | null): MediaHint {
  if (!mediaType) return null;
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return 'text/html';
  if (mediaType === 'text/plain') return 'text/plain';
  return 'application/xml';
}

/** Turns fetch's network errors (TypeError with a `cause` code) into a reason a user can act on. */
function networkReason(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; cause?: { code?: string; message?: string; name?: string }; message?: string };
  if (err.name === 'TimeoutError' || err.cause?.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
  const code = err.cause?.code ?? '';
  if (code === 'EPRIVATEADDRESS') return err.cause!.message!;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'DNS lookup failed (no such host)';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset by the server';
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code) || /certificate|tls|ssl/i.test(err.cause?.message ?? '')) return `TLS error (${code || err.cause?.message})`;
  return `network error (${code || err.cause?.message || err.message || String(e)})`;
}

/** One GET under the address policy: its answer once redirects are followed, before any body is read. */
export interface GuardedResponse {
  status: number;
  statusText: string;
  /** the URL that answered, after redirects */
  url: string;
  headers: { get(name: string): string | null };
  /** reads the body up to the size cap (cancelled past it); call only once */
  body(): Promise<Buffer>;
  /** drops the body unread */
  discard(): Promise<void>;
}

export interface GetOptions {
  policy: AddressPolicy;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent?: string;
  accept?: string;
  /** extra request headers, such as the validators of a conditional GET */
  headers?: Record<string, string>;
}

/**
 * Opens `url` with the address policy on every hop (checked on the URL, and in the connection's own DNS lookup),
 * following redirects by hand up to `maxRedirects`; a 304 is an answer, not a redirect. Failures are InputErrors
 * naming `url` with a reason a user can act on. The caller reads or discards the body.
 */
export async function guardedGet(url: string, o: GetOptions): Promise<GuardedResponse> {
  // undici loads on the first fetch, not at start-up: analysing files and the analysis workers never need it (~100 ms).
  const { Agent, fetch } = await import('undici');
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(o.policy) as never } });
  const close = () => void dispatcher.close();
  const signal = AbortSignal.timeout(o.timeoutMs);
  let current = url;
  let res: Awaited<ReturnType<typeof UndiciFetch>>;
  try {
    for (let hop = 0; ; hop++) {
      const refused = urlRefusal(current, o.policy);
      if (refused) throw new InputError(url, hop ? `redirect to ${current.slice(0, 100)}: ${refused}` : refused);
      try {
        res = await fetch(current, {
          redirect: 'manual', signal, dispatcher,
          headers: { 'user-agent': o.userAgent ?? 'Storyline/0.1 (+https://github.com/storyline)', accept: o.accept ?? 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5', ...o.headers },
        });
      } catch (e) {
        throw new InputError(url, networkReason(e, o.timeoutMs));
      }
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
        await res.body?.cancel();
        if (hop >= o.maxRedirects) throw new InputError(url, `too many redirects (more than ${o.maxRedirects})`);
        try {
          current = new URL(location, current).href;
        } catch {
          throw new InputError(url, `redirect to a malformed address (${location.slice(0, 100)})`);
        }
        continue;
      }
      break;
    }
  } catch (e) {
    close();
    throw e;
  }
  const answer = res;
  const tooLarge = `too large (more than ${o.maxBytes} bytes)`;
  return {
    status: answer.status, statusText: answer.statusText, url: current, headers: answer.headers,
    discard: async () => { await answer.body?.cancel(); close(); },
    body: async () => {
      try {
        const declared = Number(answer.headers.get('content-length') ?? NaN);
        if (declared > o.maxBytes) { await answer.body?.cancel(); throw new InputError(url, tooLarge); }
        const chunks: Buffer[] = [];
        let size = 0;
        // Breaking out of the loop cancels the stream, so an oversized body is not read further.
        for await (const chunk of (answer.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
          size += chunk.byteLength;
          if (size > o.maxBytes) throw new InputError(url, tooLarge);
          chunks.push(Buffer.from(chunk));
        }
        return Buffer.concat(chunks);
      } catch (e) {
        if (e instanceof InputError) throw e;
        throw new InputError(url, networkReason(e, o.timeoutMs));
      } finally {
        close();
      }
    },
  };
}

export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<RawDocument> {
  const { timeoutMs = 15000, maxBytes = 20 * 1024 * 1024, maxRedirects = 5 } = options;
  if (!/^https?:\/\//i.test(url)) throw new InputError(url, 'not an http(s) URL');
  const res = await guardedGet(url, { policy: options.policy ?? policyFor(url), timeoutMs, maxBytes, maxRedirects, userAgent: options.userAgent });
  const refuse = async (reason: string) => { await res.discard(); return new InputError(url, reason); };
  if (res.status === 404 || res.status === 410) throw await refuse(`not found (HTTP ${res.status})`);
  if (res.status >= 500) throw await refuse(`server error (HTTP ${res.status})`);
  if (res.status < 200 || res.status >= 300) throw await refuse(`HTTP ${res.status} ${res.statusText}`.trim());
  const { mediaType, charset } = parseContentType(res.headers.get('content-type'));
  if (mediaType && !ACCEPTED.test(mediaType)) throw await refuse(`not HTML or text (content-type ${mediaType})`);
  return rawFromBytes(await res.body(), { url: res.url }, hint(mediaType), charset);
}
