// Groups as speakers: "they" after a group spoke or acted ("Senate Republicans said …. “…,” they said"), "the group",
// "the committee" for an organisation named before. Each names only a group the text put there; with no such evidence
// the caller keeps the words.
import type { Entity, Span } from '../../model/analysis.js';
import { PRONOUNS } from '../../lang/en/speaker-phrases.js';
import { GENERIC_GROUP_HEAD_RE, GROUP_APPOSITION_RE, GROUP_HEAD_RE, INSTITUTION, KIND_OF_ORGANISATION_HEAD_RE, MEDIA_HEAD_RE, NEWSPAPER_NAME_RE, NEWSPAPER_WORD_RE, NOT_THE_ACTOR_BEFORE_RE, PUBLIC_BODY_NAME_RE, JOINED_SUBJECT_RE, ONE_PERSON_HEAD, ONE_UNNAMED_RE, PARTY_NOUN_NAME_RE, PERSON_NOUN } from '../../lang/en/quote-cues.js';
import { overlapping, subjectsBefore } from './by-name.js';
import { sentenceSubject } from './speaker.js';
import { sentenceBefore } from './antecedents.js';
import { REACH } from './office-holders.js';
import type { Previous, Resolved, SpeakerContext } from './resolve.js';

/**
 * A group or organisation as a speaker: an organisation entity, or words whose head is an institution, a party's
 * members or people of a role ("officials", "Senate Republicans", "lawmakers"; not "Results").
 */
