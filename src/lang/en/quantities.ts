// Words and patterns of English figures (src/analyse/quantities/): number words and scales, what may follow a
// figure, the verbs of a change, counted nouns and the words that end a noun phrase.
import { ORDINAL_SUFFIX_PATTERN } from './numbers.js';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, tokenPattern } from './determiners.js';

/** Ordinal endings right after digits: "21st", "3rd" (a date or a rank, not an amount). */
export const ORDINAL_SUFFIX = new RegExp(`^${ORDINAL_SUFFIX_PATTERN}\\b`, 'i');
/** What makes a figure a time of day: "5 pm", "10 GMT", "9 o'clock", "20h30". */
export const CLOCK_AFTER = /^(?:\s?(?:a\.?m\b\.?|p\.?m\b\.?|am\b|pm\b|gmt\b|utc\b|o'clock\b|h\d\d))/i;

/** Count nouns whose plural has no -s: "71 aircraft", "300 personnel". */
export const INVARIANT_PLURAL = /^(?:aircraft|spacecraft|hovercraft|livestock|personnel|sheep|deer|cattle|offspring|series|species)$/i;
/** Nouns that count people or animals without a plural -s ending: "39 people", "200 police". */
export const COUNTED_NOUN_ENDING = /(?:s|people|men|children|police|staff|personnel|crew|cattle|sheep|fish)$/;
export const QUALIFIER = /\b(nearly|almost|about|around|approximately|roughly|some|more than|over|at least|up to|less than|fewer than|under|as many as|as much as|as few as|close to|an estimated|estimated|just over|just under|well over|well under|below|above|in excess of|upwards of|at most|no more than|no fewer than|exactly|only|between|from)\s+$/i;
/** Qualifiers that bound a figure without making it approximate: "between 5 and 10", "only 3". */
export const EXACT_QUALIFIER = /^(?:between|from|only|exactly)$/i;

/** A change between two values ("rose from 4% to 6%"), read back from the first figure. */
export const CHANGE_FROM = /\b(?:rose|risen|rise[sn]?|rising|fell|fallen|fall(?:s|ing)?|dropp?(?:ed|s|ing)?|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|increas(?:ed|es|ing)?|decreas(?:ed|es|ing)?|rais(?:ed|es|ing)|cut(?:s|ting)?|push(?:ed|es|ing)?|hik(?:ed|es|ing)|lift(?:ed|s|ing)?|doubl(?:ed|es|ing)|slash(?:ed|es|ing)?|reduc(?:ed|es|ing)|grew|grow(?:n|s|ing)?|soar(?:ed|s|ing)?|surg(?:ed|es|ing)|plung(?:ed|es|ing)|went|gone|moved?|boost(?:ed|s|ing)?|lower(?:ed|s|ing)?)\b(?:\s+[\p{L}'’-]+){0,4}?\s+from\s+$/iu;
/** "border arrests fell to about 58,000": a plural subject and the verb that brings it to a bare figure. */
export const SUBJECT_COUNT = /(?<![\p{L}'’])(\p{Ll}{2,}s)\s+(?:have\s+|has\s+|had\s+)?(?:fell|rose|dropped|climbed|jumped|increased|decreased|declined|grew|reached|hit|totall?ed|stood\s+at|numbered|surged|plunged|soared|topped)(?:\s+to)?\s+$/u;
/** Words ending in -s that are no plural subject: "this", "news", "series". */
export const NOT_PLURAL_SUBJECT = /^(?:this|its|his|has|was|plus|less|unless|news|series|means)$/;
/** Endings of a singular word that looks plural: "glass", "census", "analysis". */
export const SINGULAR_S_ENDING = /(?:ss|us|is)$/;

/** Adjectives that close a compound figure: "a 10-mile-long queue", "five-year-old". */
export const COMPOUND_TAIL = /^-(?:long|old|wide|high|strong|deep|tall)\b/;
/** "45 of the aircraft": the determiners of a group already named. */
export const PART_OF = /^\s+of\s+(?:the|these|those|its|their)(?=\s)/i;
/** One adjective before a nationality: "100,000 ethnic Armenians", "300 stranded Palestinians". */
export const NATIONALS_AFTER = /^\s+(?:(?:\p{Ll}+(?:ed|ic|al|ive|ing)|young|elderly|fellow)\s+)?(\p{Lu}\p{Ll}+)s(?![\p{L}])(?!\s+\p{Lu})/u;
/** Units of measure (normalised names) that a following figure does not inherit: "5 km and 12" is no 12 km. */
export const MEASURE_UNIT = /^(?:percent|km2?|mi2|m2?|kg|t|l|day|hour|minute|second|week|month|year)$/;
/** Units of time (normalised names): "60 days to settle", "four months after". */
export const TIME_UNIT = /^(?:second|minute|hour|day|week|month|year|decade)$/;
/** Whose a count is ("the island's 57,000 people"), unless the owner is a pronoun ("it's 5,000"). */
export const NOT_OWNER = /^(?:it|he|she|that|there|what|who)$/i;

/** Words that end a noun phrase after a figure: function words and common finite verbs. */
export const PHRASE_STOP_WORDS = new Set([
  'and', 'or', 'but', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'of', 'as', 'than', 'that', 'which', 'who',
  'while', 'when', 'where', 'after', 'before', 'since', 'during', 'including', 'between', 'into', 'over', 'under',
  'remain', 'remains', 'remained', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will',
  'would', 'could', 'can', 'may', 'might', 'should', 'must', 'do', 'does', 'did', 'said', 'says', 'say', 'went', 'came',
  'took', 'take', 'takes', 'died', 'die', 'dies', 'live', 'lives', 'lived', 'left', 'per', 'each', 'a', 'an', 'the',
  'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'it', 'they', 'he', 'she', 'we', 'you', 'i', 'not',
  'also', 'more', 'less', 'fewer', 'about', 'against', 'among', 'through', 'across', 'ago', 'later', 'earlier', 'old',
  'there', 'here', 'so', 'then', 'now', 'still', 'only', 'just', 'if', 'because', 'whose', 'what', 'all', 'both',
]);
/** A leading determiner, skipped before the noun phrase. */
export const PHRASE_DETERMINER = tokenPattern([...ARTICLES, ...POSSESSIVE_DETERMINERS, 'our', ...DEMONSTRATIVES], 'i');
/** Verbs of living, which the stop words hold but which still say what a count does ("people lived along the border"). */
export const LIFE_VERBS = /^(?:live|lives|lived)$/i;
/** Auxiliaries and adverbs between a counted noun and its verb ("people had been killed"). */
export const AUXILIARIES = /^(?:\s+(?:had|have|has|were|was|are|is|will|would|could|should|must|can|cannot|may|might|be|been|being|reportedly|already|now|still|not|also)\b)*/i;
/** Modifiers of a count that are not what is counted: "12 more air defence systems". */
export const COUNT_MODIFIERS = /^(?:more|additional|new|other|further|extra)$/i;
/** Bare present-tense verbs that follow a counted noun directly: "people face acute hunger". */
export const BARE_COUNT_VERBS = /^(?:face|need|remain|live|lack|fled|flee|die|went|lost)$/i;
/** Time words that say when, not what: left out of the gist before a figure. */
export const TIME_CONTEXT_WORDS = /^(?:last|next|this|year|week|month|day|today|yesterday)$/i;
/** Prepositions that locate rather than name ("spent 11 days near Svalbard"): the clause before says what is measured. */
export const PLACE_PREPOSITIONS = /^(?:near|off|inside|outside|around|behind|beyond|within|without|along|toward|towards|aboard|onto|upon|via|beside|across|amid|until|till)$/i;
/** Words after a unit that are no noun it measures: adverbs, dimensions, time words ("10 km away", "5 m deep"). */
export const NOT_UNIT_NOUN = /(?:ing|^away|^long|^wide|^high|^deep|^tall|^apart|^last|^next|^this|^per|^each|^every|^year|^month|^week|^always|^never|^ever|^again|^later|^earlier)$/;
/** A direction from a place: "650 km southwest of Khartoum". */
export const DIRECTION_FROM = /^\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?|outside|away from|from)\s+(?:of\s+)?/i;
