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
  /** For a needsLang annotator: whether it still has a way to run on this article without a Lang (a trained model for its language). */
  runsWithoutLang?(doc: ArticleDoc): boolean;
  annotate(doc: ArticleDoc): void;
}

export function createDocument(article: Article, options: AnalyseOptions): ArticleDoc {
  return {
    article, text: article.text, options, lang: langFor(article.language),
    referenceDate: article.published ? article.published.slice(0, 10) : null,
    sentences: [], entities: [], quotes: [], times: [], quantities: [], events: [], claims: [], messages: [],
  };
}

/** Index of the sentence holding `pos` (sentences are sorted and disjoint), or -1: a binary search, since
 *  annotators ask once per item and a linear scan made pages of short quotes quadratic. */
export function sentenceIndexAt(sentences: readonly Span[], pos: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The last item of `items` satisfying `pred`, without copying the array. */
export function findLast<T>(items: readonly T[], pred: (t: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (pred(items[i]!)) return items[i];
  return undefined;
}
