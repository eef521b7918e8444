// A text as the analyser's document: each non-empty line a paragraph, sentences annotated, tokenised for the
// name recogniser. For tests that drive the recogniser without the extractor.
import { createDocument } from '../../src/analyse/document.js';
import { sentenceAnnotator } from '../../src/analyse/sentences.js';
import { tokenize, type Token } from '../../src/analyse/entities/tokens.js';

export function paragraphSentences(text: string): Token[][] {
  const blocks = [];
  let at = 0;
  for (const para of text.split('\n')) { if (para.trim()) blocks.push({ kind: 'paragraph' as const, start: at, end: at + para.length }); at += para.length + 1; }
  const doc = createDocument({ id: 't', source: { fetchedAt: '' }, title: null, published: null, publishedFrom: null, language: 'en', text, blocks, related: [], media: [], dropped: [] }, { today: '2025-12-31' });
  sentenceAnnotator.annotate(doc);
  return tokenize(doc);
}
