// The reporting-verb lexicon: which words introduce speech, in every inflection, and the
// small word classes the attribution patterns need.

/** Reporting verbs (base form). Verbs that also take a clause ("X said that ...") are marked true. */
const VERBS: Record<string, boolean> = {
  say: true, tell: true, add: true, warn: true, claim: true, deny: true, confirm: true, reiterate: true,
  note: true, state: true, explain: true, announce: true, insist: true, argue: true, write: true, tweet: true,
  reply: true, respond: false, suggest: true, stress: true, emphasise: true, emphasize: true, declare: true,
  admit: true, acknowledge: true, predict: true, promise: true, vow: true, assert: true, allege: true,
  report: true, comment: true, remark: true, conclude: true, recall: true, observe: true, maintain: true,
  testify: true, answer: true, reaffirm: true, describe: false, call: false, ask: false, urge: false,
  accuse: false, dismiss: false, joke: true, concede: true, complain: true, caution: true, contend: true,
  reveal: true, indicate: true, estimate: true, point: false, speak: false, thank: false, inform: true,
  plead: true, demand: false, opine: true, refer: false, elaborate: true, quip: true,
  // evaluative and written-channel verbs that introduce quoted words ("characterized the call as '…'",
  // "denounced the claims as a '…'", "cited his experience: '…'", "posted", "defended his decision, '…'")
  characterize: false, characterise: false, denounce: false, label: false, dub: false, brand: false,
  cite: false, post: true, defend: false, criticize: false, criticise: false, condemn: false, hail: false,
  attack: false, slam: false, praise: false, blast: false,
};
const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], deny: ['denied', 'denies'], reply: ['replied', 'replies'],
  testify: ['testified', 'testifies'], dub: ['dubbed', 'dubbing'], label: ['labelled', 'labelling'], speak: ['spoke', 'spoken'], refer: ['referred', 'referring', 'refers'], quip: ['quipped', 'quipping', 'quips'], plead: ['pleaded', 'pled'], stress: ['stresses'], emphasise: ['emphasises'], emphasize: ['emphasizes'],
};

function forms(verb: string): string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const regular = [verb, `${verb}s`, `${stem}ing`, verb.endsWith('e') ? `${verb}d` : `${verb}ed`];
  if (/y$/.test(verb) && !/[aeiou]y$/.test(verb)) regular.push(`${verb.slice(0, -1)}ied`, `${verb.slice(0, -1)}ies`);
  return [...regular, ...(IRREGULAR[verb] ?? [])];
}

/** Verbs whose base and -s forms are mostly nouns in news text ("state media", "the report"). */
const NOUNISH = new Set(['state', 'report', 'note', 'claim', 'call', 'answer', 'promise', 'comment', 'estimate', 'remark',
  'tweet', 'stress', 'reply', 'vow', 'point', 'caution', 'joke', 'respond', 'observe', 'post', 'label', 'brand', 'attack',
  'praise', 'blast', 'slam', 'dub', 'hail', 'defend', 'cite', 'condemn']);

/** Present-tense forms of noun-like verbs, a cue only before a clause ("Znak.com claims FSB sources have ..."). */
export const NOUNISH_PRESENT_RE = /\b(?:claims|states|reports|notes|warns|estimates|comments|tweets|posts|stresses|insists)\b/gi;

/** inflected form -> base verb */
export const CUE_FORMS = new Map<string, string>();
for (const v of Object.keys(VERBS)) {
  for (const f of forms(v)) {
    if (NOUNISH.has(v) && (f === v || f === `${v}s` || f === `${v}es`)) continue;
    if (!CUE_FORMS.has(f)) CUE_FORMS.set(f, v);
  }
}

export const takesClause = (base: string): boolean => VERBS[base] === true;

