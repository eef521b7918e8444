// Helpers other annotators (quotes, events, claims) call to turn a text position into an entity.
//   entityAt(doc, offset)        → the entity with a mention covering that offset, or null
//   resolveDescription(doc, span) → the person a description such as "the Russian advisor" denotes
//                                   (role word and nationality must fit one earlier person), or null
// Both read doc.entities, so call them from annotators that declare reads: ['entities'].
import type { Entity, Span } from '../../model/analysis.js';
import { sentenceIndexAt, type ArticleDoc } from '../document.js';
import { contextCountries, findDescriptions, resolveAgainst } from './describe.js';
import { tokenize, type Token } from './tokens.js';

export function entityAt(doc: ArticleDoc, offset: number): Entity | null {
  // nested mentions ("UN" inside "the UN chief" → Guterres): the longest, most specific one wins
  let best: { e: Entity; len: number } | null = null;
  for (const e of doc.entities) for (const m of e.mentions) {
    if (m.start <= offset && offset < m.end && (!best || m.end - m.start > best.len)) best = { e, len: m.end - m.start };
  }
  return best?.e ?? null;
}

export function sentenceStartFinder(doc: ArticleDoc): (offset: number) => number {
  // Start of the sentence before the one holding the offset, so "recent" covers two sentences.
  return (offset: number) => {
    const i = sentenceIndexAt(doc.sentences, offset);
    return i <= 0 ? 0 : doc.sentences[i - 1]!.start;
  };
}

export function resolveDescription(doc: ArticleDoc, span: Span): Entity | null {
  return descriptionResolver(doc)(span);
}

/**
 * resolveDescription for many spans of one document whose entities do not change meanwhile (one annotator's
 * run): the article's tokens and the people's soft nationalities are worked out once, not once per span
 * (which was quadratic on a page of thousands of quotes).
 */
export function descriptionResolver(doc: ArticleDoc): (span: Span) => Entity | null {
  let all: Token[][] | null = null;
  let soft: Map<Entity, Set<string>> | null = null;
  return (span) => {
    const known = entityAt(doc, span.start);
    if (known) return known;
    const si = sentenceIndexAt(doc.sentences, span.start);
    if (si < 0) return null;
    all ??= tokenize(doc);
    const d = findDescriptions([all[si]!]).find((x) => x.span.start <= span.start && span.start < x.span.end + 1 || x.span.start >= span.start && x.span.end <= span.end);
    return d ? resolveAgainst(doc.entities, d, sentenceStartFinder(doc), soft ??= contextCountries(doc.entities, all)) : null;
  };
}
