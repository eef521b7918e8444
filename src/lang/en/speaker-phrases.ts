// Speaker phrases (English news): the closed word classes around a speech verb that tell where the speaker's noun
// phrase starts and ends, and how a reported clause opens. Read by src/analyse/quotes/ (speaker.ts, attribution.ts,
// reported.ts, resolve.ts); the verbs themselves are in speech.ts.
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS } from './determiners.js';
import { TITLE_ABBREVIATIONS } from './abbreviations.js';
import { WEEKDAY_NAMES } from './times.js';

/** Words between a subject and its verb that are not part of the subject ("has", "also", "continues to"). */
export const AUX_TAIL = /(?:\s+(?:has|have|had|also|too|later|then|again|once|further|still|would|will|did|does|do|is|was|were|been|being|reportedly|publicly|repeatedly|previously|recently|separately|yesterday|today|continues to|continued to|continue to|went on to|goes on to|[a-z]+ly))+\s*$/;

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
export const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS, 'our', ...DEMONSTRATIVES, 'that', 'one', 'another', 'some', 'several', 'many', 'two', 'three']);
/** Words that never belong to a speaker noun phrase: walking back from a cue stops at them. */
export const STOP_WORDS = new Set([
  'and', 'or', 'but', 'although', 'though', 'while', 'whereas', 'because', 'since', 'as', 'if', 'when', 'where', 'that',
  'which', 'who', 'whom', 'whose', 'what', 'after', 'before', 'despite', 'in', 'on', 'at', 'to', 'for', 'from', 'with',
  'by', 'of', 'about', 'than', 'so', 'yet', 'also', 'not', 'even', 'however', 'meanwhile', 'then', 'until', 'into',
  'over', 'under', 'during', 'against', 'among', 'between', 'without', 'through', 'per', 'via', 'is', 'are', 'was', 'were',
]);
/** A reported clause starting with a bare noun: a finite verb follows within a few words ("justice does not come", "sex had been"). */
export const BARE_CLAUSE = /^(?!(?:nothing|goodbye|little|much|so|yes|no|more|something|anything|hello|sorry|thanks)\b)[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}?\s+(?:is|are|was|were|had|has|have|would|will|could|can|should|may|might|must|did|does|do|(?:still|already|now|also)\s+(?:held|controlled|remained|had|kept|occupied|ran|owned|lived|worked|stood))\b/u;
/** How a reported clause may start (after an optional "that"). */
export const CLAUSE_START = /^(?:that\s+)?(?:[A-Z\d“"‘]|(?:he|she|it|they|we|i|you|there|the|a|an|his|her|its|their|this|these|those|some|many|no|all|more|most|only|both|each|every|russia|our|any|such|one|two|several|hundreds|thousands|dozens|millions|officials|police)\b)/;

// Speaker phrases: the words around a cue that the speaker walker and the attribution patterns read.
/** Auxiliaries and "not": never part of a speaker noun phrase. */
export const AUX = /^(?:did|does|do|has|have|had|is|was|were|will|would|can|could|should|may|might|must|not)$/;
/** "…, using the pseudonym X" / "named X": the speaker's name given after a description. */
export const NAMED_AS = /^,?\s+(?:using the (?:pseudonym|name)|named|called|identified (?:only )?as|known (?:only )?as|who gave (?:his|her|their) name as)\s+((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})/u;
/** Heads of noun phrases that name an occasion, not a speaker ("the talks", "the summit"). */
export const EVENT_HEAD = /^(?:talks|meeting|meetings|summit|conference|session|visit|week|weekend|day|days|month|year|morning|afternoon|evening|night|hours|minutes|ceremony|election|vote|strike|protest|war|deal|agreement)$/;
/** Prepositions that join a speaker description to its complement ("head of the police", "Lucy Fischer of The Times"). */
export const PREPOSITIONS = ['of', 'from', 'in', 'at', 'for', 'with'] as const;
export const PREP = new RegExp(`^(?:${PREPOSITIONS.join('|')})$`);
/**
 * Prepositions that open an adverbial phrase, not a part of a speaker's noun phrase ("of" and "for" are: "a spokesman
 * for Acme Corp., which …"): a relative clause after "In Louisiana", "Days after President Joe Biden", "Like Sen. Joe
 * Manchin" describes no subject.
 */
export const ADVERBIAL_PREPOSITIONS = ['in', 'at', 'on', 'after', 'before', 'during', 'across', 'outside', 'inside', 'like', 'unlike', 'along',
  'near', 'since', 'from', 'to', 'with', 'without', 'over', 'under', 'into', 'through', 'throughout', 'amid', 'among', 'around', 'behind',
  'beyond', 'despite', 'following', 'toward', 'towards', 'upon', 'within', 'by', 'than', 'against', 'between', 'until', 'ahead'] as const;
/** Particles of place or direction after a verb's object ("put it off", "put it aside"): no manner of speaking. */
export const DIRECTION_PARTICLES = ['up', 'off', 'out', 'back', 'down', 'together', 'aside', 'away', 'forward'] as const;
/** One of PREPOSITIONS between spaces: where a speaker's head ends and its complement begins. */
export const PREP_BETWEEN = new RegExp(`\\s(?:${PREPOSITIONS.join('|')})\\s`);
/** What may follow a name given after its role ("said UCL astronomer Angelos Tsiaras of …", "… Tsiaras, who"). */
export const AFTER_ROLE_NAME = ['of', 'from', 'at', 'in', 'on', 'who'] as const;
/**
 * Conjunctions that open a new clause: a name right after one may be that clause's subject, so it can be the
 * antecedent of a later "he" or "she" (unlike a name after another stop word, "told X", "with X").
 */
/** Words that open a new clause after a comma (", and the phrase, aides said, …"): a parenthetical past one is that clause's. */
/** Words between a subject and its verb that are no part of either ("he has said", "she later wrote"). */
export const BEFORE_VERB_WORDS = ['has', 'had', 'have', 'also', 'later', 'then'] as const;
/** Determiners of a document its author puts out ("issued a statement", "said in its statement"). */
export const DOCUMENT_DETERMINERS = ['a', 'an', 'its', 'his', 'her', 'their'] as const;
/** Relative pronouns that open a clause of their own ("that his successor stood", ", which warned of …"). */
export const RELATIVE_PRONOUNS = ['that', 'who', 'which'] as const;
export const CLAUSE_OPENERS_AFTER_COMMA = ['and', 'but', 'while', 'whereas', 'so', 'yet', 'which', 'who', 'where', 'although', 'though'] as const;
export const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'although', 'while', 'that', 'as', 'when', 'because', 'after', 'since', 'if']);
/** Subordinators that open a clause before the main one ("When asked, …"); a cue right after one has no subject of its own. */
export const SUBORDINATORS = ['When', 'While', 'Whilst', 'As', 'Although', 'Though', 'Because', 'If', 'Unless', 'Once', 'Until'] as const;
export const SUBJECTLESS_CUE_RE = new RegExp(`^\\s*(?:${SUBORDINATORS.join('|')})\\s+$`, 'i');
/** Words that open an adverbial phrase before a sentence's subject ("On Monday,", "According to X,", "When asked, …"). */
export const SENTENCE_OPENERS = ['On', 'In', 'At', 'During', 'After', 'Before', 'Earlier', 'Later', 'Last', 'This', 'Yesterday', 'Today',
  'Meanwhile', 'However', 'Also', 'Then', 'Despite', 'Following', 'Since', 'Speaking', 'Having', 'Being', 'Next', 'First', 'Finally',
  'Lastly', 'Thereafter', 'Furthermore', 'Separately', 'Overall', 'According to',
  // subordinators and prepositions that open a clause or phrase ended by a comma ("With this alliance, Netanyahu …")
  ...SUBORDINATORS, 'With', 'Without', 'Upon', 'Amid',
  'Under', 'Given', 'Unlike', 'For', 'From', 'Through', 'By', 'Within', 'Asked', 'Pressed', 'Questioned',
  // participles opening a sentence (a capitalised "-ing" word alone could be a name: "Boeing did not …, telling")
  'Addressing', 'Responding', 'Referring', 'Commenting', 'Writing', 'Citing', 'Reacting', 'Answering'] as const;
