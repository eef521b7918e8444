// Antecedents of he/she/I: the latest compatible person before a pronoun in this paragraph or the one before, skipping
// mentions inside quotations, prepositional objects, addressees of "told" and possessors (unless no one else stands
// before), and preferring the subject of the sentence the antecedent stands in.
import type { Entity, Span } from '../../model/analysis.js';
import { sentenceIndexAt, type Sentence } from '../document.js';
import { BE_FORMS, CLAUSE_CONJUNCTIONS, PARTY_TAG_NAME, spaced, STOP_WORDS, SUBORDINATORS } from '../../lang/en/speaker-phrases.js';
import { CUE_RE, speechForm } from '../../lang/en/speech.js';
import { INSTITUTION_NAME, PARTY_NOUN_NAME_RE } from '../../lang/en/quote-cues.js';
import { byName, overlapping } from './by-name.js';
import { POSSESSIVE_DETERMINERS } from '../../lang/en/determiners.js';
import { pronounGender, type Gender } from './gender.js';
import type { SpeakerContext } from './resolve.js';
import { sentenceSubject } from './speaker.js';
import { quoteFree, quoteFreeSentenceBefore } from './fallback.js';

/**
 * Where a he/she may look back to: this paragraph and the one before, and at least the three sentences before its
 * own (one-sentence paragraphs, as wire copy writes them, would otherwise put the name out of reach).
 */
export function windowStart(ctx: SpeakerContext, pos: number, sentencesBack = SENTENCES_BACK): number {
  const i = blockAt(ctx.blocks, pos);
  let from = i < 0 ? Math.max(0, pos - 1500) : ctx.blocks[Math.max(0, i - 1)]!.start;
  const sents = ctx.doc?.sentences;
  const si = sents?.length ? sentenceIndexAt(sents, pos) : -1;
  // (a position between sentences has none to count back from: -1 would have reached the document's first sentence)
  if (si >= 0) {
    const back = sents![Math.max(0, si - sentencesBack)];
    if (back && back.start < from) from = back.start;
  }
  return from;
}
const SENTENCES_BACK = 3;
/** A subordinator opening a sentence, before its clause's subject ("When ", "After "). */
const OPENING_CLAUSE = new RegExp(`^\\s*(?:${[...SUBORDINATORS, 'After', 'Before', 'Since'].join('|')})\\s+`);
/** A role noun phrase and a comma right before a name: the name is introduced in apposition ("his solicitor, "). */
const ROLE_APPOSED = new RegExp(String.raw`\b(?:${[...POSSESSIVE_DETERMINERS, 'the'].join('|')})\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s*$`, 'u');
/** How many he/she subjects in a row a pronoun's antecedent is followed back through. */
const PRONOUN_CHAIN = 3;

/** The first block holding `pos` (start <= pos <= end; blocks are sorted and disjoint), or -1: a binary search. */
function blockAt(blocks: readonly Span[], pos: number): number {
  let lo = 0, hi = blocks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (blocks[mid]!.end < pos) lo = mid + 1; else hi = mid; }
  return lo < blocks.length && blocks[lo]!.start <= pos ? lo : -1;
}

/**
 * "Microsoft released a patch on Tuesday. “The flaw is critical,” it said": the organisation an "it" speaks for — the
 * subject of the nearest sentence before it that has one (in this paragraph or the one before), when that subject is
 * an organisation, outside quotations and the words being attributed. An organisation named elsewhere in a sentence is
 * no evidence ("Regulators fined the company after a complaint by Google. “…,” it said"), nor one behind a nearer
 * subject that is not an organisation ("Boeing delivered … The agency that oversees aviation released …").
 */
