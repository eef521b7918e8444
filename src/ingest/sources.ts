// Expands what the user named (files, folders, URLs, RSS/Atom feeds, "-" for standard input) into raw documents.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, basename } from 'node:path';
import { InputError } from '../model/errors.js';
import { decodeRaw, MAX_INPUT_BYTES } from './decode.js';
import { looksLikeFeed, parseFeed } from './feeds.js';
import { policyFor, type AddressPolicy } from './address-policy.js';
import { fetchUrl } from './fetch.js';
import { mediaTypeFromName, rawFromBytes, type RawDocument } from './raw.js';

const ARTICLE_FILE = /\.(txt|text|md|html?|xhtml)$/i;

/** One thing to ingest: loaded lazily so a huge folder is not read into memory at once. */
export interface PendingSource {
  name: string;
  load(): Promise<RawDocument>;
}

/** Standard input up to `maxBytes`: more is refused while reading, before it is held whole or stored. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin, maxBytes = MAX_INPUT_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const chunk = Buffer.isBuffer(c) ? c : Buffer.from(c as string);
    size += chunk.length;
    if (size > maxBytes) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new InputError('stdin', `too large (more than ${maxBytes / 1048576} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function listFolder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFolder(p)));
    else if (e.isFile() && ARTICLE_FILE.test(e.name) && !/^(readme|attribution|license)/i.test(basename(e.name))) out.push(p);
  }
  return out;
}

/** Read one file into a raw document, refusing missing paths, folders and oversized files first. */
export async function readRawFile(path: string): Promise<RawDocument> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new InputError(path, 'no such file');
  if (info.isDirectory()) throw new InputError(path, 'is a folder (use `storyline ingest` for folders)');
  if (info.size > MAX_INPUT_BYTES) throw new InputError(path, `too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
  return rawFromBytes(await readFile(path), { path }, mediaTypeFromName(path));
}

const fileSource = (path: string): PendingSource => ({ name: path, load: () => readRawFile(path) });
const urlSource = (url: string, policy: AddressPolicy): PendingSource => ({ name: url, load: () => fetchUrl(url, { policy }) });

/** What the user allows beyond the hosts they named. */
export interface SourceOptions {
  /** fetch private, loopback and link-local addresses found in feeds and redirects too */
  allowPrivateAddresses?: boolean;
}

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** The items of an RSS/Atom document, or null when the raw document is not a feed. */
function feedItems(raw: RawDocument, name: string, policy: AddressPolicy): PendingSource[] | null {
  if (raw.mediaType === 'text/html' || raw.mediaType === 'text/plain') return null;
  const { text } = decodeRaw(raw, name);
  if (!looksLikeFeed(text)) return null;
  const feed = parseFeed(text, raw.source.url);
  if (!feed) throw new InputError(name, 'malformed RSS/Atom feed');
  if (feed.items.length === 0) throw new InputError(name, 'feed has no items with links');
  // Items are fetched under the feed's policy: its own host is trusted, other private addresses are not.
  return feed.items.map((i) => urlSource(i.url, policy));
}

/** A URL is fetched once here: a feed expands into its items, a page becomes one source. */
async function expandUrl(url: string, allowPrivate: boolean): Promise<PendingSource[]> {
  const policy = policyFor(url, allowPrivate);
  const raw = await fetchUrl(url, { policy });
  return feedItems(raw, url, policy) ?? [{ name: url, load: async () => raw }];
}

/**
 * Resolve each input to sources. Problems with an input itself (missing path, empty folder) are
 * returned as errors so the other inputs still go through.
 */
export async function expandInputs(inputs: string[], options: SourceOptions = {}): Promise<{ sources: PendingSource[]; errors: InputError[] }> {
  const allowPrivate = options.allowPrivateAddresses ?? false;
  const sources: PendingSource[] = [];
  const errors: InputError[] = [];
  for (const input of inputs) {
    if (input === '-') {
      sources.push({ name: 'stdin', load: async () => rawFromBytes(await readStdin(), { path: 'stdin' }) });
      continue;
    }
    if (isUrl(input)) {
      try {
        sources.push(...(await expandUrl(input, allowPrivate)));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        errors.push(e);
      }
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (!info) { errors.push(new InputError(input, 'no such file or folder')); continue; }
    if (info.isDirectory()) {
      const files = await listFolder(input);
      if (files.length === 0) errors.push(new InputError(input, 'folder holds no article files (.txt, .md, .html)'));
      sources.push(...files.map(fileSource));
    } else if (/\.(xml|rss|atom)$/i.test(input)) {
      try {
        // A feed file names no host: none is trusted, so its items must be public addresses.
        const items = feedItems(await readRawFile(input), input, { trustedHosts: new Set(), allowPrivate });
        if (items) sources.push(...items);
        else errors.push(new InputError(input, 'XML that is not an RSS or Atom feed'));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        errors.push(e);
      }
    } else {
      sources.push(fileSource(input));
    }
  }
  return { sources, errors };
}