/**
 * A wire dateline opening an article's first sentence: "WASHINGTON (AP) — ", "DES MOINES, Iowa (AP) — ", "ERIE, Pa. — ",
 * "LONDON (Reuters) - ": a place in capitals, its state or country, the agency, a dash. Never the subject.
 * Quadratic when searched unanchored: from every start inside a long run of capitals and spaces the greedy run scans to
 * its end and backtracks, so a page of capitals costs n² steps. Use it anchored only (`^`, as INTRO below and the entity
 * annotator's DATELINE_AT on a 120-character slice do).
 */
export const DATELINE = String.raw`\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?(?:,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?(?:\s+\([\p{L} ]{2,30}\))?\s+[—–-]{1,2}\s+`;
/** A day fronted before the subject, with its apposition: "Wednesday, the same day that he dropped out, Bloomberg endorsed …". */
const FRONTED_DAY = String.raw`(?:${WEEKDAY_NAMES.join('|')})(?:,\s+the\s[^,]{1,80})?,\s*`;
/** Up to two openers before the subject ("However, addressing the leaders, Chakrapani proposed"); after the first, a lower-case participle opens one too. */
export const INTRO = new RegExp(`^(?:${DATELINE})?(?:[-•*–—]\\s*)?(?:${FRONTED_DAY})?(?:(?:${SENTENCE_OPENERS.join('|')}|[A-Z][a-z]+ly|[a-z]+ing(?=\\s+\\p{Ll}))\\b[^,]{0,120},\\s*){0,2}`, 'u');
/** A quantified group as speaker ("One of the officials, …,"). */
export const QUANTIFIED = /^(?:One|Some|Many|Most|Several|Both|All|None|Each|Few|Two|Three|Four|Dozens|Hundreds|Thousands|Another)\s+of\s+((?:the|these|those|their|his|her|its)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)(?:,\s+([^,]{2,80}),)?/u;
/** What may follow a speech verb to the end of the sentence ("said on Monday in a statement."). */
export const SENTENCE_TAIL = /^(?:\s+(?:on\s+\p{Lu}\p{Ll}+|yesterday|today|last\s+\p{Ll}+|in\s+an?\s+(?:\p{Ll}+\s+)?(?:statement|interview|post|message|briefing|address|speech)|at\s+an?\s+(?:\p{Ll}+\s+)?(?:conference|briefing|event|rally))){0,2}\s*(?:[.!?]?\s*$|,\s+\p{Ll}+ing\b)/u;

