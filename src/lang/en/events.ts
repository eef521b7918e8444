// Trigger lexicons for event types. Verbs that introduce speech are "statement"; the rest name what
// happened. Each pattern is matched case-insensitively on word boundaries inside one sentence.
import type { EventType } from '../../model/analysis.js';
import { ACCORDING_TO, speechForms } from './speech.js';

export type Trigger = { type: EventType; re: RegExp };

const words = (type: EventType, alternatives: string[]): Trigger => ({
  type, re: new RegExp(`\\b(?:${alternatives.join('|')})(?!\\w)`, 'gi'),
});

/**
 * The 'other' triggers grouped by what happened, so that "fell" and "plunged" in two articles can be
 * one event while "fell" and "filed for bankruptcy" cannot (a type alone is too coarse for 'other').
 */
export const OTHER_CONCEPTS: Record<string, string[]> = {
  bankruptcy: ['bankruptcy', 'bankrupt'],
  acquire: ['acquired', 'acquires?', 'acquisition', 'merger', 'merged?', 'takeover', 'bought', 'buys?', 'purchased?', 'purchases'],
  sell: ['sold', 'sells?', 'sale'],
  cut: ['layoffs?', 'laid off', 'cut(?:s|ting)?', 'eliminated?'],
  fall: ['fell', 'falls?', 'fallen', 'dropped', 'drops?', 'plunged?', 'plunges', 'tumbled?', 'tumbles', 'slumped?',
    'declined?', 'declines', 'losses', 'lost'],
  rise: ['rose', 'rises?', 'risen', 'surged?', 'surges', 'gained', 'gains?', 'climbed', 'rall(?:y|ied|ies)'],
  launch: ['launch(?:ed|es)?', 'released?', 'releases', 'unveil(?:ed|s)?', 'introduced?', 'rolled out'],
  sue: ['sued?', 'sues', 'lawsuit'],
  ruling: ['ruled', 'ruling', 'verdict', 'fined', 'convicted', 'sentenced'],
  settle: ['settled?', 'settlement'],
  leave: ['resign(?:ed|s|ation)?', 'retired?', 'retirement', 'stepped down', 'steps? down', 'fired'],
  appoint: ['appointed', 'appointment', 'named', 'hired', 'elected'],
  die: ['died', 'dies', 'death'],
  disaster: ['crash(?:ed|es)?', 'accident', 'explosion', 'earthquake', 'flood(?:s|ing)?', 'shooting'],
  arrest: ['arrested', 'arrest', 'charged'],
  win: ['won', 'wins?', 'awarded'],
  order: ['delivered', 'delivery', 'ordered', 'orders?', 'contract'],
  rescue: ['loans?', 'bailout', 'rescue'],
  recall: ['recall(?:ed|s)?'],
  close: ['suspended', 'closed(?!-door)', 'closing'],
  open: ['opened'],
};

const CONCEPT_RES = Object.entries(OTHER_CONCEPTS).map(([c, alts]) => [c, new RegExp(`^(?:${alts.join('|')})$`, 'i')] as const);

/** The concept of an 'other' trigger word ("plunged" → "fall"), or the word itself when none fits. */
export const conceptOf = (word: string) => CONCEPT_RES.find(([, re]) => re.test(word))?.[0] ?? word.toLowerCase();

/** Speech verbs and phrases that make a statement event. */
export const STATEMENT_VERBS = [...speechForms('event'), ACCORDING_TO, 'took a jab', 'in a statement'];
/** Statement words that are never a noun ("said", "told"): no noun-use check. */
export const VERB_ONLY_STATEMENT = new RegExp(`^(?:${speechForms('verbOnly').join('|')})$`, 'i');

/** What a candidate, a party or a state withdraws from, or withdraws, without any fighting ("withdrew from the race"). */
const WITHDRAWN_FROM_NOT_FIGHTING = ['race', 'campaign', 'candidacy', 'bid', 'nomination', 'election', 'primary', 'contest', 'competition',
  'tournament', 'championship', 'talks', 'negotiations', 'deal', 'agreement', 'treaty', 'accord', 'pact', 'support', 'offer', 'application',
  'request', 'complaint', 'lawsuit', 'suit', 'charges', 'statement', 'remarks', 'endorsement', 'name', 'funding'];

