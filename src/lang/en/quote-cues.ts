// Cue words for quotes and their speakers (English news): gendered role words (titles: titles.ts) (who "he" and "she" can
// be), institution nouns and name words (a speaker that is not a person), and the role nouns and modifiers that
// resolve "the minister said" to a person named earlier. Read by src/analyse/quotes/.
import { WEEKDAY_NAMES } from './times.js';
import { ARTICLES, POSSESSIVE_DETERMINERS, tokenPattern } from './determiners.js';
import { alternation } from '../alternation.js';
import { CAPITALISED_NAME, IT_NO_SPEAKER_BE, spaced } from './speaker-phrases.js';

export { FEMALE_TITLE, MALE_TITLE } from './titles.js';

/** Role words a description of a man carries: "his father", "the spokesman". */
export const MALE_ROLE = /\b(?:husband|father|son|brother|boyfriend|fiancé|widower|king|prince|chairman|spokesman|businessman|congressman|policeman|grandfather|uncle|nephew|actor)\b/i;
/** Role words a description of a woman carries: "his wife", "the spokeswoman". */
export const FEMALE_ROLE = /\b(?:wife|mother|daughter|sister|girlfriend|fiancée|widow|queen|princess|chairwoman|spokeswoman|businesswoman|congresswoman|policewoman|grandmother|aunt|niece|actress)\b/i;
/** Nouns that name an institution or a group: "the police said" is not a person to resolve by role. */
export const INSTITUTION = /^(?:police|ministry|government|department|office|company|agency|court|army|military|council|committee|foundation|media|website|site|statement|report|officials?|authorities|spokes(?:person|man|woman)|group|organi[sz]ation|party|campaign|team|union|commission|service|services|force|forces|administration|embassy|club|family|hospital|university|board|firm|prosecutors?|investigators?|witness(?:es)?|protesters?|residents?|experts?|scientists?|researchers?|analysts?|sources?|defendants?|lawyers?|people|members?|leaders?|officers?|troops|soldiers|workers|staff|organisers|organizers|doctors)$/;
/** Singular heads among those that name one person, who can be a later "he"/"she" ("a senior officer … he added"). */
export const ONE_PERSON_HEAD = /^(?:officer|spokes(?:person|man|woman)|witness|source|resident|protester|expert|scientist|researcher|analyst|lawyer|prosecutor|investigator|defendant|member|leader|doctor|official)$/;
/** Words inside the name of an institution: "Ministry", "Police", "Reuters". */
export const INSTITUTION_NAME = /\b(?:Department|Ministry|Police|Party|Council|Committee|Office|Government|Agency|Court|Army|Forces|Association|Union|Foundation|Times|News|Post|Media|Company|Inc|Ltd|Corp|University|Commission|Service|House|Administration|Reuters|Press|Bank|Group|Institute|Organi[sz]ation|Network|Channel|Twitter|Facebook|State|States|Nations)\b/;
/** Modifiers that do not tell two holders of a role apart: "senior", "former", "presidential". */
export const GENERIC_MODIFIER = /^(?:senior|top|new|longtime|long-time|veteran|current|then|former|outgoing|incoming|acting|lead|main|key|powerful|influential|\p{L}+ial)$/u;
/** Modifiers that make a role another office: "the president" is not the vice president, a former one or an acting one. */
export const OTHER_OFFICE_MODIFIERS = ['vice', 'former', 'ex', 'deputy', 'assistant', 'acting'] as const;
/** Words right before a role's head noun that say nothing about which holder is meant ("the minister", "her minister", "Iran's minister"). */
export const NEUTRAL_BEFORE_HEAD = tokenPattern([...ARTICLES, ...POSSESSIVE_DETERMINERS, 's'], 'i');
/** Role nouns that name one person: "the president", "the envoy". */
export const PERSON_NOUN = /^(?:president|minister|leader|premier|chancellor|official|envoy|diplomat|general|commander|spokes(?:man|woman|person)|adviser|advisor|negotiator|mediator|chief|head|secretary|ambassador|mayor|governor|candidate|politician|lawmaker|senator|king|queen|prince|monarch|ruler|professor|author|co-author|scientist|researcher|director|dean|coach|captain|founder|chairman|chairwoman|chairperson|executive|nominee|congressman|congresswoman|representative|judge|prosecutor|attorney|lawyer|actor|actress|star|singer|rapper|comedian|musician|artist|writer|novelist|journalist|reporter|player|striker|athlete|manager|economist|analyst|activist|officer|detective|doctor|physician|owner|businessman|businesswoman|entrepreneur|producer)$/;