export function organisationBefore(ctx: SpeakerContext, pos: number): { e: Entity; at: number } | null {
  const sents = ctx.doc?.sentences;
  if (!sents) return null;
  const from = windowStart(ctx, pos);
  const own = sentenceIndexAt(sents, pos);
  for (let i = own; i >= 0 && sents[i]!.end > from; i--) {
    const sent = sents[i]!;
    const subj = sentenceSubject(ctx.masked, Math.max(sent.start, from), Math.min(sent.end, pos));
    // "When Microsoft issued its patch in October, it cited …": "it" is the subject itself, after an opening clause;
    // the one organisation named in that clause (outside quotations) is what it stands for
    // (unless another organisation is named in reach: "Boeing expects …. When the FAA questioned that timetable, it
    // said" may be either)
    if (i === own && !subj && sent.start < pos) {
      const named = ctx.entities.filter((e) => e.mentions.some((m) => m.start >= sent.start && m.end <= pos && ctx.masked[m.start] !== '_'));
      const only = named.length === 1 && named[0]!.type === 'organization' ? named[0]! : null;
      if (only && !otherOrganisationNamed(ctx, only, from, sent.start)) return { e: only, at: only.mentions.find((m) => m.start >= sent.start)!.start };
    }
    if (!subj || subj.end > pos || ctx.masked[subj.start] === '_') continue;
    if (ctx.reported && subj.start >= ctx.reported.start && subj.end <= ctx.reported.end) continue;
    const e = overlapping(ctx, subj);
    // (or a "place" the typer could not put on the map, described as something else right after it: "TallGrass, a
    // wholesaler of natural health products, issued a statement"; not "Lake Chad has shrunk")
    const described = e?.type === 'place' && !e.geo && APPOSITION_AFTER.test(ctx.masked.slice(subj.end, subj.end + 80));
    return e?.type === 'organization' || described ? { e: e!, at: subj.start } : null;
  }
  return null;
}

/** An apposition right after a name: ", a wholesaler of natural health products,". */
const APPOSITION_AFTER = /^\s*,\s*(?:a|an|the)\s+[^,;:.]{1,60},/;

/** Whether an organisation other than `e` is named, outside quotations, in [from, to). */
function otherOrganisationNamed(ctx: SpeakerContext, e: Entity, from: number, to: number): boolean {
  // ("Microsoft Security Bulletin" is Microsoft's own)
  return ctx.entities.some((o) => o !== e && o.type === 'organization' && !o.name.includes(e.name) && o.mentions.some((m) => m.start >= from && m.end <= to && ctx.masked[m.start] !== '_'));
}

/** "told X": X is spoken to, not the speaker a later he/she continues. */
const ADDRESSEE_BEFORE = new RegExp(`^(?:${[...speechForm('tell', 'past'), ...speechForm('tell', 's')].join('|')})$`, 'i');

export const compatible = (a: Gender, b: Gender) => !a || !b || a === b;
/** A person, or an entity the typer missed whose name or pronouns show it is one. */
// ("R-Texas", "Democrat" marked as entities label or describe a person, and are none)
export const personLike = (ctx: SpeakerContext, e: Entity) => !PARTY_TAG_NAME.test(e.name) && !PARTY_NOUN_NAME_RE.test(e.name)
  && (e.type === 'person' || (e.type !== 'place' && ctx.genders.get(e.id) != null) || speaksOffTheMap(ctx, e));

/** A cue right after a name, past an apposition and a day: "Baslan Damang, a security official …, on Tuesday told". */
const CUE_AFTER_NAME = new RegExp(String.raw`^(?:\s*,[^,;:.]{1,100},)?\s*(?:(?:on|last)\s+\p{Lu}\p{Ll}+\s+)?${CUE_RE.source}`, 'iu');
/**
 * Speaker-side evidence: a name of two or more words the typer left as a place it could not put on the map (or as
 * "other"), not an institution's name, that speaks somewhere in the article, is a person.
 */
function speaksOffTheMap(ctx: SpeakerContext, e: Entity): boolean {
  if (e.type === 'organization' || e.geo || !/\s/.test(e.name) || INSTITUTION_NAME.test(e.name)) return false;
  let speaks = speaking.get(e); // an entity object belongs to one analysis: its answer never changes
  if (speaks === undefined) speaking.set(e, speaks = e.mentions.some((m) => CUE_AFTER_NAME.test(ctx.masked.slice(m.end, m.end + 160))));
  return speaks;
}
const speaking = new WeakMap<Entity, boolean>();

