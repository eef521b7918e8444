// Storyline's public API: the CLI, the server and the tests all call these functions.
import { analyseDocument, toAnalysis } from './analyse/index.js';
import { extract, sniffFormat, type Format } from './extract/index.js';
import { assertArticle } from './extract/validate.js';
import { decodeRaw } from './ingest/decode.js';
import { rawFromBytes, type RawDocument } from './ingest/raw.js';
import { readRawFile } from './ingest/sources.js';
import type { Analysis, Article } from './model/analysis.js';
import { InputError } from './model/errors.js';

export { readRawFile };

export interface AnalyzeOptions {
  /** Publication date given by the user (YYYY-MM-DD or ISO date-time): wins over metadata and text. */
  published?: string | null;
  /** Today's date (YYYY-MM-DD); defaults to the system clock. */
  today?: string | null;
  /** Force the input format instead of sniffing it. */
  format?: Format;
}

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** A real calendar date: Date.parse rolls 2025-02-30 over to March 2, so the day must survive the round trip. */
export function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(s) || Number.isNaN(Date.parse(s))) return false;
  const day = s.slice(0, 10);
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** Analyse one raw document: decode, extract, run the annotators. Throws InputError for bad input. */
export function analyzeRaw(raw: RawDocument, options: AnalyzeOptions = {}): Analysis {
  const name = raw.source.path ?? raw.source.url ?? 'input';
  // The options are checked before any decoding or extraction is spent on the input.
  if (options.published && !isValidDate(options.published)) throw new InputError(name, `--published "${options.published}" is not a date (want YYYY-MM-DD)`);
  const today = options.today ?? todayIso();
  if (!isValidDate(today)) throw new InputError(name, `--today "${today}" is not a date (want YYYY-MM-DD)`);
  const { text } = decodeRaw(raw, name);
  const format = options.format ?? (raw.mediaType === 'text/html' ? 'html' : raw.mediaType === 'text/plain' ? 'text' : sniffFormat(text));
  const extracted = extract(text, format, { url: raw.source.url });
  assertArticle(text, extracted, name);
  const article: Article = {
    id: raw.id,
    source: raw.source,
    ...extracted,
    ...(options.published ? { published: options.published, publishedFrom: 'given' as const } : {}),
  };
  return toAnalysis(analyseDocument(article, { today: today.slice(0, 10) }));
}

/** Analyse a text or HTML string held in memory. */
export function analyzeText(text: string, options: AnalyzeOptions & { path?: string; url?: string } = {}): Analysis {
  const raw = rawFromBytes(Buffer.from(text, 'utf8'), { path: options.path, url: options.url }, options.format === 'html' ? 'text/html' : options.format === 'text' ? 'text/plain' : null);
  return analyzeRaw(raw, options);
}

export async function analyzeFile(path: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  return analyzeRaw(await readRawFile(path), options);
}
