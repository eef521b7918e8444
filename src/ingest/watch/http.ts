// One polite GET for the watcher: conditional (ETag, Last-Modified), redirects followed by hand (each hop checked
// against the address policy: no private addresses but the named host's, http(s) only), a size cap, a timeout, and the status and headers handed back so the schedule can read 304 and 429.
import { Agent, fetch } from 'undici';
import { guardedLookup, urlRefusal, type AddressPolicy } from '../address-policy.js';
import { decodeRaw } from '../decode.js';
import { rawFromBytes } from '../raw.js';
import type { WatchSettings } from './settings.js';

export interface Validators { etag: string | null; lastModified: string | null }

export interface GetResult {
  status: number;
  url: string;
  headers: { get(name: string): string | null };
  /** decoded body, only for 2xx answers */
  text: string | null;
}

const MAX_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 5;

export async function politeGet(url: string, validators: Validators | null, s: WatchSettings, policy: AddressPolicy, accept = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5'): Promise<GetResult> {
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(policy) as never } });
  try {
    return await getWith(url, validators, s, policy, accept, dispatcher);
  } finally {
    void dispatcher.close();
  }
}

async function getWith(url: string, validators: Validators | null, s: WatchSettings, policy: AddressPolicy, accept: string, dispatcher: Agent): Promise<GetResult> {
  const signal = AbortSignal.timeout(s.timeoutMs);
  let current = url;
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { 'user-agent': s.userAgent, accept };
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    const refused = urlRefusal(current, policy);
    if (refused) throw new Error(hop ? `redirect to ${current.slice(0, 100)}: ${refused}` : refused);
    const res = await fetch(current, { redirect: 'manual', signal, headers, dispatcher });
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
      await res.body?.cancel();
      if (hop >= MAX_REDIRECTS) throw new Error(`too many redirects (more than ${MAX_REDIRECTS})`);
      current = new URL(location, current).href;
      continue;
    }
    if (res.status < 200 || res.status >= 300) {
      await res.body?.cancel();
      return { status: res.status, url: current, headers: res.headers, text: null };
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of (res.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > MAX_BYTES) throw new Error(`too large (more than ${MAX_BYTES} bytes)`);
      chunks.push(Buffer.from(chunk));
    }
    const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(res.headers.get('content-type') ?? '')?.[1] ?? null;
    const raw = rawFromBytes(Buffer.concat(chunks), { url: current }, 'application/xml', charset);
    return { status: res.status, url: current, headers: res.headers, text: raw.bytes.length ? decodeRaw(raw, current).text : '' };
  }
}

/** fetch's network errors carry the useful part in `cause`. */
export function networkMessage(e: unknown): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'timed out';
  if (err.cause?.code === 'EPRIVATEADDRESS' && err.cause.message) return err.cause.message;
  return err.cause?.code ? `network error (${err.cause.code})` : err.message ?? String(e);
}
