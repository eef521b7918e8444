// Generalisation round 3: five more hand-annotated seed-like articles (Balkans, Arctic, Colombia, an IMF
// bailout, Taiwan Strait) with new page layouts. Gold was written before the system was run on them, and
// no code was changed after the run: these floors ARE the blind scores (docs/decisions/generalisation.md,
// "Round 3"), except segments and times, raised by "Round 3 fixes: segmentation and times", and entities,
// quotes, quantities, events and claims, raised by "Round 3 fixes: understanding". Raise a
// floor when a general fix improves a section; never lower one silently. On failure the scorer's miss
// lines say what dropped.
import { keepsGoldScores, type Floors } from './score.js';

const FLOORS: Record<string, Floors> = {
  '001': { segments: 21, entities: 21, quotes: 27, times: 5, quantities: 14, events: 3, claims: 3 },
  '002': { segments: 20, entities: 23, quotes: 29, times: 5, quantities: 14, events: 4, claims: 2 },
  '003': { segments: 18, entities: 20, quotes: 23, times: 8, quantities: 18, events: 4, claims: 2 },
  '004': { segments: 20, entities: 16, quotes: 27, times: 6, quantities: 20, events: 3, claims: 2 },
  '005': { segments: 19, entities: 26, quotes: 33, times: 5, quantities: 14, events: 5, claims: 2 },
};

keepsGoldScores('generalisation round 3 articles keep their blind gold scores', 'generalisation3', FLOORS);