/**
 * Abbreviated words before a speaker's name whose full stop does not end the phrase ("Mr. Kelly said", "said Dist.
 * Atty. Steve Cooley", "Msgr. Farmer said"): the titles of abbreviations.ts and a few more of news style.
 */
/** Abbreviations that may close a name or an address ("Al Sharpton Sr.", "Main St."), so their full stop may end a sentence. */
export const POST_NOMINAL_ABBREVIATIONS = ['sr', 'jr', 'st'] as const;
export const SPEAKER_TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([...TITLE_ABBREVIATIONS, 'sr', 'st', 'msgr', 'atty', 'dist', 'det', 'const', 'supt', 'insp', 'cmdr', 'lt', 'sgt', 'cpl', 'pvt', 'gov', 'lieut', 'rt', 'hon']);

/** Irregular reporting verbs that end a subject phrase read over a whole sentence ("The mayor said …"; the -ed ones end it by their ending). */
export const SUBJECT_ENDING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'spoke', 'speaks']);
/** A name of one to four capitalised words ("Angelos Tsiaras", "Pradeep Khosla"), as a regex source. */
export const CAPITALISED_NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+`;

/** Party letters of a US party-state tag: Republican, Democrat, independent. */
export const PARTY_LETTERS = ['R', 'D', 'I'] as const;
/**
 * A party-state tag after a US politician's name ("R-Texas", "D-N.Y.", "R-S.C.", "I-Vt.", "R-Fresno"), as a regex
 * source: it labels the name before it, and is neither a name, a place to map, nor a speaker of its own.
 */
export const PARTY_STATE_TAG = String.raw`(?:${PARTY_LETTERS.join('|')})-(?:\p{Lu}\p{Ll}*\.?){1,3}(?:\s\p{Lu}\p{Ll}+\.?)?`;
/** A party-state tag in brackets or between commas right before a speech verb: "Rep. Laura Beckett (R-S.C.) told". */
export const PARTY_TAG_BEFORE_CUE = new RegExp(String.raw`(?:\s*\(${PARTY_STATE_TAG}\)|,\s*${PARTY_STATE_TAG},)(?=\s*(?:,?\s*[^,\s][^,]{0,99},)?\s*$)`, 'u');
/** A name that is a party-state tag alone ("R-Texas" marked as an entity). */
export const PARTY_TAG_NAME = new RegExp(String.raw`^${PARTY_STATE_TAG}$`, 'u');

// Closed-class words of the session-29 speaker rules (src/analyse/quotes/*), as data.
/** Forms of "be" that make a passive or a description after a person's apposition ("…, was killed", "…, is a student"). */
export const BE_FORMS = ['was', 'were', 'is', 'are', 'has been', 'had been', 'have been'] as const;
/** Forms of "be" after "it" that make no speaker ("it was reported that", "It was a road map"). */
export const IT_NO_SPEAKER_BE = ['was', 'is', 'were', 'has been', 'had been', 'would be', 'will be'] as const;
/** Words of time or manner between a participle's subject and the participle ("with Schumer later saying"). */
export const BEFORE_PARTICIPLE_WORDS = ['later', 'earlier', 'yesterday', 'today', 'also', 'then'] as const;
/** Determiners of a description a participle's "with" introduces ("with a spokesman stating", "with his deputy adding"). */
export const WITH_DETERMINERS = ['a', 'an', 'the', 'one', 'his', 'her', 'their', 'its'] as const;
/** Words an attribution may end on after its cue ("told reporters on Sunday night.", "asked after the game."). */
export const CUE_AUDIENCE = ['reporters', 'journalists'] as const;
export const CUE_TAIL_OPENERS = ['on', 'to', 'in', 'at', 'after', 'during', 'before', 'from', 'via', 'last', 'this'] as const;
/** Prepositions between a document and its author ("a statement from …", "a report by …", "an editorial in the …"). */
export const DOCUMENT_AUTHOR_PREPOSITIONS = ['from', 'by', 'in', 'of'] as const;
/** Words that end the lower-case run before a document's author: what follows is a place or time, not the author. */
export const DOCUMENT_AUTHOR_STOPS = ['in', 'of', 'from', 'by', 'at', 'to', 'for', 'with', 'on', 'about', 'after', 'over'] as const;
/** Multi-word entries as regular-expression text ("has been" → "has\s+been"). */
export const spaced = (list: readonly string[]): string => list.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');
