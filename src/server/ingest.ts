// Analysing a posted article: the raw bytes are stored first (so a failure is recorded, never lost),
// then the analysis is saved in one transaction. Shared by POST /api/articles and the Ingest page.
import { analyzeRaw, type AnalyzeOptions } from '../api.js';
import { rawFromBytes, type RawDocument } from '../ingest/raw.js';
import { analyseStored } from '../ingest/record.js';
import type { Analysis } from '../model/analysis.js';
import type { Store } from '../store/index.js';
import { badRequest } from './errors.js';

export interface IngestInput {
  text: string;
  format?: 'text' | 'html';
  published?: string;
  url?: string;
}

/** Runs one analysis: in the server, a worker with a time and memory limit (see createServer). */
export type AnalyseFn = (raw: RawDocument, options: AnalyzeOptions) => Promise<Analysis>;

export const analyseInline: AnalyseFn = async (raw, options) => analyzeRaw(raw, options);

/** The url field, checked: a URL that parses, http(s) only (the WHATWG parser refuses "http://" and "http://[::1"). */
function checkedUrl(value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw badRequest(`url "${value.slice(0, 100)}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw badRequest('url must start with http:// or https://');
  return parsed.href;
}

export async function ingestText(store: Store, input: IngestInput, today?: string, analyse: AnalyseFn = analyseInline): Promise<Analysis> {
  if (!input.text.trim()) throw badRequest('empty article: send the text or HTML of an article');
  const url = input.url ? checkedUrl(input.url) : undefined;
  const media = input.format === 'html' ? 'text/html' : input.format === 'text' ? 'text/plain' : null;
  const raw = rawFromBytes(Buffer.from(input.text, 'utf8'), { path: url ? undefined : 'posted', url }, media, 'utf-8');
  await store.saveRaw(raw);
  return analyseStored(store, raw, (r) => analyse(r, { format: input.format, published: input.published || null, today: today ?? null }));
}