function isGroup(ctx: SpeakerContext, r: Resolved): boolean {
  if (r.speaker) return ctx.entities.find((e) => e.id === r.speaker)?.type === 'organization';
  const words = (r.speakerName ?? '').trim();
  const head = words.split(/\s+/).pop()?.toLowerCase() ?? '';
  return !!head && !PRONOUNS.has(head) && !ONE_PERSON_HEAD.test(head) && !ONE_UNNAMED_RE.test(words)
    && (INSTITUTION.test(head) || PARTY_NOUN_NAME_RE.test(words.split(/\s+/).pop()!) || (/[^s'’]s$/.test(head) && PERSON_NOUN.test(head.replace(/e?s$/, ''))));
}

/**
 * "they" or "the group" after a group spoke or acted: the group that is the subject of the sentence before ("Senate
 * Republicans said they …. “…,” they said"; "Two witnesses saw him. “…,” they said"), unless joined to another by "and"
 * ("Democrats and Republicans traded blame": they are both); when that sentence has no subject outside quotation marks,
 * the group quoted just before. "the committee", "the chamber": the organisation with that word that is the subject of
 * this sentence or the one before, else the last one named; "the group", "the organization": the organisation that is
 * the subject of the sentence before. `noun`: the description's head (null for "they").
 */
export function groupSpeaker(ctx: SpeakerContext, span: Span, previous: Previous | null | undefined, noun: string | null): Resolved | null {
  if (noun && GROUP_HEAD_RE.test(noun)) return namedOrganisation(ctx, span, noun);
  if (noun) return null;
  const prev = sentenceBefore(ctx, span.start, true);
  if (!prev) return null;
  const subject = sentenceSubject(ctx.masked, prev.start, prev.end);
  if (!subject) return previous && isGroup(ctx, previous.resolved) ? previous.resolved : null;
  if (JOINED_SUBJECT_RE.test(ctx.masked.slice(subject.end, subject.end + 6))) return null;
  const e = overlapping(ctx, subject);
  const r: Resolved = e ? { speaker: e.id, speakerName: e.name } : { speaker: null, speakerName: ctx.text.slice(subject.start, subject.end) };
  return isGroup(ctx, r) ? r : null;
}

/** The organisation that is the subject of this sentence (before `span`) or the one before, whose name `fits`. */
function subjectOrganisation(ctx: SpeakerContext, span: Span, fits: (e: Entity) => boolean): Entity | null {
  return subjectsBefore(ctx, span).find(({ entity: e }) => e?.type === 'organization' && fits(e))?.entity ?? null;
}

/** How many sentences back "the group" may be followed through sentences whose subject is "the group" too. */
const SAME_DESCRIPTION_HOPS = 6;

/** "the committee said": the subject organisation with the noun in its name, else the last named; "the group said": the sentence before's organisation subject. */
function namedOrganisation(ctx: SpeakerContext, span: Span, noun: string): Resolved | null {
  if (KIND_OF_ORGANISATION_HEAD_RE.test(noun)) {
    if (MEDIA_HEAD_RE.test(noun) && !new RegExp(`^the\\s+${noun}$`, 'i').test(ctx.text.slice(span.start, span.end).trim())) return null;
    const sole = soleOrganisationBefore(ctx, span, MEDIA_HEAD_RE.test(noun));
    return sole ? { speaker: sole.id, speakerName: sole.name } : null;
  }
  if (GENERIC_GROUP_HEAD_RE.test(noun)) {
    // "The group, WeWorkers Coalition, formed …. ¶ The group announced …. ¶ However, the group said …. “…,” the group
    // added": back over the sentences whose subject is the same description, to the one that names it
    // (the subject read over the whole sentence may run on into its verb: "The group said")
    // ("The group of scientists at Caltech" is another group)
    const same = new RegExp(`^(?:the|this)\\s+${noun}(?![\\p{L}'’])(?!\\s+of\\b)`, 'iu');
    let prev = sentenceBefore(ctx, span.start, true);
    let subject = prev ? sentenceSubject(ctx.masked, prev.start, prev.end) : null;
    for (let hops = 0; prev && subject && same.test(ctx.text.slice(subject.start, subject.end + 20)) && hops < SAME_DESCRIPTION_HOPS; hops++) {
      prev = sentenceBefore(ctx, prev.start, true);
      subject = prev ? sentenceSubject(ctx.masked, prev.start, prev.end) : null;
    }
    if (!subject) return null;
    const e = overlapping(ctx, subject);
    if (e?.type === 'organization') return { speaker: e.id, speakerName: e.name };
    // "Equality Ohio, an LGBTQ advocacy group, praised …" (whatever the entity layer typed it): the apposition says group
    if (e?.type === 'person' || !GROUP_APPOSITION_RE.test(ctx.masked.slice(subject.end, subject.end + 90))) return null;
    return e ? { speaker: e.id, speakerName: e.name } : { speaker: null, speakerName: ctx.text.slice(subject.start, subject.end) };
  }
  const word = new RegExp(`\\b${noun}\\b`, 'i');
  // "The House Oversight Committee subpoenaed …, a week after the Senate Judiciary Committee declined": the subject
  const subject = subjectOrganisation(ctx, span, (e) => word.test(e.name));
  if (subject) return { speaker: subject.id, speakerName: subject.name };
  let best: { e: Entity; at: number } | null = null;
  for (const e of ctx.entities) {
    if (e.type !== 'organization' || !word.test(e.name)) continue;
    for (const m of e.mentions) if (m.end <= span.start && m.start >= span.start - REACH && (!best || m.start > best.at)) best = { e, at: m.start };
  }
  return best ? { speaker: best.e.id, speakerName: best.e.name } : null;
}

/**
 * The one organisation named, outside quotations, in the sentence before `span`'s (its paragraph or the one before) or in
 * its own before it; null when none or several are ("Greenpeace criticised Shell": which is "the company"?).
 */
function soleOrganisationBefore(ctx: SpeakerContext, span: Span, newspaper: boolean): Entity | null {
  const prev = sentenceBefore(ctx, span.start, true);
  if (!prev) return null;
  const inReach = (m: Span) => m.start >= prev.start && m.end <= span.start && ctx.masked[m.start] !== '_';
  const found = ctx.entities.filter((e) => e.type === 'organization' && e.mentions.some(inReach));
  const sole = found.length === 1 ? found[0]! : null;
  if (!sole) return null;
  const before = (m: Span) => ctx.masked.slice(Math.max(0, m.start - 40), m.start);
  // "the paper": an organisation named as a newspaper ("Centre-left daily Eleftherotypia", "The New York Times"), not
  // "records obtained from the Justice Department"
  if (newspaper) return NEWSPAPER_NAME_RE.test(sole.name) || sole.mentions.some((m) => NEWSPAPER_WORD_RE.test(before(m))) ? sole : null;
  // "the company": not an institution ("The US Commerce Department added it to a blacklist") nor one acting on or
  // beside the company ("reported to it by Google", "rival Apple announced")
  if (PUBLIC_BODY_NAME_RE.test(sole.name)) return null;
  return sole.mentions.some((m) => inReach(m) && NOT_THE_ACTOR_BEFORE_RE.test(before(m))) ? null : sole;
}
