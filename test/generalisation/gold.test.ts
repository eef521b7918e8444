// Generalisation check: six hand-annotated seed-like articles (fiction in the style of scraped news,
// gold written before the system was run on them) must keep at least the per-section scores reached.
// Floors are "passed checks"; raise them when a general fix improves a section, never lower them silently.
import { keepsGoldScores, type Floors } from './score.js';

const FLOORS: Record<string, Floors> = {
  '001': { segments: 22, entities: 21, quotes: 23, times: 4, quantities: 14, events: 6, claims: 2 },
  '002': { segments: 17, entities: 22, quotes: 21, times: 3, quantities: 16, events: 2, claims: 1 },
  '003': { segments: 22, entities: 25, quotes: 18, times: 3, quantities: 14, events: 3, claims: 2 },
  '004': { segments: 19, entities: 28, quotes: 21, times: 3, quantities: 16, events: 3, claims: 2 },
  '005': { segments: 17, entities: 23, quotes: 14, times: 3, quantities: 14, events: 4, claims: 2 },
  '006': { segments: 13, entities: 21, quotes: 21, times: 5, quantities: 16, events: 3, claims: 3 },
};

keepsGoldScores('generalisation articles keep their gold scores', 'generalisation', FLOORS);
