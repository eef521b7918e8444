// The article document: one fixed text and stand-off layers that annotators fill, like spaCy's Doc.
// Every layer item carries offsets into `text`, so any fact can be traced to its sentence.
import { langFor, type Lang } from '../lang/index.js';
import type { Article, Claim, PipelineMessage, Entity, Quantity, Quote, Span, StoryEvent, TimeExpression } from '../model/analysis.js';

export interface Sentence extends Span {
  /** index into article.blocks of the block holding the sentence */
  block: number;
}

/** A diagnostic with a position, in the spirit of vfile messages; the analysis carries them as `analyser.messages`. */
export type Message = PipelineMessage;

export interface AnalyseOptions {
  /** Today's date (YYYY-MM-DD); the clock port. Years are never inferred after it. */
  today: string;
}

export interface ArticleDoc {
  readonly article: Article;
  readonly text: string;
  readonly options: AnalyseOptions;
  /** The language data for the article's language, or null when there is none yet (see src/lang). */
  readonly lang: Lang | null;
  /** The date relative expressions resolve against (YYYY-MM-DD), or null when unknown. */
  referenceDate: string | null;
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpression[];
  quantities: Quantity[];
  events: StoryEvent[];
  claims: Claim[];
  messages: Message[];
}

export type LayerName =
  | 'referenceDate' | 'sentences' | 'entities' | 'quotes' | 'times' | 'quantities' | 'events' | 'claims';

/** A small pipeline component that adds layers. It declares what it reads so the pipeline can order it. */
export interface Annotator {
  name: string;
  reads: LayerName[];
  writes: LayerName[];
  /** True when the annotator reads word lists or cue tables: it runs only where the article's language has a Lang. */
  needsLang?: boolean;
  annotate(doc: ArticleDoc): void;
}

export function createDocument(article: Article, options: AnalyseOptions): ArticleDoc {
  return {
    article, text: article.text, options, lang: langFor(article.language),
    referenceDate: article.published ? article.published.slice(0, 10) : null,
    sentences: [], entities: [], quotes: [], times: [], quantities: [], events: [], claims: [], messages: [],
  };
}
