// The closed-class words the time rules read around an expression (src/analyse/times/**): prepositions that take a
// duration or a year, words that continue "the day", qualifiers, clause breaks for the tense, nouns that a number
// counts instead of a year. Each list keeps the order its pattern tries the words in (`alternation`). The entries are
// regular-expression alternatives, not bare words: a few carry their optional letter or spacing ("days?", "mid-?",
// "trading\\s+day"), so a list is never to be read as a set of words.

// chrono-times.ts: what chrono-node finds that is no date on the calendar
/** Prepositions that make a time a duration ("for three weeks", "over the past year"). */
export const DURATION_PREPOSITIONS = ['for', 'over', 'during', 'within', 'throughout'] as const;
/** "the past few weeks", "the next two days": a span of time, not a date. */
export const SPAN_OPENERS = ['past', 'last', 'next', 'coming', 'previous', 'first', 'recent'] as const;
export const PLURAL_TIME_UNITS = ['days', 'weeks', 'months', 'years', 'decades', 'hours', 'minutes'] as const;
export const SMALL_AMOUNTS = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const;
export const COUNTED_TIME_UNITS = ['days?', 'weeks?', 'months?', 'years?', 'hours?', 'minutes?'] as const;
/** "now" is the present, not a date; "in the year" alone names no year. */
export const NO_DATE_PHRASES = ['now', 'right now', 'in the year', 'the year'] as const;
/** Prepositions written before a time that the time's text leaves out. */
export const TIME_PREPOSITIONS = ['on', 'in', 'at', 'by', 'since', 'from', 'until', 'till', 'before', 'after', 'during', 'of'] as const;
/** "Good morning", "late night talk shows": no time. */
export const PARTS_OF_DAY_ALONE = ['morning', 'afternoon', 'evening', 'night'] as const;
/** "earlier this month", "late last year": a qualifier that belongs to the expression. */
export const TIME_QUALIFIERS = ['earlier', 'later', 'early', 'late', 'mid-?'] as const;
/**
 * "by mid-morning", "at mid-afternoon", "in morning trading": prepositions and nouns that make a part of the day a
 * point of the day being told (its reference date), not a part of no particular day ("at night", "morning papers").
 */
export const POINT_IN_DAY_PREPOSITIONS = ['by', 'at', 'until', 'till', 'before', 'after', 'around', 'from', 'since'] as const;
export const DAY_SESSION_NOUNS = ['trading', 'trade', 'dealings', 'deals', 'session'] as const;
/** "at morning prayers every day", "each evening": a part of every day, not of the day told. */
export const HABITUAL_WORDS = ['every', 'each', 'daily', 'nightly', 'usually', 'always', 'often'] as const;
/** The TIMEX3 codes of the parts of the day that make a value a TIME ("2025-12-04TMO"; MI mid-day, DT daytime). */
export const TIME_OF_DAY_CODES = ['MO', 'AF', 'EV', 'NI', 'MI', 'DT'] as const;
/**
 * day-points.ts: moments of the day named by the light or a meal ("before dawn", "at nightfall", "by lunchtime"), read
 * as the TIMEX3 part of the day they fall in (dawn in the morning, dusk in the evening, lunchtime at mid-day), after a
 * point preposition (POINT_IN_DAY_PREPOSITIONS). "lunch" alone only after "before" or "after": "at lunch with" is a meal.
 */
export const DAY_POINT_WORDS: Readonly<Record<string, string>> = {
  dawn: 'MO', daybreak: 'MO', 'first light': 'MO', sunrise: 'MO', dusk: 'EV', nightfall: 'EV', sunset: 'EV', lunchtime: 'MI',
};
export const MEAL_POINT_PREPOSITIONS = ['before', 'after'] as const;

// anaphora.ts: "that day", "two days later"
export const CALENDAR_UNITS = ['day', 'week', 'month', 'year'] as const;
/** "the day" is anaphoric only alone: not "the day before the vote", "the day he left". */
export const DAY_CONTINUERS = ['of', 'when', 'that', 'before', 'after', 'to', 'he', 'she', 'they', 'it', 'we', 'i', 'you'] as const;

// durations.ts
/** "for years", "in minutes": a preposition before a bare plural unit. */
export const BARE_UNIT_PREPOSITIONS = ['for', 'in', 'over', 'within', 'throughout', 'after'] as const;
/** "for just years", "in only minutes": a preposition before a limiter and a bare plural unit. */
export const PREPOSITIONS_BEFORE_LIMITED_UNITS = ['for', 'over', 'within', 'throughout', 'in'] as const;
/** "for about five years", "in nearly ten days": words before an amount that make it a duration. */
export const DURATION_LEADS = ['for', 'over', 'within', 'in', 'about', 'nearly', 'almost', 'than', 'least', 'just', 'only'] as const;

