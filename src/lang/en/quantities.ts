// Cue words for figures: count nouns without a plural -s and the qualifiers of an amount (src/analyse/quantities/).

/** Count nouns whose plural has no -s: "71 aircraft", "300 personnel". */
export const INVARIANT_PLURAL = /^(?:aircraft|spacecraft|hovercraft|livestock|personnel|sheep|deer|cattle|offspring|series|species)$/i;
export const QUALIFIER = /\b(nearly|almost|about|around|approximately|roughly|some|more than|over|at least|up to|less than|fewer than|under|as many as|as much as|as few as|close to|an estimated|estimated|just over|just under|well over|well under|below|above|in excess of|upwards of|at most|no more than|no fewer than|exactly|only|between|from)\s+$/i;
