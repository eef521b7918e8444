// Speakers found by name rather than by position: a name the entity layer left unmarked at the cue ("The Biden
// campaign"), the name after a role word ("AIP chairman Markham Robinson"), and the labelled speaker of a transcript
// answer ("((Name)) … I said").
import type { Entity, Span } from '../../model/analysis.js';
import { TITLE_WORDS } from '../../lang/en/entities.js';
import { NAME_PARTICLE_PREFIX } from '../../lang/en/entity-cues.js';
import { DETERMINERS } from '../../lang/en/speaker-phrases.js';
import { COURTESY_TITLE_WORD } from '../../lang/en/titles.js';
import { INSTITUTION_NAME, INTERVIEWER_LABEL_RE, NAME_PARTICLE_RE, TRANSCRIPT_LABEL_RE } from '../../lang/en/quote-cues.js';
import { sentenceIndexAt } from '../document.js';
import { sentenceSubject } from './speaker.js';
import type { Resolved, SpeakerContext } from './resolve.js';

/** The speaker a transcript block is labelled with ("((Name)) …", "NAME: …"), not the interviewer's. */
export function transcriptLabel(ctx: SpeakerContext, pos: number): Resolved | null {
  const at = ctx.blocks.findIndex((b) => pos >= b.start && pos < b.end);
  if (at < 0) return null;
  // an answer running over several paragraphs: the label of the nearest labelled paragraph before (a few back)
  let name: string | undefined;
  for (let i = at; i >= Math.max(0, at - 6) && !name; i--) {
    const block = ctx.blocks[i]!;
    const m = TRANSCRIPT_LABEL_RE.exec(ctx.text.slice(block.start, Math.min(block.end, block.start + 80)));
    name = m?.[1] ?? m?.[2];
  }
  if (!name || INTERVIEWER_LABEL_RE.test(name)) return null;
  // "CALLOWAY: … I said": the label in running-text case names "Renee Calloway"
  const cased = labelName(name);
  const e = byName(ctx, name) ?? byName(ctx, name.split(/\s+/).pop()!) ?? (cased ? byName(ctx, cased) ?? byName(ctx, cased.split(' ').pop()!) : null);
  return e ? { speaker: e.id, speakerName: e.name } : { speaker: null, speakerName: name };
}

/**
 * "GOV. RENEE CALLOWAY" → "Renee Calloway": a speaker label's name words in running-text case, the titles before the
 * name dropped ("SENIOR ADMINISTRATION OFFICIAL", a role alone, stays whole).
 */
export function labelName(label: string): string {
  const words = label.split(/\s+/);
  const isTitle = (w: string) => TITLE_WORDS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, ''));
  let k = 0;
  while (k < words.length - 1 && isTitle(words[k]!)) k++;
  return words.slice(k).map((w) => w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())).join(' ');
}

/**
 * The one person (else the one organisation) whose name or last name is the capitalised words of `words`
 * ("Biden" → Joe Biden, "Mr Okoro" → Chidi Okoro); null when none or several fit.
 */
export function byName(ctx: SpeakerContext, words: string): Entity | null {
  const caps = words.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase()) && !COURTESY_TITLE_WORD.test(w));
  if (!caps.length || caps.length > 3) return null;
  const key = caps.join(' ');
  for (const type of ['person', 'organization']) {
    const fits = ctx.entities.filter((e) => e.type === type && (e.name === key || e.name.endsWith(` ${key}`) || e.aliases.includes(key)));
    if (fits.length === 1) return fits[0]!;
    if (fits.length > 1) {
      // two Bidens: the one already quoted, else the one the article is about (twice the mentions of any other)
      const quoted = fits.filter((e) => ctx.quoted?.has(e.id));
      if (quoted.length === 1) return quoted[0]!;
      const [a, b] = fits.sort((x, y) => y.mentions.length - x.mentions.length);
      return a!.mentions.length >= 2 * b!.mentions.length ? a! : null;
    }
  }
  return null;
}

const TYPE_RANK: Record<string, number> = { person: 0, organization: 1, other: 2, place: 3 };

/** Every mention of the context's entities by start, with its order in the entity list (ties go to the first). */
interface MentionIndex { count: number; starts: Int32Array; ends: Int32Array; order: Int32Array; owners: Entity[]; longest: number }
const indexes = new WeakMap<Entity[], MentionIndex>();

function mentionIndex(entities: Entity[]): MentionIndex {
  const count = entities.reduce((n, e) => n + e.mentions.length, 0);
  const known = indexes.get(entities);
  if (known && known.count === count) return known;
  const all: Array<{ s: number; e: number; o: number; owner: Entity }> = [];
  for (const owner of entities) for (const m of owner.mentions) all.push({ s: m.start, e: m.end, o: all.length, owner });
  all.sort((a, b) => a.s - b.s || a.o - b.o);
  const index: MentionIndex = {
    count, starts: Int32Array.from(all, (x) => x.s), ends: Int32Array.from(all, (x) => x.e), order: Int32Array.from(all, (x) => x.o),
    owners: all.map((x) => x.owner), longest: all.reduce((n, x) => Math.max(n, x.e - x.s), 0),
  };
  indexes.set(entities, index);
  return index;
}

/**
 * The entity with a mention overlapping `span`: a person first, then the longest mention (ties: the first in entity
 * order). Read from a sorted index of the mentions, since it is asked once per cue: a scan of every mention made
 * pages of cues quadratic.
 */
