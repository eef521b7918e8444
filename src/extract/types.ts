// What the extract stage produces: the clean article without its identity (id, source),
// which the ingest stage owns.
import type { Article, Block, DroppedKind } from '../model/analysis.js';

export type ExtractedArticle = Omit<Article, 'id' | 'source'>;

/** A block of body text before offsets are assigned. */
export interface TextBlock {
  kind: Block['kind'];
  text: string;
}

export interface ExtractOptions {
  /** Where the document came from, used to resolve relative links in HTML. */
  url?: string;
}

export type { DroppedKind };
