// Trigger lexicons for event types. Verbs that introduce speech are "statement"; the rest name what
// happened. Each pattern is matched case-insensitively on word boundaries inside one sentence.
import type { EventType } from '../../model/analysis.js';

export type Trigger = { type: EventType; re: RegExp };

const words = (type: EventType, alternatives: string[]): Trigger => ({
  type, re: new RegExp(`\\b(?:${alternatives.join('|')})(?!\\w)`, 'gi'),
});

export const STATEMENT_VERBS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'stated', 'states', 'announced', 'announces', 'announcing',
  'confirmed', 'confirms', 'declared', 'declares', 'claimed', 'claims', 'claiming', 'insisted', 'insists',
  'stressed', 'noted', 'added', 'warned', 'warns', 'reiterated', 'reiterates', 'denied', 'denies', 'rejected',
  'rejects', 'refused', 'refuses', 'accused', 'accuses', 'demanded', 'demands', 'urged', 'urges', 'vowed',
  'pledged', 'promised', 'described', 'argued', 'asserted', 'mocked', 'criticized', 'criticised', 'condemned', 'praised',
  'according to', 'took a jab', 'in a statement', 'wrote', 'tweeted', 'posted',
];

export const TRIGGERS: Trigger[] = [
  words('statement', STATEMENT_VERBS),
  words('meeting', ['meeting', 'meetings', 'met', 'meets', 'summit', 'talks (?:were |was )?held', 'held talks', 'hosted',
    'phone call', 'telephone conversation', 'spoke by phone', 'spoke on the phone', 'received']),
  words('military', ['strikes?', 'struck', 'attack(?:s|ed)?', 'captured?', 'shelling', 'shelled', 'bombard(?:ed|ment)',
    'offensive', 'invasion', 'invaded', 'control of', 'liberated?', 'occupied', 'missiles?', 'drones?', 'airstrikes?',
    'killed', 'advanced', 'withdr[ae]w', 'counter-?offensive', 'seized']),
  words('travel', ['left for', 'leaves for', 'visited', 'visits', 'visiting', 'arrived (?:in|at)', 'arrives (?:in|at)',
    'travel(?:l)?ed to', 'flew to', 'trip to', 'visit to', 'landed in']),
  words('negotiation', ['negotiations?', 'negotiating', 'negotiated', 'peace plan', 'peace deal', 'peace talks',
    'agreements?', 'ceasefire', 'cease-fire', 'truce', 'treaty', 'talks', 'deal', 'memorandum']),
];

/** Nouns that, opening the next sentence after a definite article, refer back to this sentence's event. */
export const ANAPHORIC_EVENT = /^(?:the|this|that|its|their)\s+(?:\w+\s+){0,2}(?:statement|meeting|remarks?|comments?|announcement|talks|attack|strike|visit|call|speech|decision|address)\b/i;

/** Present tense or present perfect: the event is current as of the publication date. */
export const PRESENT_OR_PERFECT = /\b(?:says|claims|confirms|announces|insists|warns|denies|rejects|(?:has|have)\s+(?:\w+ly\s+)?\w+(?:ed|en|id|ld|wn|de|ne))\b/i;
