// Role phrases (English news): the closed word classes around a title that tell where a role written before or after
// a name starts and ends ("Tim Cook, chief executive of Apple", "his Eritrean counterpart, Osman Saleh", "The Chinese
// envoy struck …"). Read by src/analyse/entities/ (roles.ts, describe.ts, proposals.ts); the titles themselves are in
// entities.ts and titles.ts, the determiners in determiners.ts. Each pattern tests one whole token.
import { ARTICLES, POSSESSIVE_DETERMINERS, tokenPattern as token } from './determiners.js';

/** An article opening a role after a name: "Zelensky, the Ukrainian president". */
export const ARTICLE = token(ARTICLES, 'i');
/** Prepositions that join a title to the complement after it: "chief executive of Apple", "spokesman for the fire service". */
export const ROLE_COMPLEMENT_PREP = token(['of', 'for', 'at', 'with']);
/** Prepositions between a title and its complement, stepping back from an apposed name: "the Secretary to the Government, X". */
export const TITLE_COMPLEMENT_PREP = token(['of', 'to', 'for', 'at']);
/** Determiners where a role before an apposed name opens: walking back from its title stops at them ("his Eritrean counterpart"). */
export const ROLE_OPENER = token([...ARTICLES, 'one', ...POSSESSIVE_DETERMINERS], 'i');
/** Determiners before a plural possessor ("The rebels' chief negotiator"): the possessor starts after them. */
export const POSSESSOR_OPENER = token([...ARTICLES, ...POSSESSIVE_DETERMINERS], 'i');
/** What may stand right before an apposed role besides punctuation ("another senior official, X"). */
export const BEFORE_APPOSED_ROLE = token([...ARTICLES, 'one', 'another', ...POSSESSIVE_DETERMINERS], 'i');
/** Determiners and possessives before a capitalised phrase that make it a description ("the Ryanair CEO", "Iran's foreign minister"). */
export const DESCRIBING_DETERMINER = token([...ARTICLES, ...POSSESSIVE_DETERMINERS, 'our', "'s", '’s'], 'i');
/** Generic heads ("the UN chief", "the EU leader"): whoever holds the organisation's top job, whatever the title. */
export const GENERIC_HEADS: ReadonlySet<string> = new Set(['chief', 'head', 'leader', 'boss', 'official']);
/** Words after "the <demonym> <title>" that continue the phrase rather than being its verb ("the Chinese envoy to …", "… who"). */
export const ROLE_CONTINUES = token(['of', 'to', 'and', 'on', 'in', 'at', 'who', 'that']);
