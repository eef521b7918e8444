// URL → RawDocument with undici's fetch: timeout, streamed size cap, redirect cap, gzip/br/deflate
// (decoded by fetch), the address policy on every hop, and one clear InputError per failure kind.
import { Agent, fetch } from 'undici';
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

export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<RawDocument> {
  const { timeoutMs = 15000, maxBytes = 20 * 1024 * 1024, maxRedirects = 5 } = options;
  if (!/^https?:\/\//i.test(url)) throw new InputError(url, 'not an http(s) URL');
  const policy = options.policy ?? policyFor(url);
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(policy) as never } });
  try {
    return await fetchWith(url, dispatcher, policy, { timeoutMs, maxBytes, maxRedirects, userAgent: options.userAgent });
  } finally {
    void dispatcher.close();
  }
}

async function fetchWith(url: string, dispatcher: Agent, policy: AddressPolicy, options: Required<Omit<FetchOptions, 'policy' | 'userAgent'>> & { userAgent?: string }): Promise<RawDocument> {
  const { timeoutMs, maxBytes, maxRedirects } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  let res: Awaited<ReturnType<typeof fetch>> | null = null;
  for (let hop = 0; ; hop++) {
    const refused = urlRefusal(current, policy);
    if (refused) throw new InputError(url, hop ? `redirect to ${current.slice(0, 100)}: ${refused}` : refused);
    try {
      res = await fetch(current, {
        redirect: 'manual', signal, dispatcher,
        headers: { 'user-agent': options.userAgent ?? 'Storyline/0.1 (+https://github.com/storyline)', accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' },
      });
    } catch (e) {
      throw new InputError(url, networkReason(e, timeoutMs));
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      if (hop >= maxRedirects) throw new InputError(url, `too many redirects (more than ${maxRedirects})`);
      try {
        current = new URL(location, current).href;
      } catch {
        throw new InputError(url, `redirect to a malformed address (${location.slice(0, 100)})`);
      }
      continue;
    }
    break;
  }
  if (res.status === 404 || res.status === 410) throw new InputError(url, `not found (HTTP ${res.status})`);
  if (res.status >= 500) throw new InputError(url, `server error (HTTP ${res.status})`);
  if (!res.ok) throw new InputError(url, `HTTP ${res.status} ${res.statusText}`.trim());
  const { mediaType, charset } = parseContentType(res.headers.get('content-type'));
  if (mediaType && !ACCEPTED.test(mediaType)) {
    await res.body?.cancel();
    throw new InputError(url, `not HTML or text (content-type ${mediaType})`);
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  const tooLarge = `too large (more than ${maxBytes} bytes)`;
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new InputError(url, tooLarge);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    // Breaking out of the loop cancels the stream, so an oversized body is not read further.
    for await (const chunk of (res.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new InputError(url, tooLarge);
      chunks.push(Buffer.from(chunk));
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(url, networkReason(e, timeoutMs));
  }
  return rawFromBytes(Buffer.concat(chunks), { url: current }, hint(mediaType), charset);
}
