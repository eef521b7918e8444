// The two named-entity systems compared by the understanding bench, behind one shape:
// mentions(text, blocks?) → [{ start, end, type: 'person'|'organization'|'place'|..., key }] where `key`
// names the entity a mention was put in (for coreference). Run `npx tsc -p tsconfig.json` first.
import nlp from 'compromise';
import { createDocument } from '../../dist/analyse/document.js';
import { sentenceAnnotator } from '../../dist/analyse/sentences.js';
import { entityAnnotators } from '../../dist/analyse/entities/index.js';
import { extractPlainText } from '../../dist/extract/text/index.js';

/** A plain-text article record (same as the CLI would build for a .txt file). */
export const textArticle = (id, raw) => ({ id, source: { fetchedAt: '2025-01-01T00:00:00Z' }, title: null, published: null,
  publishedFrom: null, language: 'en', related: [], media: [], dropped: [], ...extractPlainText(raw) });

/** Storyline's documents with sentences done, so the entity annotator can be timed alone. */
export function storylineDoc(article) {
  const doc = createDocument(article, { today: '2025-12-31' });
  sentenceAnnotator.annotate(doc);
  return doc;
}
export const storylineEntities = (doc) => { for (const a of entityAnnotators) a.annotate(doc); return doc.entities; };

export const storyline = {
  name: 'Storyline',
  mentions(article) {
    const ents = storylineEntities(storylineDoc(article));
    return ents.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, key: e.id })));
  },
};

const COMPROMISE_TYPES = [['people', 'person'], ['organizations', 'organization'], ['places', 'place']];

/** compromise's three named-entity views; offsets trimmed of the punctuation compromise keeps on a term. */
export function compromiseMentions(text) {
  const doc = nlp(text);
  const out = [];
  for (const [view, type] of COMPROMISE_TYPES) {
    for (const x of doc[view]().json({ offset: true })) {
      let start = x.offset.start, end = start + x.offset.length;
      while (end > start && /[\s.,;:!?”"’')\]]/.test(text[end - 1])) end--;
      while (start < end && /[\s“"‘'(\[]/.test(text[start])) start++;
      if (end <= start) continue;
      // compromise does not cluster: a user would group mentions by their normalised text.
      const key = `${type}:${text.slice(start, end).toLowerCase().replace(/['’]s$/, '')}`;
      out.push({ start, end, type, key });
    }
  }
  return out;
}

export const compromise = { name: 'compromise', mentions: (article) => compromiseMentions(article.text) };
