// Descriptions that stand for a speaker named earlier or beside them, as news (US political copy above all) writes
// them: an office abbreviated before the name ("Gov. Maria Delgado" … "the governor said"), a party ("Sen. Paula Moreno,
// D-Ariz." … "the Democrat added"), an age ("the 52-year-old"), a group ("Senate Republicans said …. “…,” they said";
// "The Chamber of Commerce praised …. “…,” the group said"), an apposition missing its comma ("Robert McFarlane, an
// assistant state attorney general said"). Each names only someone the text introduced that way; with no such evidence
// the caller keeps the words.
import type { Entity, Span } from '../../model/analysis.js';
import { sentenceIndexAt } from '../document.js';
import { OFFICE_TITLE_FORMS, OTHER_OFFICE_ABBREVIATIONS } from '../../lang/en/titles.js';
import { US_STATE_AP_ABBREVIATIONS } from '../../lang/en/us-states.js';
import { CAPITALISED_NAME, PRONOUNS } from '../../lang/en/speaker-phrases.js';
import { GENERIC_GROUP_HEAD_RE, GROUP_APPOSITION_RE, GROUP_HEAD_RE, INSTITUTION, ONE_PERSON_HEAD, OTHER_OFFICE_MODIFIERS, PARTIES, PARTY_DESCRIPTION_RE, PARTY_NOUN_NAME_RE, PERSON_NOUN, SAME_OFFICE_NOUNS } from '../../lang/en/quote-cues.js';
import { overlapping } from './by-name.js';
import { opensSentence } from './antecedents.js';
import { sentenceSubject } from './speaker.js';
import type { Previous, Resolved, SpeakerContext } from './resolve.js';

/** How far back a description looks for the name it stands for (as resolve.ts's titles). */
const REACH = 20_000;
/** A name right after a title (sticky: tried only where a title ends). */
const NAME_AFTER_TITLE = new RegExp(String.raw`\s+(${CAPITALISED_NAME})`, 'uy');
const WORD_BEFORE = /([\p{L}.]+)\s+$/u;
const LETTER = /\p{L}/u;

/**
 * "the governor" → the person last named after "Gov." or "Governor"; "the former governor" only one named after
 * "former Gov."; "Lt. Gov. X" is never "the governor". `office`: the other-office word of the description, if any.
 * The titles are found by lastIndexOf back from the description, stopping at the first that names a person (a pattern
 * tried at every position of the 20,000 characters before each description made a page of descriptions slow).
 */