/** The latest person of a compatible gender mentioned before `pos` (this paragraph or the previous one), not as a prepositional object. */
export function antecedent(ctx: SpeakerContext, pos: number, gender: Gender, strict = true): { e: Entity; at: number } | null {
  const from = windowStart(ctx, pos);
  let best: { e: Entity; at: number } | null = null;
  // "Actor Brendan Fraser's appearance … He quipped": a possessor only when no other person stands before
  let possessor: { e: Entity; at: number } | null = null;
  for (const e of ctx.entities) {
    if (!personLike(ctx, e) || !compatible(gender, ctx.genders.get(e.id) ?? null)) continue;
    if (!strict && ctx.genders.get(e.id) !== gender) continue; // loose: any position, but the gender must be known to match
    for (const m of e.mentions) {
      if (m.start < from || m.end > pos || ctx.masked[m.start] === '_') continue;
      if (ctx.reported && m.start >= ctx.reported.start && m.end <= ctx.reported.end && !opensSentence(ctx, m.start)) continue;
      if (/^['’]s\b/.test(ctx.text.slice(m.end, m.end + 3))) { // possessive: "Mohammad's admission"
        if (strict && (!possessor || m.start > possessor.at)) possessor = { e, at: m.start };
        continue;
      }
      const back = ctx.text.slice(Math.max(0, m.start - 40), m.start).split(/[,.;:!?"“”]/).pop()!.trim().split(/\s+/).slice(-3);
      if (strict && ADDRESSEE_BEFORE.test(back[back.length - 1] ?? '')) continue; // "…," Stamenković told National Geographic. "…," he told
      if (strict && back.some((w) => STOP_WORDS.has(w.toLowerCase()) && !CLAUSE_CONJUNCTIONS.has(w.toLowerCase()))) continue;
      if (!best || m.start > best.at) best = { e, at: m.start };
    }
  }
  return best ?? possessor;
}

export function sameSentence(ctx: SpeakerContext, a: number, b: number): boolean {
  const sents = ctx.doc?.sentences;
  return !!sents && sentenceIndexAt(sents, a) === sentenceIndexAt(sents, b);
}

/** The sentence before the one holding `pos`: in its paragraph, or (`acrossParagraph`) closing the paragraph before. */
export function sentenceBefore(ctx: SpeakerContext, pos: number, acrossParagraph: boolean): Sentence | null {
  const sents = ctx.doc?.sentences;
  const i = sents?.length ? sentenceIndexAt(sents, pos) : -1;
  const prev = i > 0 ? sents![i - 1]! : undefined;
  if (!prev) return null;
  const block = sents![i]!.block;
  return prev.block === block || (acrossParagraph && prev.block === block - 1) ? prev : null;
}

/** Is `pos` the subject of a clause opening its sentence ("When King hired O'Brien, …": King)? */
export function opensClauseOpeningSentence(ctx: SpeakerContext, pos: number): boolean {
  const sents = ctx.doc?.sentences;
  const s = sents ? sents[sentenceIndexAt(sents, pos)] : undefined;
  const m = s ? OPENING_CLAUSE.exec(ctx.masked.slice(s.start, pos)) : null;
  return !!m && s!.start + m[0].length === pos;
}

/** Does a sentence start at `pos` (its subject: "Blankenship concurred: “…”, he argued")? */
export function opensSentence(ctx: SpeakerContext, pos: number): boolean {
  const sents = ctx.doc?.sentences;
  if (!sents) return false;
  const s = sents[sentenceIndexAt(sents, pos)];
  return !!s && !ctx.masked.slice(s.start, pos).trim();
}

/**
 * "Vučić accused Kurti of …. He said …": a pronoun continues the subject of the sentence its nearest
 * antecedent stands in (an object or apposed name there yields to that subject, if a compatible person).
 */
export function subjectFirst(ctx: SpeakerContext, a: { e: Entity; at: number } | null, pos: number, gender: Gender, depth = 0): { e: Entity; at: number } | null {
  const sent = a && ctx.doc ? ctx.doc.sentences[sentenceIndexAt(ctx.doc.sentences, a.at)] : undefined;
  if (!a || !sent) return a;
  const subj = sentenceSubject(ctx.masked, sent.start, Math.min(sent.end, pos));
  // "When King hired O'Brien, he had called him a “perfect fit”": an object in the clause opening the pronoun's own
  // sentence yields to that clause's subject
  if (!subj && sent.start <= pos && pos < sent.end) {
    const opening = OPENING_CLAUSE.exec(ctx.masked.slice(sent.start, a.at));
    const at = opening ? sent.start + opening[0].length : -1;
    // (the name as the entity layer marked it there, or by its words: "King" of Billy King, unmarked after "When")
    const words = opening ? /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*/u.exec(ctx.masked.slice(at, a.at))?.[0] : undefined;
    const inner = opening ? overlapping(ctx, { start: at, end: at + 1 }) ?? (words ? byName(ctx, words) : null) : null;
    // (not a possessor, "When Trump's former lawyer Michael Cohen was asked", nor a name of unknown gender against an
    // object known to be of the pronoun's: "When Zelensky met Pelosi …, she said")
    if (inner && inner !== a.e && personLike(ctx, inner) && compatible(gender, ctx.genders.get(inner.id) ?? null)
      && !/^\S+?['’]s\b/u.test(ctx.masked.slice(at, a.at)) && !(gender && ctx.genders.get(a.e.id) === gender && !ctx.genders.get(inner.id))) return { e: inner, at };
  }
  if (!subj || subj.start >= a.at) return a;
  // "…, he secretly helped reporters Bob Woodward and Carl Bernstein …. “…”": a subject that is itself "he"/"she"
  // carries the chain on to its own antecedent (a few links back at most)
  const word = ctx.masked.slice(subj.start, subj.end).toLowerCase();
  // (not past a name just introduced by a role: "He issued a statement through his solicitor, Michael Green. “My client
  // is innocent,” he said" is the solicitor)
  if (gender && depth < PRONOUN_CHAIN && pronounGender(word) === gender && !ROLE_APPOSED.test(ctx.masked.slice(Math.max(0, a.at - 60), a.at))) {
    const further = subjectFirst(ctx, antecedent(ctx, subj.start, gender), subj.start, gender, depth + 1);
    return further ?? a;
  }
  const e = overlapping(ctx, subj);
  if (!e || e === a.e || !personLike(ctx, e) || !compatible(gender, ctx.genders.get(e.id) ?? null)) return a;
  return { e, at: subj.start };
}

/**
 * "Ms Page had been admitted … her agent, Mark Roesler, said … “…,” she said": with no antecedent in reach, the person
 * of the pronoun's known gender mentioned in the last ten sentences — the only one, or, when several are, the one the
 * article is about: mentioned at least twice as often in the whole text as any other (salience, as in Lappin & Leass;
 * "Madonna, Uma Thurman and Demi Moore … adopted Bettie Page poses" names others once). None when no one stands out.
 * `wholeText`: from the article's start (a profile's "she said later" a dozen one-sentence paragraphs after her name).
 */
export function onlyOfGender(ctx: SpeakerContext, pos: number, gender: Gender, wholeText = false): Entity | null {
  if (!gender) return null;
  const from = wholeText ? 0 : windowStart(ctx, pos, WIDE_SENTENCES_BACK);
  const fits = ctx.entities.filter((e) => personLike(ctx, e) && ctx.genders.get(e.id) === gender
    && e.mentions.some((m) => m.start >= from && m.end <= pos && ctx.masked[m.start] !== '_'));
  if (fits.length <= 1) return fits[0] ?? null;
  const ranked = fits.map((e) => ({ e, n: e.mentions.length })).sort((a, b) => b.n - a.n);
  return ranked[0]!.n >= SALIENT_MENTIONS && ranked[0]!.n >= 2 * ranked[1]!.n ? ranked[0]!.e : null;
}
/** Mentions a person needs before salience alone can make them a pronoun's antecedent. */
const SALIENT_MENTIONS = 3;
const WIDE_SENTENCES_BACK = 10;

/**
 * "Smith disagreed. “It was never about money.”": a quotation opening a sentence with no cue, right after a quote-free
 * sentence of its paragraph whose subject is a person (named after the last quote), is that person's, not the last
 * speaker's. (A person named elsewhere in that sentence is no evidence: "The judge sentenced Peter Johnson …".)
 */
export function personNamedBefore(ctx: SpeakerContext, quoteStart: number, lastAt: number): Entity | null {
  if (!ctx.doc) return null;
  const sents = ctx.doc.sentences;
  const i = sentenceIndexAt(sents, quoteStart);
  const prev = quoteFreeSentenceBefore(ctx.masked, sents, quoteStart) ?? introductionBefore(ctx, sents, i, quoteStart);
  if (!prev) return null;
  const subject = sentenceSubject(ctx.masked, prev.start, prev.end);
  if (!subject || subject.start <= lastAt) return null;
  const e = overlapping(ctx, subject);
  // across a paragraph break only a person introduced with an apposition who does something ("T.J. Simons, 17, who
  // works …, also heard the blast"), not one something is done to or said of ("Jane Smith, 34, …, was killed"), and
  // not when the quotation speaks of him or her ("“She was a wonderful neighbour.”")
  if (prev.block !== sents[i]?.block) {
    if (!/^\s*,/.test(ctx.masked.slice(subject.end, subject.end + 2))) return null;
    if (BE_AFTER_APPOSITION.test(ctx.masked.slice(subject.end, prev.end))) return null;
    const g = e ? ctx.genders.get(e.id) ?? null : null;
    const spokenOf = g === 'male' ? HE_HIM : g === 'female' ? SHE_HER : THIRD_PERSON;
    const words = ctx.text.slice(quoteStart, quoteStart + 400);
    if (spokenOf.test(words.slice(0, /[”"]/.exec(words)?.index))) return null; // the quotation's words, to its closing mark
  }
  return e?.type === 'person' ? e : null;
}

/**
 * "T.J. Simons, 17, who works at the station, also heard the blast. ¶ “At first I thought it was thunder …”": wire
 * copy introduces a witness in a paragraph of one sentence and sets their words off in the next. The paragraph before
 * the quotation's (sentence `i`), when the quotation opens its own and that paragraph is one quote-free sentence.
 */
function introductionBefore(ctx: SpeakerContext, sents: readonly Sentence[], i: number, quoteStart: number): Sentence | null {
  const own = sents[i], prev = sents[i - 1];
  if (!own || !prev || prev.block === own.block || sents[i - 2]?.block === prev.block) return null;
  if (ctx.masked.slice(own.start, quoteStart).replace(/["“”‘'_\s]/g, '') !== '') return null; // the quotation opens its paragraph
  return quoteFree(ctx.masked, prev) ? prev : null;
}

/**
 * ", …, was killed", ", 22, was arrested", ", 17, is a student": the introduced person is acted on or described (not
 * in a progressive: "was walking her dog", "is recovering in hospital" are things they do).
 */
const BE_AFTER_APPOSITION = new RegExp(String.raw`,\s+(?:\p{Ll}+ly\s+)?(?:${spaced(BE_FORMS)})\s+(?!\p{Ll}+ing\b)`, 'u');
/** A quotation that speaks of a third person ("She was a wonderful neighbour"), of a man, of a woman. */
const THIRD_PERSON = /\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er)\b/;
const HE_HIM = /\b(?:[Hh]e|[Hh]im)\b/;
const SHE_HER = /\b(?:[Ss]he|[Hh]er)\b/;
