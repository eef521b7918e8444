// Descriptions by office: "the governor", "the senator", "the lawmaker" for a person named earlier after an
// abbreviated title ("Gov. Maria Delgado"), which the entity layer keeps no role for; and whether a person is known by
// another office than a description's ("press secretary" is no "the president").
import type { Entity, Span } from '../../model/analysis.js';
import { OFFICE_TITLE_FORMS, OTHER_OFFICE_ABBREVIATIONS } from '../../lang/en/titles.js';
import { CAPITALISED_NAME } from '../../lang/en/speaker-phrases.js';
import { OTHER_OFFICE_MODIFIERS, PERSON_NOUN, POSSESSIVE_AFTER, SAME_OFFICE_NOUNS } from '../../lang/en/quote-cues.js';
import { overlapping, subjectsBefore } from './by-name.js';
import type { Previous, Resolved, SpeakerContext } from './resolve.js';

/** How far back a description looks for the name it stands for (as resolve.ts's titles). */
export const REACH = 20_000;
/** A name right after a title (sticky: tried only where a title ends). */
const NAME_AFTER_TITLE = new RegExp(String.raw`\s+(${CAPITALISED_NAME})`, 'uy');
const WORD_BEFORE = /([\p{L}.]+)\s+$/u;
const TOKEN_BEFORE = /(\S+)\s+$/u;
/** A title glued to a word before it ("then-Gov.", "ex-Sen.") is another office (a letter or hyphen right before). */
const GLUED = /[\p{L}-]/u;
const LETTER = /\p{L}/u;

/** The other-office word before a title at `h` ("former Gov.", "Lt. Gov."), or null. */
function otherOfficeBefore(text: string, h: number): string | null {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, h - 24), h))?.[1] ?? '';
  return OTHER_OFFICE_ABBREVIATIONS[before] ?? ((OTHER_OFFICE_MODIFIERS as readonly string[]).includes(before.toLowerCase()) ? before.toLowerCase() : null);
}

/** Is the mention `m` named after one of the title forms, of the description's office (`office`: "former", or null)? */
function titledAs(text: string, m: Span, forms: readonly string[], office: string | null): boolean {
  const inside = forms.find((f) => text.startsWith(`${f} `, m.start));
  const tok = inside ? null : TOKEN_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
  const form = inside ?? (tok && forms.includes(tok[1]!) ? tok[1]! : null);
  if (!form) return false;
  const h = inside ? m.start : m.start - tok![0].length;
  if (h > 0 && GLUED.test(text[h - 1]!)) return false;
  return otherOfficeBefore(text, h) === office;
}

/** Is the entity named with the title within the description's reach, before it? */
function entityTitled(ctx: SpeakerContext, e: Entity, span: Span, forms: readonly string[], office: string | null): boolean {
  const lo = span.start - REACH, hi = span.start;
  return e.type === 'person' && e.mentions.some((m) => m.start >= lo && m.end <= hi && titledAs(ctx.masked, m, forms, office));
}

/**
 * "the governor" → in turn: the person just quoted, if named after "Gov." or "Governor"; the subject of this sentence
 * or the one before, if so named (there or earlier); else the person last named so, who is not a possessor ("Sen. Omar Ruiz's bill").
 * "the former governor" only counts "former Gov."; "Lt. Gov. X", "then-Gov. X" and "ex-Sen. X" hold other offices.
 * `office`: the other-office word of the description, if any. The titles of the last step are found by lastIndexOf
 * back from the description, stopping at the first that names a person (a pattern tried at every position of the
 * 20,000 characters before each description made a page of descriptions slow).
 */
export function officeHolder(ctx: SpeakerContext, span: Span, head: string, office: string | null, previous?: Previous | null): Resolved | null {
  const forms = OFFICE_TITLE_FORMS[head];
  if (!forms) return null;
  const text = ctx.masked, from = Math.max(0, span.start - REACH);
  const quoted = previous?.resolved.speaker ? ctx.entities.find((x) => x.id === previous.resolved.speaker) : undefined;
  if (quoted && entityTitled(ctx, quoted, span, forms, office)) return previous!.resolved;
  // (a subject named bare, "Park had ruled", counts when it was named with the title earlier: "Judge Amy Park")
  for (const { entity: e } of subjectsBefore(ctx, span)) {
    if (e && entityTitled(ctx, e, span, forms, office)) return { speaker: e.id, speakerName: e.name };
  }
  let last: { e: Entity; at: number } | null = null;
  for (const form of forms) {
    // walked back from the description: the first title that names a person is this form's latest
    for (let h = text.lastIndexOf(form, span.start - 1); h >= from; h = h > 0 ? text.lastIndexOf(form, h - 1) : -1) {
      if (last && h < last.at) break;
      if ((h > 0 && GLUED.test(text[h - 1]!)) || LETTER.test(text[h + form.length] ?? '')) continue;
      NAME_AFTER_TITLE.lastIndex = h + form.length;
      const name = NAME_AFTER_TITLE.exec(text);
      if (!name || name.index + name[0].length > span.start) continue;
      if (otherOfficeBefore(text, h) !== office) continue;
      const at = name.index + name[0].length - name[1]!.length;
      const e = overlapping(ctx, { start: at, end: at + name[1]!.length });
      if (e?.type !== 'person') continue;
      const m = e.mentions.find((x) => x.start <= at && x.end > at);
      if (POSSESSIVE_AFTER.test(ctx.text.slice(m?.end ?? at + name[1]!.length, (m?.end ?? at + name[1]!.length) + 3))) continue;
      if (!last || at > last.at) last = { e, at };
      break;
    }
  }
  return last ? { speaker: last.e.id, speakerName: last.e.name } : null;
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
