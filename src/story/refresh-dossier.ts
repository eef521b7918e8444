// The shape of one story's stored dossier: merged timeline, ledger and positions with stable global
// entity ids and names, plus the quotes, claims, figures and places of its articles. Written when the
// story gains an article (incremental-dossier.ts), so reading a story is one row, not a recomputation.
import { createHash } from 'node:crypto';
import type { Claim, Quantity, Quote, StoryEvent } from '../model/analysis.js';

export interface ArticleRef { id: string; title: string | null; published: string | null }
export interface DossierSide { entity: string; name: string; articleId: string; date: string | null; stance: string; text: string }

export interface StoredDossier {
  articleList: ArticleRef[];
  copies: ArticleRef[];
  sources: number;
  timeline: Array<StoryEvent & { articleId: string; participantNames: string[]; sources: Array<{ articleId: string; eventId: string; start: number; end: number }> }>;
  quotesBySpeaker: Array<{ speaker: string; quotes: Array<Quote & { articleId: string }> }>;
  claims: Array<Claim & { articleId: string; claimantName: string; disputedByNames: string[] }>;
  ledger: Array<{ claimant: string; claimantName: string; stance: string; text: string; assertedBy: DossierSide[]; disputedBy: DossierSide[] }>;
  positions: Array<{ entity: string; name: string; positions: Array<{ date: string | null; stance: string; text: string; articleId: string }> }>;
  figures: Array<Quantity & { articleId: string }>;
  places: Array<{ key: string; name: string; lat: number; lon: number }>;
  /** how many items each part had before it was bounded (absent in dossiers stored before the bounds) */
  totals?: { timeline: number; quotes: number; speakers: number; claims: number; ledger: number; actors: number; figures: number; places: number };
}

/** A story keeps its id as long as its first article stays first. */
export const storyIdOf = (firstArticle: string) => createHash('sha256').update(`story:${firstArticle}`).digest('hex').slice(0, 12);

