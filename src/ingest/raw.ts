// Raw documents: the bytes of one input and where they came from, identified by content hash.
import { createHash } from 'node:crypto';
import type { Source } from '../model/analysis.js';

export type MediaHint = 'text/plain' | 'text/html' | 'application/xml' | null;

export interface RawDocument {
  /** sha256 of the bytes, shortened: the stable article id */
  id: string;
  bytes: Buffer;
  source: Source;
  /** content type from the transport (HTTP header) or the file extension, when known */
  mediaType: MediaHint;
  /** charset from the transport (HTTP header), when known */
  charset: string | null;
}

export function contentId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

export function mediaTypeFromName(name: string): MediaHint {
  if (/\.x?html?$/i.test(name)) return 'text/html';
  if (/\.(rss|atom|xml)$/i.test(name)) return 'application/xml';
  if (/\.(txt|text|md)$/i.test(name)) return 'text/plain';
  return null;
}

export function rawFromBytes(bytes: Buffer, source: Omit<Source, 'fetchedAt'> & { fetchedAt?: string }, mediaType: MediaHint = null, charset: string | null = null): RawDocument {
  return {
    id: contentId(bytes),
    bytes,
    source: { ...source, fetchedAt: source.fetchedAt ?? new Date().toISOString() },
    mediaType,
    charset,
  };
}