export function overlapping(ctx: SpeakerContext, span: Span): Entity | null {
  const { starts, ends, order, owners, longest } = mentionIndex(ctx.entities);
  // the mentions starting before the span's end, walked back while one could still reach into the span
  let lo = 0, hi = starts.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid]! < span.end) lo = mid + 1; else hi = mid; }
  let best: { e: Entity; rank: number; end: number; order: number } | null = null;
  for (let i = lo - 1; i >= 0 && starts[i]! + longest > span.start; i--) {
    if (ends[i]! <= span.start) continue;
    const e = owners[i]!, rank = TYPE_RANK[e.type] ?? 4, end = ends[i]!;
    if (!best || rank < best.rank || (rank === best.rank && (end > best.end || (end === best.end && order[i]! < best.order)))) best = { e, rank, end, order: order[i]! };
  }
  return best?.e ?? null;
}

/** A word of a person's name: capitalised ("Eastman", "C."), a particle ("bin", "von") or a prefixed surname ("el-Sisi"). */
const nameWord = (w: string, first: boolean) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || NAME_PARTICLE_PREFIX.test(w) || (!first && NAME_PARTICLE_RE.test(w) && w !== 'of');

/** "Speaker John Bercow", "chairman Markham Robinson": a role word, then two to four name words ending the phrase. */
function nameAfterRole(words: string): string | null {
  const ws = words.split(/\s+/);
  for (let n = 2; n <= 4 && n < ws.length; n++) {
    const name = ws.slice(-n);
    if (TITLE_WORDS.has(ws[ws.length - n - 1]!.toLowerCase()) && name.every((w, i) => nameWord(w, i === 0))) return name.join(' ');
  }
  return null;
}

/** The name after a role in "AIP chairman Markham Robinson": its person entity, the person known by that name, or the name itself. */
export function titledName(ctx: SpeakerContext, span: Span, words: string): Resolved | null {
  const name = nameAfterRole(words.trim());
  if (!name || !ctx.text.slice(span.start, span.end).trimEnd().endsWith(name)) return null;
  const end = span.start + ctx.text.slice(span.start, span.end).trimEnd().length;
  return namedPerson(ctx, { start: end - name.length, end }, name);
}

/** A name's person entity, the one person known by it, else the name itself; null when it names something else. */
function namedPerson(ctx: SpeakerContext, span: Span, name: string): Resolved | null {
  const e = overlapping(ctx, span);
  if (e && e.type === 'person') return { speaker: e.id, speakerName: e.name };
  const known = byName(ctx, name);
  if (known?.type === 'person') return { speaker: known.id, speakerName: known.name };
  if (e || known || INSTITUTION_NAME.test(name)) return null;
  return { speaker: null, speakerName: name };
}

/**
 * "Professor John C. Eastman of Chapman University", "John Moss of Acme": a head that is a name (after any role
 * words) speaks itself, even when the entity layer marked only the organisation of the complement.
 */
export function nameOfHead(ctx: SpeakerContext, head: Span, headWords: string): Resolved | null {
  const titled = titledName(ctx, head, headWords);
  if (titled) return titled;
  const ws = headWords.trim().split(/\s+/);
  if (ws.length > 4 || !ws.every((w, i) => nameWord(w, i === 0) && !TITLE_WORDS.has(w.toLowerCase())) || DETERMINERS.has(ws[0]!.toLowerCase())) return null;
  // one capitalised word is a name only when the article names a person by it ("Part of the ruling", "Critics of")
  if (ws.length === 1) { const known = byName(ctx, ws[0]!); return known?.type === 'person' ? { speaker: known.id, speakerName: known.name } : null; }
  return namedPerson(ctx, head, headWords.trim());
}

/** The full name when a person entity's mention stops short of the capitalised words ending the head. */
export function wholerName(ctx: SpeakerContext, e: Entity, head: Span): Resolved | null {
  const m = e.mentions.find((x) => x.start < head.end && x.end > head.start);
  if (!m || m.end >= head.end) return null;
  const rest = ctx.text.slice(m.end, head.end);
  if (!/^(?:\s*\p{Lu}[\p{L}'’.-]*)+\s*$/u.test(rest)) return null;
  const name = ctx.text.slice(m.start, head.end).trim();
  const known = byName(ctx, name);
  return known?.type === 'person' ? { speaker: known.id, speakerName: known.name } : { speaker: null, speakerName: name };
}

/**
 * The subjects of the sentence holding `span` (its part before `span`) and of the sentence before, nearest first, each
 * with the entity it names (or null): where a description ("the senator", "the committee") looks first for whom it means.
 */
export function subjectsBefore(ctx: SpeakerContext, span: Span): Array<{ subject: Span; entity: Entity | null }> {
  const sents = ctx.doc?.sentences;
  const i = sents?.length ? sentenceIndexAt(sents, span.start) : -1;
  const out: Array<{ subject: Span; entity: Entity | null }> = [];
  for (const k of [i, i - 1]) {
    const sn = k >= 0 ? sents![k]! : undefined;
    const subject = sn ? sentenceSubject(ctx.masked, sn.start, Math.min(sn.end, span.start)) : null;
    if (subject && subject.end <= span.start) out.push({ subject, entity: overlapping(ctx, subject) });
  }
  return out;
}
