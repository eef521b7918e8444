// Runs only the stages the entity annotator needs (plain-text extraction, sentences, entities).
import { createDocument, type ArticleDoc } from '../../src/analyse/document.js';
import { sentenceAnnotator } from '../../src/analyse/sentences.js';
import { entityAnnotators, recogniseEntities, type RecogniseOptions } from '../../src/analyse/entities/index.js';
import { extractPlainText } from '../../src/extract/text/index.js';

/** The entity annotator as shipped, or with other recogniser options (e.g. the rules proposing names first). */
export function analyseText(raw: string, options?: RecogniseOptions): ArticleDoc {
  const ex = extractPlainText(raw);
  const article = { id: 't', source: { fetchedAt: '2025-01-01T00:00:00Z' }, title: null, published: null, publishedFrom: null,
    language: 'en', related: [], media: [], dropped: [], ...ex };
  const doc = createDocument(article, { today: '2025-12-31' });
  sentenceAnnotator.annotate(doc);
  if (options) doc.entities = recogniseEntities(doc, options);
  else for (const a of entityAnnotators) a.annotate(doc);
  return doc;
}