export function officeHolder(ctx: SpeakerContext, span: Span, head: string, office: string | null): Resolved | null {
  const forms = OFFICE_TITLE_FORMS[head];
  if (!forms) return null;
  const text = ctx.masked, from = Math.max(0, span.start - REACH);
  let last: { e: Entity; at: number } | null = null;
  for (const form of forms) {
    // walked back from the description: the first title that names a person is this form's latest
    for (let h = text.lastIndexOf(form, span.start - 1); h >= from; h = h > 0 ? text.lastIndexOf(form, h - 1) : -1) {
      if (last && h < last.at) break;
      if ((h > 0 && LETTER.test(text[h - 1]!)) || LETTER.test(text[h + form.length] ?? '')) continue;
      NAME_AFTER_TITLE.lastIndex = h + form.length;
      const name = NAME_AFTER_TITLE.exec(text);
      if (!name || name.index + name[0].length > span.start) continue;
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, h - 24), h))?.[1] ?? '';
      const other = OTHER_OFFICE_ABBREVIATIONS[before] ?? ((OTHER_OFFICE_MODIFIERS as readonly string[]).includes(before.toLowerCase()) ? before.toLowerCase() : null);
      if (other !== office) continue;
      const at = name.index + name[0].length - name[1]!.length;
      const e = overlapping(ctx, { start: at, end: at + name[1]!.length });
      if (e?.type === 'person') { if (!last || at > last.at) last = { e, at }; break; }
    }
  }
  return last ? { speaker: last.e.id, speakerName: last.e.name } : null;
}

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
  return (spelled.match(/\p{Lu}\p{Ll}+(?![.\p{L}])/gu) ?? []).filter((w) => w !== party.noun && w !== party.adjective && w !== 'The');
}
/** "the Louisiana Republican" is not the one named "a Texas Republican" (abbreviated states, "R-La.", are not compared). */
const agrees = (described: string[], evidence: string[]) => !described.length || !evidence.length || evidence.some((w) => described.includes(w));
type Party = (typeof PARTIES)[number];
const memberCache = new Map<Party, { after: RegExp; before: RegExp }>();
function memberPatterns(party: Party): { after: RegExp; before: RegExp } {
  let p = memberCache.get(party);
  if (!p) {
    p = {
      after: new RegExp(String.raw`^(?:,\s*|\s*\()${party.letter}-(?:\p{Lu}\p{Ll}*\.?){1,3}(?:\s\p{Lu}\p{Ll}+\.?)?|^,\s+(?:a|the)\s+(?:[\p{L}-]+\s+){0,2}${party.noun}\b`, 'u'),
      before: new RegExp(String.raw`\b(?:${party.adjective}|${party.noun})\s+(?:\p{Ll}+\s+|\p{Lu}\p{Ll}*\.\s+){0,3}$`, 'u'),
    };
    memberCache.set(party, p);
  }
  return p;
}

/**
 * "the Democrat", "the Ohio Republican": the person last named as one of the party's before it (and of the same state
 * when both say one); with no one so named, the person who is the subject of the sentence before in the paragraph, else
 * the person just quoted, unless named as one of another party. None otherwise. `words`: the description.
 */
export function partyMember(ctx: SpeakerContext, span: Span, words: string, noun: string, previous: Previous | null | undefined): Resolved | null {
  const party = PARTIES.find((p) => p.noun === noun);
  if (!party) return null;
  const described = placeWords(words, party);
  const inReach = (m: Span) => m.end <= span.start && m.start >= span.start - REACH && ctx.masked[m.start] !== '_';
  const otherParty = (e: Entity) => PARTIES.some((p) => p !== party && e.mentions.some((m) => inReach(m) && namedAsMember(ctx, m, p)));
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
  const sents = ctx.doc?.sentences;
  const i = sents?.length ? sentenceIndexAt(sents, span.start) : -1;
  const prev = i > 0 ? sents![i - 1]! : undefined;
  const subject = prev && prev.block === sents![i]!.block ? sentenceSubject(ctx.masked, prev.start, prev.end) : null;
  const e = subject ? overlapping(ctx, subject) : null;
  if (e?.type === 'person' && !otherParty(e)) return { speaker: e.id, speakerName: e.name };
  const quoted = previous?.resolved.speaker ? ctx.entities.find((x) => x.id === previous.resolved.speaker) : undefined;
  return quoted?.type === 'person' && !otherParty(quoted) ? previous!.resolved : null;
}

/**
 * A group or organisation as a speaker: an organisation entity, or words whose head is an institution, a party's
 * members or people of a role ("officials", "Senate Republicans", "lawmakers"; not "Results").
 */
