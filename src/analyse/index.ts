// The analyse stage: builds the article document and runs every annotator over it.
import { createRequire } from 'node:module';
import type { Analysis, Article } from '../model/analysis.js';
import { createDocument, type AnalyseOptions, type Annotator, type ArticleDoc } from './document.js';
import { runPipeline } from './pipeline.js';
import { sentenceAnnotator } from './sentences.js';
import { timeAnnotators } from './times/index.js';
import { entityAnnotators } from './entities/index.js';
import { quoteAnnotators } from './quotes/index.js';
import { quantityAnnotators } from './quantities/index.js';
import { eventAnnotators } from './events/index.js';
import { claimAnnotators } from './claims/index.js';

/** The package version, read once: stored analyses say which code produced them. */
export const ANALYSER_VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export type { AnalyseOptions, Annotator, ArticleDoc } from './document.js';

export const defaultAnnotators: Annotator[] = [
  sentenceAnnotator, ...timeAnnotators, ...entityAnnotators, ...quoteAnnotators,
  ...quantityAnnotators, ...eventAnnotators, ...claimAnnotators,
];

export function analyseDocument(article: Article, options: AnalyseOptions, annotators = defaultAnnotators): ArticleDoc {
  return runPipeline(createDocument(article, options), annotators);
}

export function toAnalysis(doc: ArticleDoc): Analysis {
  return {
    analyser: { name: 'storyline', version: ANALYSER_VERSION, messages: doc.messages },
    article: doc.article,
    entities: doc.entities,
    quotes: doc.quotes,
    times: doc.times,
    quantities: doc.quantities,
    events: doc.events,
    claims: doc.claims,
  };
}
