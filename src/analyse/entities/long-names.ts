// International organisations whose full names hold lower-case words ("Organisation for Security and Co-operation in
// Europe"): neither the model nor the rules read a name across "in" or "for", so they found "Organisation for Security
// and Co-operation" and "Europe". Where such a name from LONG_ORG_NAMES is written in full, it is one organisation.
import { LONG_ORG_NAMES } from '../../lang/en/entities.js';

/** A listed name as a pattern: British and American spellings, and "Co-operation" with or without its hyphen. */
const spellings = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/Organisation/g, 'Organi[sz]ation')
  .replace(/Co-operation/g, 'Co-?operation').replace(/\s+/g, '\\s+');

/** Longest names first, so that a name holding a shorter listed one is matched whole. */
const LONG_NAME = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...LONG_ORG_NAMES].sort((a, b) => b.length - a.length).map(spellings).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');

/** [start, end) of each listed long name written in `text`. */
export function longOrganisationNames(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // one pass for all names: a word that opens none of them ("Organisation", "United", …) is where a match can start
  for (const m of text.matchAll(LONG_NAME)) out.push([m.index, m.index + m[0].length]);
  return out;
}
