// One polite GET for the watcher: the project's guarded GET (address policy on every hop, redirects, size cap,
// timeout) made conditional (ETag, Last-Modified), with the status handed back so the schedule can read 304 and 429.
import type { AddressPolicy } from '../address-policy.js';
import { decodeRaw } from '../decode.js';
import { guardedGet, parseContentType } from '../fetch.js';
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
  const headers: Record<string, string> = {};
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  const res = await guardedGet(url, { policy, timeoutMs: s.timeoutMs, maxBytes: MAX_BYTES, maxRedirects: MAX_REDIRECTS, userAgent: s.userAgent, accept, headers });
  if (res.status < 200 || res.status >= 300) {
    await res.discard();
    return { status: res.status, url: res.url, headers: res.headers, text: null };
  }
  const raw = rawFromBytes(await res.body(), { url: res.url }, 'application/xml', parseContentType(res.headers.get('content-type')).charset);
  return { status: res.status, url: res.url, headers: res.headers, text: raw.bytes.length ? decodeRaw(raw, res.url).text : '' };
}
