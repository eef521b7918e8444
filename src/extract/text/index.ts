// Plain-text extraction (first cut: one block per non-empty line; segmentation comes next).
import { assembleText } from '../assemble.js';
import type { ExtractedArticle, ExtractOptions } from '../types.js';

export function extractPlainText(input: string, _options: ExtractOptions = {}): ExtractedArticle {
  const lines = input.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const { text, blocks } = assembleText(lines.map((l) => ({ kind: 'paragraph' as const, text: l })));
  return { title: null, published: null, publishedFrom: null, language: 'en', text, blocks, related: [], media: [], dropped: [] };
}