// Word lists the speaker patterns read (src/analyse/quotes/speaker.ts, attribution.ts, resolve.ts).

/** Openers of an aside between commas that is not a name: "she, in response, said", "X, however, said". */
export const ASIDE_OPENERS = ['in', 'on', 'at', 'for', 'by', 'with', 'however', 'though', 'too', 'meanwhile', 'instead', 'again', 'then'] as const;
export const ASIDE_OPENER_RE = new RegExp(`^(?:${alternation(ASIDE_OPENERS)})\\b`, 'i');
/** Relative pronouns opening a clause about the subject ("The TUC, whose president …, said"). */
export const RELATIVE_PRONOUNS = ['whose', 'which', 'who', 'whom'] as const;
export const RELATIVE_OPENER_RE = new RegExp(`^(?:${alternation(RELATIVE_PRONOUNS)})\\b`, 'i');
/** Lower-case particles inside a person's name ("Ursula von der Leyen", "Osama bin Laden"). */
export const NAME_PARTICLE_RE = /^(?:of|de|da|van|von|al|bin)$/;
/** Words after a present-tense cue that show it is a noun, not a verb ("claims of fraud", "reports are"). */
export const NOT_A_CLAUSE_AFTER_CUE_RE = /^(?:of|by|from|about|on|in|were|are|have|and|or)\b/;
/** Objects of "told" that are not its addressee's name ("told him", "told that"). */
export const NOT_AN_ADDRESSEE_RE = /^(?:that|him|her|them)$/;
/** Auxiliaries before a passive cue ("was described as … by the police", "was previously announced to be … by"). */
export const PASSIVE_AUX_RE = /\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?$/u;
/** Documents whose author speaks through them ("according to a statement released by X"). */
export const DOCUMENT_NOUNS = ['statement', 'report', 'memo', 'letter', 'post', 'tweet', 'release', 'announcement', 'document', 'survey', 'study', 'poll'] as const;
/** Verbs of issuing a document ("a statement issued by X"). */
export const ISSUED_VERBS = ['released', 'issued', 'posted', 'published', 'made', 'sent', 'filed', 'signed', 'written'] as const;
export const DOCUMENT_SOURCE_RE = new RegExp(`^\\s+(?:an?|the)\\s+(?:[\\p{L}\\p{N}-]+\\s+)?(?:${alternation(DOCUMENT_NOUNS)})s?\\s+(?:(?:${alternation(ISSUED_VERBS)})\\s+)?(?:by|from)\\s+`, 'u');
/** What joins a document's noun to its author after it ("a statement (issued) from", "a memo by"; "the release of X" names no author). */
export const DOCUMENT_AUTHOR_AFTER_RE = new RegExp(`^\\s+(?:(?:${alternation(ISSUED_VERBS)})\\s+)?(?:by|from)\\s+`, 'u');
/** Verbs of putting a document out, in the past, between its author and "a/its statement" ("issued", "put out"). */
export const DOCUMENT_ISSUING_VERBS = ['issued', 'released', 'published', 'posted', 'sent', 'made', 'put out', 'wrote', 'said', 'added', 'announced', 'stated'] as const;
/** Newspapers' name words: "the paper" refers back only to an organisation named so or introduced as a daily. */
export const NEWSPAPER_NAME_RE = /\b(?:Times|Post|News|Journal|Herald|Gazette|Telegraph|Guardian|Tribune|Daily|Mail|Express|Chronicle|Observer|Independent|Mirror|Standard|Courier|Inquirer|Examiner|Globe|Sun|Star|Kommersant|Izvestia|Vedomosti|Pravda)\b/;
/** A word introducing a newspaper's name ("Centre-left daily Eleftherotypia", "the tabloid Bild"). */
export const NEWSPAPER_WORD_RE = /\b(?:daily|newspaper|paper|tabloid|weekly|broadsheet)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}$/u;
/** Heads of a description of one unnamed person ("a retired bus driver", "a mother of three"), beside PERSON_NOUN and ONE_PERSON_HEAD. */
export const UNNAMED_PERSON_HEAD_RE = /^(?:man|woman|boy|girl|mother|father|son|daughter|wife|husband|grandmother|grandfather|neighbou?r|friend|relative|driver|worker|teacher|nurse|student|fan|customer|passenger|veteran|pensioner|retiree|shopkeeper|owner|farmer|survivor|victim|bystander|motorist|employee|volunteer|parent|mum|mom|dad|nun|priest)$/;
/** "One of the victims", "Another of the jurors": one person of a group, opening its sentence. */
export const UNNAMED_SUBJECT = new RegExp(String.raw`^\s*(?:One|Another)\s+of\s+(?:${[...ARTICLES, ...POSSESSIVE_DETERMINERS].join('|')})\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)`, 'u');
/** Irregular past participles of things done to someone ("was shot", "was hurt"), beside the -ed/-en/-wn ones. */
export const ACTED_ON_PARTICIPLES = ['shot', 'hit', 'hurt', 'struck', 'found', 'held', 'left', 'caught', 'put', 'stabbed'] as const;
/**
 * Something done to the subject, past an apposition ("was killed", ", 34, was arrested", "has died", "was shot dead",
 * "remains in hospital", "is in custody").
 */
