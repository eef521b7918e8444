// Descriptions that stand for a speaker named earlier or beside them, as news (US political copy above all) writes
// them: an age ("the 52-year-old"), an apposition missing its comma ("Robert McFarlane, an assistant state attorney
// general said"), and the entry for "they", ages and parties (groups.ts, party-members.ts; offices: office-holders.ts).
// Each names only someone the text introduced that way; with no such evidence the caller keeps the words.
import type { Entity, Span } from '../../model/analysis.js';
import { CUE_FORMS } from '../../lang/en/speech.js';
import { AGE_AFTER_NAME, AGE_BEFORE_NAME, AGE_DESCRIPTION, PARTY_DESCRIPTION_RE } from '../../lang/en/quote-cues.js';
import { overlapping } from './by-name.js';
import { opensSentence, sentenceBefore } from './antecedents.js';
import { sentenceSubject } from './speaker.js';
import { groupSpeaker } from './groups.js';
import { REACH } from './office-holders.js';
import { partyMember } from './party-members.js';
import type { Previous, Resolved, SpeakerContext } from './resolve.js';

/**
 * "the 52-year-old said": the person named with that age ("Sorensen, 52,", "52-year-old Nina Sorensen"), else, for the
 * bare age, the person who is the subject of the sentence before in the same paragraph ("Sorensen dismissed the
 * remarks. “…,” the 52-year-old said"), unless named with another age ("Nina Sorensen, 47,", "47-year-old Nina
 * Sorensen"). An age with a job ("the 67-year-old retired teacher") introduces someone new as often as not: only the
 * age named with a person counts for it. None otherwise.
 */
export function agedPerson(ctx: SpeakerContext, span: Span, words: string): Resolved | null {
  const described = AGE_DESCRIPTION.exec(words.trim());
  const age = described?.[1];
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
  // ("said the 67-year-old retired teacher who …": the phrase may have been cut at the age; the job after it counts)
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(ctx.text.slice(span.end, span.end + 40))?.[1];
  if (!/-year-old$/.test(described[0]!) || (next && !CUE_FORMS.has(next) && !/ly$/.test(next))) return null;
  const e = subjectJustBefore(ctx, span, false);
  const otherAge = e?.mentions.some((m) => {
    const a = AGE_AFTER_NAME.exec(ctx.text.slice(m.end, m.end + 8))?.[1] ?? AGE_BEFORE_NAME.exec(ctx.text.slice(Math.max(0, m.start - 16), m.start))?.[1];
    return !!a && a !== age;
  });
  return e && !otherAge ? { speaker: e.id, speakerName: e.name } : null;
}

/**
 * The person who is the subject of the sentence before the description's, in the same paragraph; with
 * `acrossParagraphs`, also the one closing the paragraph before when the description's sentence opens its own
 * ("Carrow, who is up for re-election, brushed off the attack." ¶ "“…,” the Maine Republican said").
 */
export function subjectJustBefore(ctx: SpeakerContext, span: Span, acrossParagraphs: boolean): Entity | null {
  const prev = sentenceBefore(ctx, span.start, acrossParagraphs);
  if (!prev) return null;
  const subject = sentenceSubject(ctx.masked, prev.start, prev.end);
  const e = subject ? overlapping(ctx, subject) : null;
  return e?.type === 'person' ? e : null;
}

/**
 * A speaker phrase that stands for someone named before it: "they" after a group, "the 52-year-old", "the Democrat"
 * (each above); null when it is none of these or names no one.
 */
export function describedBefore(ctx: SpeakerContext, span: Span, words: string, previous: Previous | null | undefined): Resolved | null {
  if (words.toLowerCase() === 'they') return groupSpeaker(ctx, span, previous, null);
  const party = PARTY_DESCRIPTION_RE.exec(words.trim());
  return agedPerson(ctx, span, words) ?? (party ? partyMember(ctx, span, words, party[1]!, (c, sp) => subjectJustBefore(c, sp, true)) : null);
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
