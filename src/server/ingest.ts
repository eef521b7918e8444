// Analysing a posted article: the raw bytes are stored first (so a failure is recorded, never lost),
// then the analysis is saved in one transaction. Shared by POST /api/articles and the Ingest page.
import { analyzeRaw } from '../api.js';
import { rawFromBytes } from '../ingest/raw.js';
import { analyseStored } from '../ingest/record.js';
import type { Analysis } from '../model/analysis.js';
import type { SqliteStore } from '../store/index.js';
import { badRequest } from './errors.js';

export interface IngestInput {
  text: string;
  format?: 'text' | 'html';
  published?: string;
  url?: string;
}

export async function ingestText(store: SqliteStore, input: IngestInput, today?: string): Promise<Analysis> {
  if (!input.text.trim()) throw badRequest('empty article: send the text or HTML of an article');
  let url: string | undefined;
  if (input.url) {
    if (!/^https?:\/\//i.test(input.url)) throw badRequest('url must start with http:// or https://');
    url = input.url;
  }
  const media = input.format === 'html' ? 'text/html' : input.format === 'text' ? 'text/plain' : null;
  const raw = rawFromBytes(Buffer.from(input.text, 'utf8'), { path: url ? undefined : 'posted', url }, media, 'utf-8');
  store.saveRaw(raw);
  return analyseStored(store, raw, (r) => analyzeRaw(r, { format: input.format, published: input.published || null, today: today ?? null }));
}
