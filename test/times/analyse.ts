// Runs only the sentence and time annotators over a short text, so unit tests do not depend on extraction.
import { analyseDocument } from '../../src/analyse/index.js';
import { sentenceAnnotator } from '../../src/analyse/sentences.js';
import { timeAnnotators } from '../../src/analyse/times/index.js';
import type { ArticleDoc } from '../../src/analyse/document.js';

export function analyseTimes(text: string, { today = '2026-11-26', published }: { today?: string; published?: string } = {}): ArticleDoc {
  return analyseDocument({
    id: 'test', source: { fetchedAt: '2026-11-26T00:00:00Z' }, title: null,
    published: published ?? null, publishedFrom: published ? 'given' : null, language: 'en', text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }], related: [], media: [], dropped: [],
  }, { today }, [sentenceAnnotator, ...timeAnnotators]);
}
