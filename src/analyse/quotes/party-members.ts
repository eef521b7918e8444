// Descriptions by party, as US political copy writes them: "Sen. Paula Moreno, D-Ariz." … "the Democrat added";
// "Republican Rep. Tim Gorsuch" … "the Ohio Republican said". Each names only someone the text named as one of the
// party's (of the same state when both say one); with no such evidence the caller keeps the words.
import type { Entity, Span } from '../../model/analysis.js';
import { US_STATE_AP_ABBREVIATIONS } from '../../lang/en/us-states.js';
import { ARTICLES } from '../../lang/en/determiners.js';
import { PARTIES, PARTY_NOUNS_ALSO_TITLES } from '../../lang/en/quote-cues.js';
import { alternation } from '../../lang/alternation.js';
import { REACH } from './office-holders.js';
import type { Resolved, SpeakerContext } from './resolve.js';

type Party = (typeof PARTIES)[number];

/**
 * Is the mention `m` named as one of the party's: a party-state tag after it ("Moreno, D-Ariz.", "(R-S.C.)"), the party's
 * adjective a few title words before it ("Democratic Sen. X"), or an apposition ("X, a Democrat from Ohio,")?
 */
function namedAsMember(ctx: SpeakerContext, m: Span, party: Party): string | null {
  const { after, before } = memberPatterns(party);
  return after.exec(ctx.text.slice(m.end, m.end + 60))?.[0] ?? before.exec(ctx.text.slice(Math.max(0, m.start - 50), m.start))?.[0] ?? null;
}
/**
 * The place words of a party description or its evidence: "Ohio" of "the Ohio Republican", "Texas" of "R-Texas",
 * "New York" of "D-N.Y." (AP abbreviations spelled out).
 */
function placeWords(words: string, party: Party): string[] {
  const spelled = words.replace(/\b(?:\p{Lu}\p{Ll}{0,4}\.){1,2}(?:\p{Lu}\p{Ll}{0,4}\.)?/gu, (a) => US_STATE_AP_ABBREVIATIONS[a] ?? a);
  return (spelled.match(/\p{Lu}\p{Ll}+(?![.\p{L}])/gu) ?? [])
    .filter((w) => w !== party.noun && w !== party.adjective && !(ARTICLES as readonly string[]).includes(w.toLowerCase()));
}
/** "of Maine", "from Maine" right after a name, for a description's place words. */
const ofState = (after: string, described: string[]) => described.some((w) => new RegExp(`^,?\\s+(?:of|from)\\s+${w}\\b`, 'u').test(after));
/** "the Louisiana Republican" is not the one named "a Texas Republican" (abbreviated states, "R-La.", are not compared). */
const agrees = (described: string[], evidence: string[]) => !described.length || !evidence.length || evidence.some((w) => described.includes(w));
const memberCache = new Map<Party, { after: RegExp; before: RegExp }>();
function memberPatterns(party: Party): { after: RegExp; before: RegExp } {
  let p = memberCache.get(party);
  if (!p) {
    p = {
      after: new RegExp(String.raw`^(?:,\s*|\s*\()${party.letter}-(?:\p{Lu}\p{Ll}*\.?){1,3}(?:\s\p{Lu}\p{Ll}+\.?)?|^,\s+(?:${alternation(ARTICLES)})\s+(?:[\p{L}-]+\s+){0,2}${party.noun}\b`, 'u'),
      before: new RegExp(String.raw`\b(?:${party.adjective}|${party.noun})\s+(?:\p{Ll}+\s+|\p{Lu}\p{Ll}*\.\s+){0,3}$`, 'u'),
    };
    memberCache.set(party, p);
  }
  return p;
}

/**
 * "the Democrat", "the Ohio Republican": the person last named as one of the party's before it (and of the same state
 * when both say one). None otherwise: the fallback to the sentence's subject or the person just quoted (session 21)
 * gave "the Democrat reported" (the Tallahassee Democrat) to the governor and "The Independent wrote" to a party
 * leader, and changed no bench part. "the Independent" names no one: it is as often the newspaper. `words`: the
 * description; `subjectBefore`: the person just before it, tried for a description with a state (session 24).
 */
export function partyMember(ctx: SpeakerContext, span: Span, words: string, noun: string, subjectBefore?: (ctx: SpeakerContext, span: Span) => Entity | null): Resolved | null {
  const party = PARTIES.find((p) => p.noun === noun);
  if (!party || PARTY_NOUNS_ALSO_TITLES.includes(party.noun)) return null;
  const described = placeWords(words, party);
  const inReach = (m: Span) => m.end <= span.start && m.start >= span.start - REACH && ctx.masked[m.start] !== '_';
  let best: { e: Entity; at: number } | null = null;
  for (const e of ctx.entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      if (!inReach(m) || (best && m.start < best.at)) continue;
      const evidence = namedAsMember(ctx, m, party);
      if (evidence && agrees(described, placeWords(evidence, party))) best = { e, at: m.start };
    }
  }
  if (best) return { speaker: best.e.id, speakerName: best.e.name };
  // "Dwight Carrow of Maine … brushed off the attack" ¶ "“…,” the Maine Republican said": with a state in the
  // description (a newspaper is "the Democrat" alone), the subject just before it when named as of that state, unless
  // named as another party's ("Gov. Paula Stroud attacked her challenger. “…,” the Ohio Republican responded" is the
  // challenger's)
  const subject = described.length ? subjectBefore?.(ctx, span) : null;
  if (!subject || !subject.mentions.some((m) => ofState(ctx.text.slice(m.end, m.end + 40), described))) return null;
  const otherParty = PARTIES.some((p) => p !== party && subject.mentions.some((m) => namedAsMember(ctx, m, p)));
  const otherState = subject.mentions.some((m) => { const ev = namedAsMember(ctx, m, party); return !!ev && !agrees(described, placeWords(ev, party)); });
  return otherParty || otherState ? null : { speaker: subject.id, speakerName: subject.name };
}