export const TRIGGERS: Trigger[] = [
  words('statement', STATEMENT_VERBS),
  // a walk-out is an event of the meeting it leaves ("walked out of a closed-door meeting", "of the talks")
  words('meeting', ['walk(?:ed|s)? out (?:of|from)', 'walk-?outs? (?:of|from)', 'staged a walk-?out', 'meeting', 'meetings', 'met', 'meets', 'summit', 'talks (?:were |was )?held', 'held talks', 'hosted',
    'phone call', 'telephone conversation', 'spoke by phone', 'spoke on the phone', 'received',
    // a diplomatic summons is a meeting with the envoy; "plan to meet again on Nov. 19" a future one
    'summon(?:ed|s)', '(?:to|will|would|shall) meet(?: again)?']),
  // fighting told without a weapon: "exchanged heavy fire", "clashes between the neighbours", "opened fire on"
  words('military', ['exchanged (?:[\\w-]+ )?fire', 'opened fire', 'fired (?:on|at)', 'clashes', 'clashed with', 'skirmish(?:es)?',
    'firefights?', 'gunfire', 'strikes?', 'struck', 'attack(?:s|ed)?', 'captured?', 'shelling', 'shelled', 'bombard(?:ed|ment)',
    'offensive', 'invasion', 'invaded', 'control of', 'liberated?', 'occupied', 'missiles?', 'drones?', 'airstrikes?',
    'killed', 'advanced', 'counter-?offensive', 'seized',
    // troops withdraw; a candidate "withdrew from the race", a country "from the treaty" does not fight
    `withdr[ae]w(?!\\s+(?:from\\s+)?(?:(?:his|her|their|its|the|a)\\s+)?(?:[\\w-]+\\s+){0,2}(?:${WITHDRAWN_FROM_NOT_FIGHTING.join('|')})\\b)`,
    // attacks often told only inside an accusation or a report: "accused X of firing on a village",
    // "of bombing a monastery", "jets had violated Greek airspace", "fired a water cannon at"
    'firing (?:on|at)', 'bomb(?:ing|ed)', 'violat(?:ed|ing|es?) (?:[\\w-]+ )?air ?space', 'water cannons?',
    'fired (?:an? |the |its |their |\\d+ )?(?:[\\w-]+ )?(?:water cannons?|shots?|rockets?|missiles?|shells?|flares?|tear gas|rounds)', '(?:joint|naval|air) patrols?',
    // troop movements and war games: "moved 1,200 troops closer", "held drills", "its Cold Response exercise"
    '(?:moved|deployed|sent|massed|redeployed|stationed) (?:[\\d,.]+ |more |extra |additional |some |its |their )*(?:troops|soldiers|forces|warships|tanks)',
    'deploy(?:ed|s|ment)', 'drills', 'war ?games', 'manoeuvres', 'maneuvers',
    // a noun "exercise(s)", not the verb ("to exercise its veto") nor "the exercise of power"
    '(?<!\\b(?:to|will|would|can|could|may|must|not)\\s)exercises?(?!\\s+(?:of|its|their|his|her|the|a|an|restraint|caution|power)\\b)']),
  words('travel', ['left for', 'leaves for', 'visited', 'visits', 'visiting', 'arrived (?:in|at)', 'arrives (?:in|at)',
    'travel(?:l)?ed to', 'flew to', 'trip to', 'visit to', 'landed in', '(?:will|to|would) travel to', 'travels to',
    // a planned trip: "is due to fly to", "is scheduled to visit", "will visit"
    '(?:will|to|would) (?:fly|head) to', 'fl(?:y|ies) to', '(?:fl(?:y|ies|ying|ew)|head(?:s|ed|ing)?|return(?:s|ed|ing)?) back to', 'flying to', '(?:due|scheduled|expected|set|planning|plans) to visit', 'will visit']),
  words('negotiation', ['negotiations?', 'negotiating', 'negotiated', 'peace plan', 'peace deal', 'peace talks',
    'agreements?', 'agreed (?:to|on)', 'ceasefire', 'cease-fire', 'truce', 'treaty', 'talks', 'deal', 'memorandum']),
  // What happens in business, courts, disasters and careers: a general catch-all. A sentence keeps its
  // first non-speech trigger, whatever the type. Measured on MEANTIME (docs/decisions/stories.md).
  words('other', Object.values(OTHER_CONCEPTS).flat()),
];

/** Nouns that, opening the next sentence after a definite article, refer back to this sentence's event. */
export const ANAPHORIC_EVENT = /^(?:the|this|that|its|their)\s+(?:\w+\s+){0,2}(?:statement|meeting|remarks?|comments?|announcement|talks|attack|strike|visit|call|speech|decision|address)\b/i;

/** Present tense or present perfect: the event is current as of the publication date. */
export const PRESENT_OR_PERFECT = new RegExp(`\\b(?:${speechForms('presentEvent').join('|')}|(?:has|have)\\s+(?:\\w+ly\\s+)?\\w+(?:ed|en|id|ld|wn|de|ne))\\b`, 'i');

// Cues the event annotator reads around a trigger (src/analyse/events/index.ts).
/** Statement triggers that are as often a plural noun: "Small island states walked out", "the claims were". */
export const NOUN_OR_STATEMENT = /^(?:states|claims)$/i;
/** A verb right after NOUN_OR_STATEMENT makes it the subject noun, not the speech verb. */
export const VERB_AFTER_PLURAL_NOUN = /^\s+(?:\p{Ll}+ed|said|say|were|are|have|had|will|would|can|could)\b/u;
/** "the 21st since the full-scale invasion": an event named right after these only dates another one. */
export const DATING_EVENT_BEFORE = /\b(?:since|before|until)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}$/i;
/** Words after a trigger that introduce its participants: "talks between X and Y", "a patrol with X". */
export const PARTICIPANTS_AFTER = /\b(?:between|with|and)\b/i;
/** A preposition that locates an event at the place named right after it ("in the Donbas", "near Kharkiv"). */
export const PLACE_BEFORE = /\b(?:in|at|near|to|for|outside)\s+(?:the\s+)?$/i;
/** A pronoun subject right before a speech verb: '"…," he told the AP'. */
export const PRONOUN_BEFORE_VERB = /^[\s,]*(?:he|she|they)\s+(?:\w+ly\s+)?$/i;
export const MOOD_BEFORE = /\b(?:tensions?|fears?|concerns?|hopes?|anxiety|anger|frustration|pressure|speculation|uncertainty)\s+(?:have\s+|had\s+)?(?:\w+ly\s+)?$/i;
export const REBUTTAL = new RegExp(`^(?:${speechForms('rebuttal').join('|')})$`, 'i');
/** "The Russian defence ministry said": a state body named by its country's adjective. */
export const STATE_BODY = /\b([A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}(?:ministry|government|army|military|forces|officials|authorities|embassy|navy)\s*$/;