/** Verbs that only credit speech when they directly follow a quotation ("…," Graham continued). */
export const AFTER_ONLY_RE = /\b(?:continued|continues|went on|concluded|recalled)\b/gi;
/** The same verbs right before a quotation ("Johnson continued, '…'"), "as X put it", and the speaker's own "I'm like, '…'". */
export const BEFORE_QUOTE_RE = /\b(?:continued|continues|went on|concluded|put it|(?<=\bI)(?:\s+am|\s+was|['’]m)\s+like)\s*[,:]?\s*$/i;

/** One regex finding cue words; "according to" and "point(s|ed) out" are multi-word cues. */
export const CUE_RE = new RegExp(
  `\\b(?:according to|(?:point|points|pointed|pointing) out|${[...CUE_FORMS.keys()].filter((f) => !f.startsWith('point')).sort((a, b) => b.length - a.length).join('|')})\\b`,
  'gi',
);

export const isParticiple = (form: string): boolean => /ing(?:\s+out)?$/i.test(form) && form.toLowerCase() !== 'according to';

/** Words between a subject and its verb that are not part of the subject ("has", "also", "continues to"). */
export const AUX_TAIL = /(?:\s+(?:has|have|had|also|too|later|then|again|once|further|still|had|would|will|did|does|do|is|was|were|been|being|reportedly|publicly|repeatedly|previously|recently|separately|yesterday|today|continues to|continued to|continue to|went on to|goes on to|[a-z]+ly))+\s*$/;

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'several', 'many', 'two', 'three']);
/** Words that never belong to a speaker noun phrase: walking back from a cue stops at them. */
export const STOP_WORDS = new Set([
  'and', 'or', 'but', 'although', 'though', 'while', 'whereas', 'because', 'since', 'as', 'if', 'when', 'where', 'that',
  'which', 'who', 'whom', 'whose', 'what', 'after', 'before', 'despite', 'in', 'on', 'at', 'to', 'for', 'from', 'with',
  'by', 'of', 'about', 'than', 'so', 'yet', 'also', 'not', 'even', 'however', 'meanwhile', 'then', 'until', 'into',
  'over', 'under', 'during', 'against', 'among', 'between', 'without', 'through', 'per', 'via', 'is', 'are', 'was', 'were',
]);
/** How a reported clause may start (after an optional "that"). */
/** A reported clause starting with a bare noun: a finite verb follows within a few words ("justice does not come", "sex had been"). */
export const BARE_CLAUSE = /^(?!(?:nothing|goodbye|little|much|so|yes|no|more|something|anything|hello|sorry|thanks)\b)[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}?\s+(?:is|are|was|were|had|has|have|would|will|could|can|should|may|might|must|did|does|do|(?:still|already|now|also)\s+(?:held|controlled|remained|had|kept|occupied|ran|owned|lived|worked|stood))\b/u;
export const CLAUSE_START = /^(?:that\s+)?(?:[A-Z\d“"‘]|(?:he|she|it|they|we|i|you|there|the|a|an|his|her|its|their|this|these|those|some|many|no|all|more|most|only|both|each|every|russia|our|any|such|one|two|several|hundreds|thousands|dozens|millions|officials|police)\b)/;

// Speaker phrases: the words around a cue that the speaker walker and the attribution patterns read.
/** Auxiliaries and "not": never part of a speaker noun phrase. */
export const AUX = /^(?:did|does|do|has|have|had|is|was|were|will|would|can|could|should|may|might|must|not)$/;
/** "…, using the pseudonym X" / "named X": the speaker's name given after a description. */
export const NAMED_AS = /^,?\s+(?:using the (?:pseudonym|name)|named|called|identified (?:only )?as|known (?:only )?as|who gave (?:his|her|their) name as)\s+((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})/u;
/** Heads of noun phrases that name an occasion, not a speaker ("the talks", "the summit"). */
export const EVENT_HEAD = /^(?:talks|meeting|meetings|summit|conference|session|visit|week|weekend|day|days|month|year|morning|afternoon|evening|night|hours|minutes|ceremony|election|vote|strike|protest|war|deal|agreement)$/;
/** Prepositions that join a speaker description to its complement ("head of the police"). */
export const PREP = /^(?:of|from|in|at|for|with)$/;
/** A sentence opener before the subject ("On Monday,", "According to X,", "Separately,"). */
export const INTRO = /^(?:[-•*–—]\s*)?(?:(?:On|In|At|During|After|Before|Earlier|Later|Last|This|Yesterday|Today|Meanwhile|However|Also|Then|Despite|Following|Since|Speaking|Having|Being|Next|First|Finally|Lastly|Thereafter|Furthermore|Separately|Overall|According to|[A-Z][a-z]+ly)\b[^,]{0,60},\s*)?/;
/** A quantified group as speaker ("One of the officials, …,"). */
export const QUANTIFIED = /^(?:One|Some|Many|Most|Several|Both|All|None|Each|Few|Two|Three|Four|Dozens|Hundreds|Thousands|Another)\s+of\s+((?:the|these|those|their|his|her|its)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)(?:,\s+([^,]{2,80}),)?/u;
/** What may follow a speech verb to the end of the sentence ("said on Monday in a statement."). */
export const SENTENCE_TAIL = /^(?:\s+(?:on\s+\p{Lu}\p{Ll}+|yesterday|today|last\s+\p{Ll}+|in\s+an?\s+(?:\p{Ll}+\s+)?(?:statement|interview|post|message|briefing|address|speech)|at\s+an?\s+(?:\p{Ll}+\s+)?(?:conference|briefing|event|rally))){0,2}\s*(?:[.!?]?\s*$|,\s+\p{Ll}+ing\b)/u;
