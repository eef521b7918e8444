// Orders annotators by the layers they read and write, then runs them over one document.
import type { Annotator, ArticleDoc, LayerName } from './document.js';
import { supportedLanguages } from '../lang/index.js';
import { enforceLimits } from './limits.js';

export function orderAnnotators(annotators: Annotator[]): Annotator[] {
  const writers = new Map<LayerName, Annotator[]>();
  for (const a of annotators) for (const l of a.writes) writers.set(l, [...(writers.get(l) ?? []), a]);
  const done = new Set<Annotator>();
  const visiting = new Set<Annotator>();
  const ordered: Annotator[] = [];
  const visit = (a: Annotator) => {
    if (done.has(a)) return;
    if (visiting.has(a)) throw new Error(`annotator cycle through ${a.name}`);
    visiting.add(a);
    for (const l of a.reads) for (const w of writers.get(l) ?? []) if (w !== a) visit(w);
    visiting.delete(a);
    done.add(a);
    ordered.push(a);
  };
  annotators.forEach(visit);
  return ordered;
}

export function runPipeline(doc: ArticleDoc, annotators: Annotator[]): ArticleDoc {
  const skipped: string[] = [];
  for (const a of orderAnnotators(annotators)) {
    if (a.needsLang && !doc.lang && !a.runsWithoutLang?.(doc)) { skipped.push(a.name); continue; }
    try {
      a.annotate(doc);
    } catch (err) {
      // One failing annotator must not lose the others' layers: record it and go on.
      doc.messages.push({ source: a.name, reason: `annotator failed: ${(err as Error).message}` });
    }
    // Capped after each annotator, so the next ones never work on a blown-up layer.
    enforceLimits(doc, a.name);
  }
  if (skipped.length) {
    doc.messages.push({ source: 'pipeline', reason: `skipped ${skipped.join(', ')}: no language data for "${doc.article.language}" yet (supported: ${supportedLanguages().join(', ')})` });
  }
  return doc;
}