export const ACTED_ON = new RegExp(String.raw`^(?:\s*,[^,]{1,30},)?\s+(?:(?:(?:${spaced(IT_NO_SPEAKER_BE)})\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|en|wn)|${ACTED_ON_PARTICIPLES.join('|')})\b)|(?:has|have|had)\s+died\b|died\b|(?:is|are|remains?)\s+in\s+(?:hospital|custody)\b|faces?\s+charges\b)`, 'u');
/** Name words of public bodies, which no "the company" or "the firm" refers back to. */
export const PUBLIC_BODY_NAME_RE = /\b(?:Department|Ministry|Police|Party|Council|Committee|Office|Government|Agency|Court|Army|Forces|Union|Commission|Administration|Parliament|Senate|Congress|Authority|Bureau|Nations|States|University|Association|Foundation|Institute|Federation)\b/;
/** Words right before an organisation that make it someone else than the subject ("reported to it by Google", "rival Apple"). */
export const NOT_THE_ACTOR_BEFORE_RE = /\b(?:by|from|to|with|against|rival|rivals|competitor|competitors)\s+(?:the\s+)?$/i;
/** A subject pronoun opening a reported clause ("told the court she was forced …"). */
export const CLAUSE_PRONOUN_RE = /^(?:he|she|they|it|we|i)\s+[\p{Ll}]/u;
/** A time phrase between a cue and its clause ("said on Monday they …", "said yesterday that …"). */
export const TIME_AFTER_CUE_RE = /^\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter)|yesterday|today|earlier|later|last\s+(?:week|month|year|night))\b,?/;
/** What a possessor speaks through: "Erdogan's office", "Trump's campaign" credit their owner. */
export const SPEAKS_FOR_OWNER_RE = /^(?:office|campaign|team|administration|government|spokes(?:person|man|woman))$/i;
/** Heads of documents that speak for their author ("RIAA's notice", "the WHO's website"). */
export const DOCUMENT_HEAD_RE = /^(?:statement|statements|editorial|report|notice|website|site|summary|letter|filing|release|tweet|post|ruling|judgment|judgement|account|blog|memo|memorandum|document|announcement|email|e-mail|message|complaint|lawsuit|indictment|order|decision|manifesto|guidelines|guidance)$/;
/** One-word sentence openers that are not a name before a comma ("Yesterday, …", "Meanwhile, …"). */
export const TIME_OPENER_RE = new RegExp(`^(?:Yesterday|Today|Tonight|Tomorrow|Earlier|Later|Meanwhile|However|Previously|Recently|Separately|Overnight|${WEEKDAY_NAMES.join('|')}|Also|Instead|Nevertheless|Still|Then|Now)$`);
/** A lower-case opener inside a reported clause ("claimed that during a 2018 trip, Trump …"). */
export const CLAUSE_INTRO_RE = /^(?:during|after|before|in|on|at|when|while|since|as|last|this)\b[^,;:]{0,60},\s*/;
/** Words right after an inverted cue's name that go on with the attribution ("comments Johnston in a statement", "notes Smith today"). */
export const AFTER_INVERTED_NAME = ['to', 'from', 'via', 'last', 'this', 'yesterday', 'today'] as const;
/** Right before a phrase inside a speaker's quotation: words that deny or name it, so it is not their claim ("not a tax", "call this a betrayal", "no evidence for"). */
export const DENIED_BEFORE_RE = /\b(?:not|no|never|n't|nobody|call(?:s|ed)?\s+(?:this|it|that|them)|evidence\s+(?:for|of))(?:\s+(?:a|an|the|just|simply|really))?\s*$/;
/** Right before a quotation: the writer naming a phrase as a phrase ("the slogan “…”", "defines murder with “…”", "the so-called “…”"). */
export const TERM_INTRODUCER_RE = /\b(?:slogan|phrase|term|words?|motto|chant|label|catchphrase|mantra|so-called|dubbed|titled|defines?|defined|known\s+as)\s*$/i;
/** Nouns of a spoken request or undertaking whose author follows "from"/"by" ("directives from Xi to “…”", "a pledge by Trump to “…”"). */
export const REQUEST_NOUNS = ['directive', 'order', 'instruction', 'call', 'plea', 'pledge', 'promise', 'vow', 'demand', 'appeal', 'warning', 'threat', 'request', 'invitation', 'urging', 'exhortation'] as const;
/** A request noun, its author and "to"/"that" right before a quotation; group 1 the author. */
export const REQUEST_FROM_RE = new RegExp(String.raw`\b(?:${REQUEST_NOUNS.join('|')})s?\s+(?:from|by)\s+(?:the\s+)?(${CAPITALISED_NAME})\s+(?:to|that)\s*$`, 'u');
/** A document's wording right before a quotation: "the statement read, in part, “…”", "the decree reads: “…”". */
export const DOCUMENT_READS_RE = /\s(?:read|reads)(?:,?\s+in\s+part)?\s*[,:]?\s*$/;
/** A transcript line's speaker label: "((Valeria Gazzola)) …" (Wikinews interviews), "PELOSI: …". */
export const TRANSCRIPT_LABEL_RE = /^\s*(?:\(\(([^()]{2,60})\)\)|([A-Z][A-Z.'’ -]{1,40}[A-Z]):)\s/;
/**
 * A transcript turn's label opening a paragraph: capitalised words (a title, a name), an optional party tag or
 * network in brackets, an optional role after a comma, then a colon: "KOVAC: ", "GOV. RENEE CALLOWAY (D-MI): ",
 * "MARY LOUISE KELLY, HOST: ". Group 1: the label's words.
 */
export const TRANSCRIPT_TURN_RE = /^\s*(\p{Lu}[\p{Lu}\p{M}.'’-]+(?:\s+\p{Lu}[\p{Lu}\p{M}.'’-]*){0,4})(?:\s*\([^()]{1,24}\))?(?:,\s*\p{Lu}[\p{Lu} ]{1,30})?:\s+/u;
/**
 * A name labelling the quotation after it, in bullets of reactions and live blogs: "• Sen. Beverly Strand (R-Neb.):
 * “…”", "Smith: “…”". Group 1: the name (a title may lead it).
 */
export const LABELLED_QUOTE_RE = /^\s*(?:[•·▪*–—-]\s*)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’.-]*)\s*(?:\([^()]{1,24}\)\s*)?:\s*$/u;
/**
 * Paragraph labels that name no speaker: live-blog and notes furniture, explainer headings, crowd and unidentified
 * voices, the answer of a Q&A (its interviewee is not named by it).
 */
export const NOT_A_SPEAKER_LABEL_RE = new RegExp(`^(?:${[
  'UPDATE[SD]?', 'NOTES?', "EDITOR['’]?S NOTE", 'BREAKING(?: NEWS)?', 'RELATED', 'READ MORE', 'WATCH', 'LISTEN', 'UP NEXT', "WHAT['’]?S NEXT",
  'NEXT', 'CONTACTS?', 'SOURCES?', 'CORRECTIONS?', 'CLARIFICATION', 'CROWD', 'AUDIENCE', 'PROTESTERS?', 'UNIDENTIFIED\\b.*', 'ANSWER', 'PHOTOS?',
  'VIDEO', 'LIVE', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'BACKGROUND', 'INJURIES', 'TICKETS', 'WHEN', 'WHERE', 'WHAT', 'WHY', 'HOW', 'WHO',
  'ALSO', 'PREVIOUSLY', 'SPONSORED', 'ADVERTISEMENT', 'DISCLAIMER', 'SUMMARY', 'KEY POINTS', 'BOTTOM LINE', 'THE BIG PICTURE',
  'WHY IT MATTERS', 'BETWEEN THE LINES', 'DRIVING THE NEWS', 'ZOOM IN', 'ZOOM OUT', 'YES', 'NO', 'TOPICS?', 'TAGS?', 'FILE', 'CREDITS?',
  'CAPTION', 'LOCATION', 'DATE', 'TIME', 'WEATHER', 'SCORE', 'RESULTS?', 'TOP STORIES', 'LATEST',
].join('|')})$`, 'iu');
/** A stage direction opening a turn: "(LAUGHS) ", "[crosstalk] ". */
export const STAGE_DIRECTION_RE = /^(?:\(\p{Lu}[\p{Lu}\s,'’-]{0,40}\)|\[[^\]\n]{1,40}\])\s*/u;
/**
 * Roles a broadcast transcript prints after a speaker's name ("KEISHA MORROW, CNN ANCHOR:"), besides the title words:
 * the role's last word, lower case.
 */
export const BROADCAST_ROLES = ['host', 'anchor', 'co-host', 'cohost', 'moderator', 'strategist', 'contributor', 'commentator', 'panelist', 'guest', 'caller', 'pollster', 'byline'] as const;
/** Labels of the interviewer, whose questions are not the interviewee's words. */
export const INTERVIEWER_LABEL_RE = /^(?:WN|WSS|Wikinews|Q|Question|Interviewer|Reporter)$/i;

/** "Kyriakos Mitsotakis speaking to the Atlantic Council think tank called": a participle phrase after a name is no subject. */
export const PARTICIPLE_TAIL = /([\p{Lu}][\p{L}’'.-]*)\s*,?\s+\p{Ll}+ing\s+(?:to|with|at|in|before|on|from)\s+[^,;:]{1,60}$/u;
/** Object pronouns that stand for the same person as the subject form ("according to him"). */
export const OBJECT_PRONOUN: Record<string, string> = { him: 'he', her: 'she', me: 'i' };
/** Third-person pronouns of a man and of a woman: who "he said" and "she said" can be. */
export const MALE_PRONOUNS = ['he', 'him', 'his', 'himself'] as const;
export const FEMALE_PRONOUNS = ['she', 'her', 'hers', 'herself'] as const;

/** "IRNA quoted the head of the zone, Ali Reza, as saying": the object of "quoted … as" speaks (group 1). */
export const QUOTED_AS_RE = /\bquot(?:ed|es|ing)\s+(?!by\s)((?:[^,;.:_"“”]|,(?=[^,;.:_"“”]{1,80},))+?),?\s+as\s+$/u;

/**
 * US parties: the noun a description uses ("the Democrat said", "the Ohio Republican told"), the adjective before a
 * member's name ("Democratic Sen. X") and the letter of the party-state tag after it ("X, D-Ariz.").
 */
export const PARTIES = [
  { noun: 'Democrat', adjective: 'Democratic', letter: 'D' },
  { noun: 'Republican', adjective: 'Republican', letter: 'R' },
  { noun: 'Independent', adjective: 'Independent', letter: 'I' },
] as const;
/** A description by party: "the Democrat", "the Ohio Republican", "the freshman Democrat" (group 1: the noun). */
export const PARTY_DESCRIPTION_RE = new RegExp(`^[Tt]he\\s+(?:[\\p{L}.-]+\\s+){0,2}(${alternation(PARTIES.map((p) => p.noun))})$`, 'u');
/**
 * The determiner that makes a description point back at one named earlier ("the senator", "the committee"); "a
 * Republican senator", "one senator", "another governor", "his office" describe someone else or an unnamed source.
 */
export const DEFINITE_ARTICLE = 'the';
/**
 * Heads of a description of an organisation named earlier (not "office": "his office", "the office" stand for a
 * person's staff, never for the last organisation named with the word, "Congressional Budget Office") with the same word ("the committee" → "Armed Services
 * Committee", "the chamber" → "Chamber of Commerce"); the generic ones name whichever organisation acted just before.
 */
export const GROUP_HEAD_RE = /^(?:group|organi[sz]ation|company|firm|giant|paper|newspaper|daily|agency|committee|campaign|association|union|coalition|alliance|department|chamber|council|board|commission|network|institute|foundation|center|centre|party)$/;
export const GENERIC_GROUP_HEAD_RE = /^(?:group|organi[sz]ation)$/;
/**
 * Heads of a kind of organisation that names none by its own word ("The US software giant said", "the paper said"):
 * the one organisation the sentence before names, not its subject ("Greenpeace criticised Shell. “…,” the company said").
 */
export const KIND_OF_ORGANISATION_HEAD_RE = /^(?:company|firm|giant|paper|newspaper|daily)$/;
/** A newspaper named by its kind: only "the paper" alone refers back to one ("the white paper" is a document). */
export const MEDIA_HEAD_RE = /^(?:paper|newspaper|daily)$/;
/** A party word that is also a newspaper's name ("The Independent wrote"): a description by it names no one. */
export const PARTY_NOUNS_ALSO_TITLES: readonly string[] = ['Independent'];
/** A name that is a party's noun alone ("Democrat" marked as an entity): a description, never a person of its own. */
export const PARTY_NOUN_NAME_RE = new RegExp(`^(?:${alternation(PARTIES.map((p) => p.noun))})s?$`, 'u');
/** Role nouns that name the same office in news ("Foreign Secretary Marcelo Ebrard" … "the foreign minister"). */
export const SAME_OFFICE_NOUNS: readonly (readonly string[])[] = [
  ['minister', 'secretary'], ['head', 'chief', 'director', 'leader'], ['chairman', 'chairwoman', 'chairperson', 'chair'],
  ['spokesman', 'spokeswoman', 'spokesperson'], ['lawmaker', 'senator', 'congressman', 'congresswoman', 'representative'],
];
/** A phrase ending in a spokesperson's noun ("a spokeswoman", "the Interpol spokesperson"). */
export const SPOKESPERSON_HEAD_RE = /\bspokes(?:person|man|woman)$/u;
/** "a spokeswoman for the senator", "a spokesman for Gov. Brian Kemp": group 1, whom the spokesperson speaks for. */
export const SPOKESPERSON_FOR_RE = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+)?spokes(?:person|man|woman)\s+for\s+(.+)$/u;
/** Group nouns of an apposition that says its subject is a group (", an LGBTQ advocacy group,"). */
export const GROUP_NOUNS = ['group', 'organization', 'organisation', 'coalition', 'alliance', 'association', 'union', 'nonprofit'] as const;
export const GROUP_APPOSITION_RE = new RegExp(`^,\\s+(?:an?|the)\\s+[^,;.]{0,60}\\b(?:${alternation(GROUP_NOUNS)})\\s*,`);
/** Words that open a description of one unnamed person or thing, never a group that speaks ("a", "one official"). */
export const ONE_UNNAMED_RE = /^(?:a|an|one)\s/i;
/** "the 52-year-old": a description by age (group 1). */
/** "45-year-old Ben Cole": the age written before a name (group 1). */
export const AGE_BEFORE_NAME = /\b(\d{1,3})-year-old\s+$/;
export const AGE_DESCRIPTION = /^[Tt]he\s+(\d{1,3})-year-old(?:\s+\p{Ll}[\p{L}-]*){0,3}$/u;
/** An age stated after a name: ", 47," (group 1). */
export const AGE_AFTER_NAME = /^,\s*(\d{1,3}),/;
/**
 * "Democrats and Republicans", "Sen. John Smith and the Teamsters union": a subject joined by a conjunction to another
 * that is named (capitalised); "the council and other leaders" is still the council's.
 */
export const JOINED_SUBJECT_RE = new RegExp(`^\\s*(?:and|&)\\s+(?:(?:${alternation(ARTICLES)})\\s+)?\\p{Lu}`, 'u');
/** "Sen. Ruiz's bill": a possessive after a name (the name is a possessor, not a doer). */
export const POSSESSIVE_AFTER = /^['’]s\b/;
