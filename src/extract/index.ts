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

export function extract(text: string, format: Format, options: ExtractOptions = {}): ExtractedArticle {
  if (format === 'html') return extractHtml(text, options);
  return extractPlainText(text, options);
}
