// English determiners: the closed classes that the phrase patterns of several annotators build from (roles, speakers,
// descriptions, quantities, products, claim cues), written once here.

/** The articles. */
export const ARTICLES = ['the', 'a', 'an'] as const;
/** Possessive determiners of the third person ("his counterpart", "its chief executive"). */
export const POSSESSIVE_DETERMINERS = ['his', 'her', 'its', 'their'] as const;
/** Demonstrative determiners; "that" is left out, as it is more often a conjunction or a relative pronoun. */
export const DEMONSTRATIVES = ['this', 'these', 'those'] as const;

/** One whole token from `words`: `^(?:a|b)$`. */
export const tokenPattern = (words: readonly string[], flags = ''): RegExp => new RegExp(`^(?:${words.join('|')})$`, flags);