// periods.ts: seasons, quarters, parts of a period
export const PERIOD_QUALIFIERS = ['early', 'late', 'mid-?', 'middle'] as const;
export const PERIOD_PARTS = ['beginning', 'start', 'end', 'middle', 'close', 'turn'] as const;
export const PARTED_PERIODS = ['year', 'month', 'week', 'quarter'] as const;
/** Words after which "'82" is a year. */
export const TWO_DIGIT_YEAR_LEADS = ['in', 'of', 'since', 'from', 'by', 'until', 'to', 'and'] as const;
/** A season named alone is a date only after one of these ("in spring", "this fall"). */
export const BARE_SEASON_LEADS = ['in', 'during', 'the', 'by', 'until', 'since', 'over', 'through', 'this', 'that', 'each', 'every'] as const;
/** "fall of", "fall in": the verb or noun "fall", not autumn. */
export const FALL_AS_VERB_FOLLOWERS = ['of', 'in', 'from', 'on', 'by'] as const;

// reference-date.ts
/** A date next to these words is the article's own "today". */
export const TODAY_WORDS = ['today', 'tonight'] as const;
/** …after "this" ("this morning") */
export const THIS_PARTS = ['morning', 'afternoon', 'evening', 'week'] as const;
export const PUBLICATION_WORDS = ['published', 'updated', 'posted', 'dated'] as const;

// references.ts: "now", "recently"
/** "the most recent model": a comparison, no time. */
export const COMPARATIVES = ['most', 'more', 'less', 'least'] as const;
/** "shortly after she filed": a time next to another. */
export const SEQUENCE_WORDS = ['after', 'before', 'afterwards', 'thereafter'] as const;

// same-period.ts: "the third straight quarter"
export const RUN_UNITS = ['day', 'week', 'month', 'quarter', 'year', 'session', 'trading\\s+day'] as const;

// tense.ts: where a clause ends, so the tense of its verb is read inside it
export const CLAUSE_BREAK_WORDS = ['after', 'when', 'since', 'but', 'while', 'which', 'who', 'that', 'according to'] as const;

// year-rules.ts: a four-digit number that counts something is no year
export const COUNTED_NOUNS = ['percent', 'per\\b', 'people', 'units', 'cars', 'vehicles', 'jobs', 'points', 'shares', 'troops', 'men', 'soldiers'] as const;
/** "the '80s", "early 70s": words before a short decade. */
export const SHORT_DECADE_LEADS = ['the', 'and', 'or', 'early', 'late', 'mid-'] as const;

/** Words of a race in the sentence before "in 2:26:51" that make it a race time, not a clock time. */
export const RACE_TIME_LEADS = ['won', 'win', 'wins', 'winner', 'finished', 'finish', 'ran', 'run', 'race', 'marathon', 'stage', 'course', 'halfway', 'clocked', 'record'] as const;
/** Nouns after "overnight" that make it an adjective naming no time ("overnight rates", "an overnight stay"). */
export const OVERNIGHT_NOUNS = ['rate', 'rates', 'interest', 'lending', 'loan', 'loans', 'deposit', 'deposits', 'call', 'money', 'repo',
  'index', 'stay', 'stays', 'trip', 'trips', 'flight', 'flights', 'bag', 'bags', 'success', 'sensation', 'guests', 'guest', 'train', 'bus',
  'shift', 'shifts', 'camp', 'delivery', 'parking', 'accommodation', 'visit', 'session', 'sessions', 'low', 'lows', 'high', 'highs',
  'trading', 'market', 'markets', 'funds', 'cash', 'curfew', 'vigil', 'oats', 'interbank', 'sterling', 'fed', 'euro', 'dollar', 'yen',
  'swap', 'swaps', 'libor', 'borrowing', 'facility', 'stars', 'star', 'hit', 'millionaire', 'celebrity'] as const;
/** Words before "overnight" that make it the idiom "suddenly" ("will not happen overnight", "became a star almost overnight"). */
export const OVERNIGHT_IDIOM_BEFORE = ['almost', 'nearly', 'virtually', 'practically', 'literally', 'seemingly', 'not', 'never', 'happen',
  'happened', 'happens', 'change', 'changed', 'changes', 'transform', 'transformed', 'disappear', 'disappeared', 'vanish', 'vanished',
  'built', 'overturned', 'fixed', 'solved', 'cured'] as const;
/** Lengths of a reporting period in months ("the three months to September 30"). */
export const REPORTING_PERIOD_LENGTHS: Readonly<Record<string, number>> = { three: 3, '3': 3, six: 6, '6': 6 };
/** Words between a reporting period and the date it ends on. */
export const REPORTING_PERIOD_LINKS = ['to', 'ended', 'ending', 'through', 'until'] as const;
/** Words right before a race time ("in 2:26:51" only in a sentence about a race, see RACE_TIME_LEADS). */
export const RACE_TIME_PREFIXES = ['in', 'clocked', 'timed', 'time of', 'times of', 'record of'] as const;
/** Words after an amount of time that show it goes on ("30 minutes of heavy rain", "two days longer"): no join across a comma. */
export const AMOUNT_CONTINUERS = ['of', 'longer', 'shorter', 'more', 'less', 'later', 'earlier', 'before', 'after', 'ago', 'too'] as const;
