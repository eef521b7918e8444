// International organisations whose full names mostly hold lower-case words ("Organisation for Security and
// Co-operation in Europe"): neither the model nor the rules read a name across "in" or "for", so they found
// "Organisation for Security and Co-operation" and "Europe". Where a name of LONG_ORG_NAMES is written in full, and is
// not the tail of a longer name, it is one organisation.
import { LONG_ORG_NAMES } from '../../lang/en/entities.js';

/** A listed name as a pattern: British and American spellings, hyphens and apostrophes written or not. */
const spellings = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/Organisation/g, 'Organi[sz]ation')
  .replace(/Co-operation/g, 'Co-?operation').replace(/Centers/g, 'Cent(?:er|re)s').replace(/Workers/g, "Workers['’]?")
  .replace(/Asia-Pacific/g, 'Asia[- ]Pacific').replace(/\s+/g, '\\s+');

/** Longest names first, so that a name holding a shorter listed one is matched whole. */
const LONG_NAME = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...LONG_ORG_NAMES].sort((a, b) => b.length - a.length).map(spellings).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');

/**
 * A capitalised word right before a match, other than "The" and a possessive ("the United Nations' Food and …"): the
 * match is the tail of a longer name ("Korea Centers for Disease Control …").
 */
const NAME_BEFORE = /(?:^|[^\p{L}\p{N}])(?!The\s)\p{Lu}[\p{L}\p{N}.-]*\s+$/u;

/** [start, end) of each listed long name written in `text` (one pass of one pattern for all of them). */
export function longOrganisationNames(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(LONG_NAME)) {
    if (NAME_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
