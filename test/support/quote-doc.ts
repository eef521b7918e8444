// Paragraphs as the analyser's document with the people and organisations a quote test names already marked,
// so the quote rules are checked without the name recogniser.
import type { Entity } from '../../src/model/analysis.js';
import { createDocument } from '../../src/analyse/document.js';
import { sentenceAnnotator } from '../../src/analyse/sentences.js';
import { assembleText } from '../../src/extract/assemble.js';

/** Paragraphs with entities (person unless the key is typed "org:" or "place:") at every occurrence of their forms. */
export function quoteDoc(paragraphs: string[], people: Record<string, string[]> = {}) {
  const { text, blocks } = assembleText(paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p })));
  const d = createDocument({ id: 't', source: { fetchedAt: 'x' }, title: null, published: null, publishedFrom: null, language: 'en', text, blocks, related: [], media: [], dropped: [] }, { today: '2025-01-01' });
  sentenceAnnotator.annotate(d);
  d.entities = Object.entries(people).map(([key, forms], i): Entity => ({
    id: `e${i + 1}`, name: key.replace(/^(?:org|place):/, ''), type: key.startsWith('org:') ? 'organization' : key.startsWith('place:') ? 'place' : 'person', roles: [], aliases: forms, geo: null,
    mentions: forms.flatMap((f) => [...text.matchAll(new RegExp(`\\b${f}\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + f.length }))),
  }));
  return d;
}
