// The extract stage: decoded text (plain or HTML) → the clean article.
import type { ExtractedArticle, ExtractOptions } from './types.js';
import { extractPlainText } from './text/index.js';
import { extractHtml } from './html/index.js';

export type { ExtractedArticle, ExtractOptions, TextBlock } from './types.js';
export { assembleText } from './assemble.js';
export { extractHtml } from './html/index.js';

export type Format = 'text' | 'html';

/** Guess the format of decoded input from its first characters. */
export function sniffFormat(text: string): Format {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return /^(<!doctype html|<html|<head|<body|<article|<meta|<div|<p[\s>]|<!--)/.test(head) ? 'html' : 'text';
}

/**
 * Invisible format characters are removed before extraction: zero-width spaces, word joiners, byte-order
 * marks, soft hyphens, direction marks and bidi embeddings/isolates anywhere, and zero-width (non-)joiners
 * between Latin letters (elsewhere they shape scripts such as Persian or emoji and stay). Left in, they cut
 * "Vla\u200bdimir" into two names. The article text and every offset are those of the cleaned text; the
 * raw input keeps them (docs/decisions/reliability.md).
 */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069]|(?<=[A-Za-z\u00C0-\u024F])[\u200C\u200D]+(?=[A-Za-z\u00C0-\u024F])/g;

export const withoutInvisibles = (text: string): string => text.replace(INVISIBLE, '');

export function extract(text: string, format: Format, options: ExtractOptions = {}): ExtractedArticle {
  const clean = withoutInvisibles(text);
  if (format === 'html') return extractHtml(clean, options);
  return extractPlainText(clean, options);
}
