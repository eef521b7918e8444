// Word lists become regular expressions through one helper, so every pattern built from src/lang reads its list the
// same way.

/** The entries of a list as one regular-expression alternation, in the list's order (the order a pattern tries them). */
export const alternation = (list: readonly string[]): string => list.join('|');