function isGroup(ctx: SpeakerContext, r: Resolved): boolean {
  if (r.speaker) return ctx.entities.find((e) => e.id === r.speaker)?.type === 'organization';
  const words = (r.speakerName ?? '').trim();
  const head = words.split(/\s+/).pop()?.toLowerCase() ?? '';
  return !!head && !PRONOUNS.has(head) && !ONE_PERSON_HEAD.test(head) && !/^(?:a|an|one)\s/i.test(words)
    && (INSTITUTION.test(head) || PARTY_NOUN_NAME_RE.test(words.split(/\s+/).pop()!) || (/[^s'’]s$/.test(head) && PERSON_NOUN.test(head.replace(/e?s$/, ''))));
}

/**
 * "they" or "the group" after a group spoke or acted: the group that is the subject of the sentence before ("Senate
 * Republicans said they …. “…,” they said in a statement"; "Two witnesses saw him. “…,” they said"); when that sentence
 * has no subject outside quotation marks, the group quoted just before. "the committee", "the chamber": the last
 * organisation named with that word ("Armed Services Committee"); "the group", "the organization": the organisation
 * that is the subject of the sentence before. `noun`: the description's head (null for "they").
 */
export function groupSpeaker(ctx: SpeakerContext, span: Span, previous: Previous | null | undefined, noun: string | null): Resolved | null {
  if (noun && GROUP_HEAD_RE.test(noun)) return namedOrganisation(ctx, span, noun);
  if (noun) return null;
  const sents = ctx.doc?.sentences;
  const i = sents?.length ? sentenceIndexAt(sents, span.start) : -1;
  const prev = i > 0 ? sents![i - 1]! : undefined;
  if (!prev || prev.block < sents![i]!.block - 1) return null;
  const subject = sentenceSubject(ctx.masked, prev.start, prev.end);
  if (!subject) return previous && isGroup(ctx, previous.resolved) ? previous.resolved : null;
  const e = overlapping(ctx, subject);
  const r: Resolved = e ? { speaker: e.id, speakerName: e.name } : { speaker: null, speakerName: ctx.text.slice(subject.start, subject.end) };
  return isGroup(ctx, r) ? r : null;
}

/** "the committee said": the last organisation named with the noun in its name; "the group said": the sentence before's organisation subject. */
function namedOrganisation(ctx: SpeakerContext, span: Span, noun: string): Resolved | null {
  if (GENERIC_GROUP_HEAD_RE.test(noun)) {
    const sents = ctx.doc?.sentences;
    const i = sents?.length ? sentenceIndexAt(sents, span.start) : -1;
    const prev = i > 0 ? sents![i - 1]! : undefined;
    const subject = prev && prev.block >= sents![i]!.block - 1 ? sentenceSubject(ctx.masked, prev.start, prev.end) : null;
    if (!subject) return null;
    const e = overlapping(ctx, subject);
    if (e?.type === 'organization') return { speaker: e.id, speakerName: e.name };
    // "Equality Ohio, an LGBTQ advocacy group, praised …" (whatever the entity layer typed it): the apposition says group
    if (e?.type === 'person' || !GROUP_APPOSITION_RE.test(ctx.masked.slice(subject.end, subject.end + 90))) return null;
    return e ? { speaker: e.id, speakerName: e.name } : { speaker: null, speakerName: ctx.text.slice(subject.start, subject.end) };
  }
  const word = new RegExp(`\\b${noun}\\b`, 'i');
  let best: { e: Entity; at: number } | null = null;
  for (const e of ctx.entities) {
    if (e.type !== 'organization' || !word.test(e.name)) continue;
    for (const m of e.mentions) if (m.end <= span.start && m.start >= span.start - REACH && (!best || m.start > best.at)) best = { e, at: m.start };
  }
  return best ? { speaker: best.e.id, speakerName: best.e.name } : null;
}

/** "the 52-year-old": a description by age (group 1). */
const AGE_DESCRIPTION = /^[Tt]he\s+(\d{1,3})-year-old$/;

/**
 * "the 52-year-old said": the person named with that age ("Sorensen, 52,", "52-year-old Nina Sorensen"), else the person
 * who is the subject of the sentence before in the same paragraph ("Sorensen dismissed the remarks. “…,” the
 * 52-year-old said"). None otherwise.
 */
export function agedPerson(ctx: SpeakerContext, span: Span, words: string): Resolved | null {
  const age = AGE_DESCRIPTION.exec(words.trim())?.[1];
  if (!age) return null;
  const after = new RegExp(`^,\\s*${age}\\b`), before = new RegExp(`\\b${age}-year-old\\s+(?:[\\p{L}.]+\\s+){0,3}$`, 'u');
  let best: { e: Entity; at: number } | null = null;
  for (const e of ctx.entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      if (m.end > span.start || m.start < span.start - REACH || (best && m.start < best.at)) continue;
      if (after.test(ctx.text.slice(m.end, m.end + 8)) || before.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) best = { e, at: m.start };
    }
  }
  if (best) return { speaker: best.e.id, speakerName: best.e.name };
  const sents = ctx.doc?.sentences;
  const i = sents?.length ? sentenceIndexAt(sents, span.start) : -1;
  const prev = i > 0 ? sents![i - 1]! : undefined;
  if (!prev || prev.block !== sents![i]!.block) return null;
  const subject = sentenceSubject(ctx.masked, prev.start, prev.end);
  const e = subject ? overlapping(ctx, subject) : null;
  return e?.type === 'person' ? { speaker: e.id, speakerName: e.name } : null;
}

/**
 * Is the entity known by another office than the description's: a role whose head is another person noun ("press
 * secretary" for "the president"), or the same head with other other-office words ("Former Vice President" for "the
 * former president"). `office`: the description's other-office word, if any.
 */
export function holdsOtherOffice(ctx: SpeakerContext, id: string, noun: string, office: string | null): boolean {
  const roles = ctx.entities.find((e) => e.id === id)?.roles ?? [];
  const same = (head: string) => head === noun || SAME_OFFICE_NOUNS.some((g) => g.includes(head) && g.includes(noun));
  const modifiers = (r: string) => r.toLowerCase().split(/\s+/).filter((w) => (OTHER_OFFICE_MODIFIERS as readonly string[]).includes(w)).sort().join(' ');
  return roles.some((r) => {
    const head = r.trim().split(/\s+/).pop()!.toLowerCase();
    return PERSON_NOUN.test(head) && (!same(head) || modifiers(r) !== (office ?? ''));
  });
}

/**
 * A speaker phrase that stands for someone named before it: "they" after a group, "the 52-year-old", "the Democrat"
 * (each above); null when it is none of these or names no one.
 */
export function describedBefore(ctx: SpeakerContext, span: Span, words: string, previous: Previous | null | undefined): Resolved | null {
  if (words.toLowerCase() === 'they') return groupSpeaker(ctx, span, previous, null);
  const party = PARTY_DESCRIPTION_RE.exec(words.trim());
  return agedPerson(ctx, span, words) ?? (party ? partyMember(ctx, span, words, party[1]!, previous) : null);
}

/**
 * "“…,” Robert McFarlane, an assistant state attorney general said Tuesday": a description whose closing comma is
 * missing, apposed to the person named right before it, is that person.
 */
export function apposedPerson(ctx: SpeakerContext, at: number): Resolved | null {
  const before = /,\s*$/.exec(ctx.text.slice(Math.max(0, at - 4), at));
  if (!before) return null;
  const comma = at - before[0].length;
  const e = overlapping(ctx, { start: comma - 1, end: comma });
  const m = e?.type === 'person' ? e.mentions.find((x) => x.end === comma) : undefined;
  // the name must be the attribution's own subject: opening its sentence or right after the closing mark ("Asked
  // about Vladimir Putin, the spokesman said" is no apposition)
  return m && opensAttribution(ctx, m.start) ? { speaker: e!.id, speakerName: e!.name } : null;
}

/** Does `pos` open its sentence, or follow a quotation's closing mark ("“…,” Robert McFarlane, …")? */
function opensAttribution(ctx: SpeakerContext, pos: number): boolean {
  if (/[”"]\s*,?\s*$/.test(ctx.masked.slice(Math.max(0, pos - 4), pos))) return true;
  return opensSentence(ctx, pos);
}
