// Turns the speaker words found around a cue into an entity (or keeps them as a description):
// mention overlap, gender-aware pronoun antecedents, institutional and role descriptions.
import type { Entity, Span } from '../../model/analysis.js';
import type { ArticleDoc } from '../document.js';
import { descriptionResolver } from '../entities/lookup.js';
import { DETERMINERS, DOCUMENT_AUTHOR_PREPOSITIONS, IT_NO_SPEAKER_BE, PREP_BETWEEN, spaced } from '../../lang/en/speaker-phrases.js';
import { alternation } from '../../lang/alternation.js';
import { genderOfWords, pronounGender, type Gender } from './gender.js';
import { CUE_RE } from '../../lang/en/speech.js';
import { titledMatches } from './titled.js';
import { apposedPerson, describedBefore } from './descriptions.js';
import { groupSpeaker } from './groups.js';
import { documentAuthor } from './documents.js';
import { holdsOtherOffice, officeHolder } from './office-holders.js';
import { antecedent, compatible, onlyOfGender, sentenceBefore, windowStart, opensClauseOpeningSentence, opensSentence, organisationBefore, personLike, sameSentence, subjectFirst } from './antecedents.js';
import { byName, nameOfHead, overlapping, titledName, transcriptLabel, wholerName } from './by-name.js';
import { DEFINITE_ARTICLE, DOCUMENT_HEAD_RE, GENERIC_MODIFIER, KIND_OF_ORGANISATION_HEAD_RE, INSTITUTION, INSTITUTION_NAME, NEUTRAL_BEFORE_HEAD, OBJECT_PRONOUN, ONE_PERSON_HEAD, OTHER_OFFICE_MODIFIERS, PARTY_DESCRIPTION_RE, PERSON_NOUN, SPOKESPERSON_FOR_RE, SPEAKS_FOR_OWNER_RE, UNNAMED_PERSON_HEAD_RE, UNNAMED_SUBJECT, ACTED_ON } from '../../lang/en/quote-cues.js';

export interface SpeakerContext {
  text: string;
  /** text with quoted words blanked: a name inside a quotation is never an antecedent */
  masked: string;
  entities: Entity[];
  /** spans of the blocks, to bound pronoun look-back to this paragraph and the previous one */
  blocks: Span[];
  genders: Map<string, Gender>;
  doc?: ArticleDoc;
  /** the document's description resolver, made on first use (entities do not change while quotes are found) */
  describe?: (span: Span) => Entity | null;
  /** the reported words of the attribution being resolved, when its speaker follows them: "…, he added" never refers inside */
  reported?: Span | null;
  /** entities credited with a quote so far (a bare surname shared by two people names the one already quoted) */
  quoted?: Set<string>;
}

export interface Resolved { speaker: string | null; speakerName: string | null }
/** "a statement from (the) …": the document's noun, and what follows "from", "by", "in" or "of" to the phrase's end. */
const DOCUMENT_OF = new RegExp(String.raw`^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:${alternation(DOCUMENT_AUTHOR_PREPOSITIONS)})\s+((?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}[^,;:!?]*)$`, 'u');
/** "it was reported that", "It was a road map": forms of "be" after which "it" speaks for no one. */
const IT_NO_SPEAKER = new RegExp(String.raw`^\s+(?:${spaced(IT_NO_SPEAKER_BE)})\b`, 'i');

/** A name right after an inverted cue is its speaker ("…, said terminal manager Jasper Hall"), not an object ("told Nixon"). */
const AFTER_CUE = new RegExp(String.raw`,\s*(?:${CUE_RE.source})\s+(?:[\p{L}.'’-]+\s+){0,4}$`, 'iu');

/**
 * Whether `loose` is named after `a`, the person opening the same sentence, as an object of it ("Efton A. Stanfield …
 * asked Nixon … to replace Gray"), not as the speaker of an inverted cue.
 */
function objectOfSubjectsSentence(ctx: SpeakerContext, a: { e: Entity; at: number }, loose: { e: Entity; at: number }): boolean {
  return a.e.type === 'person' && (opensSentence(ctx, a.at) || opensClauseOpeningSentence(ctx, a.at)) && sameSentence(ctx, a.at, loose.at)
    && !AFTER_CUE.test(ctx.masked.slice(Math.max(0, loose.at - 80), loose.at));
}

/** The previous attribution: its speaker, where its words stood, and their gender. */
export interface Previous { resolved: Resolved; at: number; gender: Gender }


// The patterns for one head noun, compiled once: description lookups run for every quote.
const patternCache = new Map<string, { role: RegExp; before: RegExp; titled: RegExp }>();
export function headPatterns(head: string): { role: RegExp; before: RegExp; titled: RegExp } {
  let p = patternCache.get(head);
  if (!p) {
    p = {
      // "the president" is not the vice president nor a former one, nor the president-elect
      role: new RegExp(`^(?:(?!\\b(?:${OTHER_OFFICE_MODIFIERS.join('|')})\\b).)*\\b${head}\\b(?!-)`, 'i'),
      before: new RegExp(`([\\p{L}]+)\\s+${head}\\b`, 'iu'),
      // a title followed by a name: "President Lula", "minister, Jane Doe"
      // It fails at once between two ASCII letters: the head cannot open there (no \\b), and a word before it
      // would have opened one letter earlier (same matches). Sticky: tried only where it can open (titled.ts).
      titled: new RegExp(`(?:(?<![A-Za-z])|(?![A-Za-z]))(?:([\\p{L}]+)\\s+)?\\b${head}\\b,?\\s+((?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,3}[\\p{Lu}][\\p{L}'’-]+)`, 'yu'),
    };
    patternCache.set(head, p);
  }
  return p;
}

/**
 * How far back a description looks for its title ("President Lula" … "the president said"): a long article's worth.
 * Each description reading the whole text before it made a page of descriptions quadratic.
 */
const TITLE_REACH = 20_000;

/** "the Russian advisor": an entity whose role or earlier title names the same head noun. */
function describedEntity(ctx: SpeakerContext, span: Span, head: string, modifier: string | null, office: string | null = null): Resolved | null {
  const { role, before: wordBeforeHead, titled } = headPatterns(head);
  // "the former president": only a holder named with the same other-office word ("Former President Walter Graves")
  // (and no other such word: "Former Vice President Mike Pendleton" is no "the former president")
  const others = `(?!\\b(?:${OTHER_OFFICE_MODIFIERS.filter((m) => m !== office).join('|')})\\b)`;
  const officeRole = office ? new RegExp(`^(?:${others}.)*\\b${office}\\b(?:${others}.)*\\b${head}\\b`, 'i') : null;
  // "the prime minister" is not the interior minister: a modifier right before the head must agree
  const agrees = (before: string) => !modifier || !before || before.toLowerCase() === modifier || NEUTRAL_BEFORE_HEAD.test(before);
  const wordBefore = (r: string) => wordBeforeHead.exec(r)?.[1] ?? '';
  // only people already named can be referred back to ("The president ..." before Lula is introduced is not Lula)
  const byRole = ctx.entities.filter((e) => e.roles.some((r) => (officeRole ? officeRole.test(r) : role.test(r) && agrees(wordBefore(r)))) && e.mentions.some((m) => m.end <= span.start));
  if (byRole.length === 1) return { speaker: byRole[0]!.id, speakerName: byRole[0]!.name };
  let last: Span | null = null;
  for (const m of titledMatches(ctx.text, span.start, head, titled, TITLE_REACH)) {
    if (office ? (m[1] ?? '').toLowerCase() !== office : !agrees(m[1] ?? '')) continue;
    const s = m.index + m[0].length - m[2]!.length;
    last = { start: s, end: s + m[2]!.length };
  }
  if (last) {
    const e = overlapping(ctx, last);
    return e ? { speaker: e.id, speakerName: e.name } : { speaker: null, speakerName: ctx.text.slice(last.start, last.end) };
  }
  const e = ctx.doc ? (ctx.describe ??= descriptionResolver(ctx.doc))(span) : null;
  return e && e.type === 'person' ? { speaker: e.id, speakerName: e.name } : null;
}

/** Gender of a resolved speaker, for matching a later he/she. */
export function genderOf(ctx: SpeakerContext, r: Resolved): Gender {
  if (r.speaker) {
    const e = ctx.entities.find((x) => x.id === r.speaker);
    const full = e ? surnameOf(ctx, e) : null;
    return ctx.genders.get(r.speaker) ?? (full ? ctx.genders.get(full.id) ?? null : null);
  }
  return r.speakerName ? genderOfWords(r.speakerName) : null;
}

/** "Lam" split from "Carrie Lam" by the entity layer: the person whose last name this entity is. */
function surnameOf(ctx: SpeakerContext, e: Entity): Entity | null {
  if (/\s/.test(e.name)) return null;
  return ctx.entities.find((o) => o !== e && personLike(ctx, o) && o.name.split(/\s+/).pop() === e.name) ?? null;
}

/** Can this speaker be a "he" or "she"? Person entities, and descriptions whose head is not an institution or a group. */
/** The type of the entity a resolution credits, or undefined when it credits none. */
function speakerType(ctx: SpeakerContext, r: Resolved): Entity['type'] | undefined {
  return r.speaker ? ctx.entities.find((x) => x.id === r.speaker)?.type : undefined;
}

function isPerson(ctx: SpeakerContext, r: Resolved): boolean {
  if (r.speaker) {
    // a quoted speaker the typer left as a place or organisation ("Lam", "Cengiz") is still a person
    // unless its name says institution or it was placed on the map
    const e = ctx.entities.find((x) => x.id === r.speaker);
    return !!e && (personLike(ctx, e) || !!surnameOf(ctx, e) || (!e.geo && !/^[\p{Lu}\d]{2,}$/u.test(e.name) && !INSTITUTION_NAME.test(e.name)));
  }
  const head = HEAD_BEFORE_COMPLEMENT.exec(r.speakerName ?? '')![1]!.trim().split(/\s+/).pop() ?? '';
  return !!head && (/^[\p{Lu}]/u.test(head) || ONE_PERSON_HEAD.test(head.toLowerCase()) || (!INSTITUTION.test(head.toLowerCase()) && !/s$/.test(head)));
}

/** A speaker phrase up to its complement: "Lucy Fischer" of "Lucy Fischer of The Times". */
const HEAD_BEFORE_COMPLEMENT = new RegExp(`^(.*?)(?:${PREP_BETWEEN.source}.*)?$`);

/** Words joined by "of/from/in" ("Lucy Fischer of The Times"): the head before the preposition names the speaker. */
function headPart(ctx: SpeakerContext, span: Span): Span {
  const m = PREP_BETWEEN.exec(ctx.text.slice(span.start, span.end));
  return m ? { start: span.start, end: span.start + m.index } : span;
}

export function resolveSpeaker(ctx: SpeakerContext, span: Span, previous?: Previous | null): Resolved {
  const words = ctx.text.slice(span.start, span.end);
  // "according to him": the object form stands for the same person
  const lw = OBJECT_PRONOUN[words.toLowerCase()] ?? words.toLowerCase();
  if (lw === 'i') {
    // "((Zara Kay)) … and I said, “…”", "KAY: … I said “…”": in a transcript answer, "I" is the labelled speaker
    const label = transcriptLabel(ctx, span.start);
    if (label) return label;
  }
  if (lw === 'he' || lw === 'she' || lw === 'i') {
    const g = pronounGender(lw);
    // "One of the victims decided to allow her name to be made public. She said …": someone unnamed who is the subject
    // of the sentence right before, with no one named since, is the he/she
    const described = lw !== 'i' ? describedSubjectBefore(ctx, span.start, g) : null;
    if (described) return described;
    const a = subjectFirst(ctx, antecedent(ctx, span.start, g), span.start, g);
    // The speaker just quoted is the likeliest "he"/"she" unless a compatible person was named since.
    const prevOk = previous?.resolved.speakerName && compatible(g, previous.gender) && (lw === 'i' || isPerson(ctx, previous.resolved));
    // "The move comes as a surprise to Reunion Pictures' Matthew O'Connor, who coproduced Reid …. “…,” he told E!
    // News": a person of the pronoun's gender introduced (with a "who" clause) after the last quote takes the word
    // (the loose antecedent: a person of the pronoun's known gender in any position, read once for the rules below)
    const loose = g ? antecedent(ctx, span.start, g, false) : null;
    if (previous && loose && loose.at > previous.at && loose.e.id !== previous.resolved.speaker && (!a || loose.at > a.at)
      && introducedByWho(ctx, loose.e, loose.at)) return { speaker: loose.e.id, speakerName: loose.e.name };
    if (prevOk && (!a || previous!.at > a.at) && (!g || previous!.gender === g)) return previous!.resolved;
    // "He said Zelensky is “…”; however, “…”, he added": the subject who opened this sentence speaks on
    if (prevOk && a && previous!.at < a.at && opensSentence(ctx, previous!.at) && sameSentence(ctx, previous!.at, span.start)) return previous!.resolved;
    // "spoke with Anne Sacoolas ... She informed police": a prepositional object of the right gender beats
    // a speaker or subject whose gender is unknown
    // (not an object in the sentence the subject opens: "Efton A. Stanfield … asked Nixon … to replace Gray. “…,” he said")
    if (loose && (!a || (ctx.genders.get(a.e.id) !== g && loose.at > a.at && !objectOfSubjectsSentence(ctx, a, loose)))) {
      return { speaker: loose.e.id, speakerName: loose.e.name };
    }
    // a description quoted last ("an officer said") yields to a named person of the pronoun's known gender
    const namedFits = !!a && !!g && !previous?.resolved.speaker && ctx.genders.get(a.e.id) === g;
    if (prevOk && (!a || (previous!.at > a.at && !namedFits))) return previous!.resolved;
    if (a) return { speaker: a.e.id, speakerName: a.e.name };
    if (prevOk) return previous!.resolved;
    // (the article's salient person only when no one unnamed was just brought in: "Among the crowd was a retired bus
    // driver from Salford …. “…,” he said")
    const only = onlyOfGender(ctx, span.start, g) ?? (unnamedPersonNear(ctx, span.start) ? null : onlyOfGender(ctx, span.start, g, true));
    return only ? { speaker: only.id, speakerName: only.name } : { speaker: null, speakerName: words };
  }
  // "it said": the organisation that opened the nearest sentence with a subject (organisationBefore), else the
  // organisation quoted last
  if (lw === 'it') {
    // "it was reported that", "It was a road map": no one speaks
    if (IT_NO_SPEAKER.test(ctx.text.slice(span.end, span.end + 16))) return { speaker: null, speakerName: words };
    const org = organisationBefore(ctx, span.start);
    if (previous && speakerType(ctx, previous.resolved) === 'organization' && (!org || org.at <= previous.at)) return previous.resolved;
    return org ? { speaker: org.e.id, speakerName: org.e.name } : { speaker: null, speakerName: words };
  }
  // "they" for a group, "the 52-year-old", "the Democrat" (descriptions.ts)
  const described = describedBefore(ctx, span, words, previous);
  if (described) return described;
  // "the Maine Republican" that names no one is the words, never the state
  if (PARTY_DESCRIPTION_RE.test(words.trim()) && overlapping(ctx, span)?.type === 'place') return { speaker: null, speakerName: words };
  // "AIP chairman Markham Robinson", "House of Commons Speaker John Bercow": a role word, then a name ending the
  // phrase: the name speaks, even when the entity layer typed it wrongly, missed it, or saw only the organisation
  const titled = titledName(ctx, span, words);
  if (titled) return titled;
  const head = headPart(ctx, span);
  const headWords = ctx.text.slice(head.start, head.end);
  // "A spokeswoman for the senator", "a spokesman for Trump": the spokesperson speaks, not the one named after "for"
  // (the convention of quote corpora): the words are the speaker; an organisation spoken for is kept as the entity,
  // as "an Interpol spokesperson" is below
  const forWhom = SPOKESPERSON_FOR_RE.exec(words);
  if (forWhom) {
    const owner = resolveSpeaker(ctx, { start: span.end - forWhom[1]!.length, end: span.end }, previous);
    return { speaker: speakerType(ctx, owner) === 'organization' ? owner.speaker : null, speakerName: words };
  }
  // "Day's animal foundation", "the police's internal investigators": the possessor is not the speaker
  // (but "Erdogan's office" or "Trump's campaign" speak for their owner).
  const poss = /^(.*?)['’]s\s+(.+)$/u.exec(headWords);
  if (poss && !SPEAKS_FOR_OWNER_RE.test(poss[2]!.trim())) {
    // "RIAA's DMCA notice", "the WHO's website", "the court's summary": a document speaks for its author
    const docHead = poss[2]!.trim().split(/\s+/).pop()!.toLowerCase();
    if (DOCUMENT_HEAD_RE.test(docHead) && poss[1]!.trim()) return resolveSpeaker(ctx, { start: head.start, end: head.start + poss[1]!.trimEnd().length }, previous);
    return { speaker: null, speakerName: words };
  }
  // "a statement from the Greek Orthodox Church", "an editorial in the daily Eleftheros Typos": a document speaks for
  // the author named after it
  const document = DOCUMENT_OF.exec(words);
  if (document && DOCUMENT_HEAD_RE.test(document[1]!.toLowerCase())) {
    const author = resolveSpeaker(ctx, { start: span.end - document[2]!.length, end: span.end }, previous);
    const type = speakerType(ctx, author);
    if (type === 'organization' || type === 'person') return author;
  }
  const own = overlapping(ctx, head);
  if (!own && head.end < span.end) {
    const named = nameOfHead(ctx, head, headWords);
    if (named) return named;
  }
  // "Professor John C. Eastman" where the entity layer marked only "John C.": the person the whole name names
  const whole = own?.type === 'person' ? wholerName(ctx, own, head) : null;
  if (whole) return whole;
  const e = own ?? (head.end < span.end && !/^(?:the|a|an)\s/i.test(headWords) ? overlapping(ctx, span) : null);
  // "an Interpol spokesperson": the organisation spoken for, with the description as the name
  if (e && e.type !== 'person' && /^(?:[Aa]n?|[Tt]he)\s.*\s\p{Ll}[\p{L}-]*$/u.test(headWords)) {
    // "The Wooster professor added": a person's role at the organisation, not its spokesperson, names the
    // person described earlier (by role) or the person just quoted
    const role = headWords.split(/\s+/).pop()!.toLowerCase();
    // "The US software giant said": a place before the head only describes the organisation meant
    if (e.type === 'place' && /^the\s/i.test(headWords) && KIND_OF_ORGANISATION_HEAD_RE.test(role)) {
      const group = groupSpeaker(ctx, span, previous, role);
      if (group) return group;
    }
    if (PERSON_NOUN.test(role) && !/^spokes/.test(role)) {
      const d = describedEntity(ctx, span, role, null);
      if (d) return d;
      if (previous?.resolved.speaker && isPerson(ctx, previous.resolved)) return previous.resolved;
    }
    return { speaker: e.id, speakerName: words };
  }
  // "Richardson" typed a place (a town of that name) in an article about Darcy Richardson: the surname links to the person
  const full = e && e.type !== 'person' ? surnameOf(ctx, e) : null;
  if (full) return { speaker: full.id, speakerName: full.name };
  if (e) return { speaker: e.id, speakerName: e.name };
  // "The Biden campaign", "Pierce": a name the entity layer left unmarked here but knows elsewhere
  const named = byName(ctx, headWords);
  if (named) return { speaker: named.id, speakerName: named.name };
  const first = lw.split(/\s+/)[0]!;
  const last = headWords.split(/\s+/).slice(-1)[0]!;
  if (DETERMINERS.has(first) && !/[\p{Lu}]/u.test(last)) {
    const apposed = apposedPerson(ctx, span.start);
    if (apposed) return apposed;
    const noun = last.toLowerCase().replace(/[^\p{L}]/gu, '');
    // a lower-case modifier that makes a distinct title ("prime", "interior"); "Russian", "senior" do not
    const rawMod = headWords.split(/\s+/).length >= 3 ? headWords.split(/\s+/).slice(-2)[0]!.replace(/[^\p{L}]/gu, '') : '';
    const modifier = /^\p{Ll}/u.test(rawMod) && !GENERIC_MODIFIER.test(rawMod) ? rawMod : null;
    // "…, France Telecom said. “…,” a statement said": a document with no owner named is the organisation just quoted
    // "Gordon Advisors issued a statement …. “…,” the statement said": the author of the document named before
    if (DOCUMENT_HEAD_RE.test(noun) && first === DEFINITE_ARTICLE) {
      const author = documentAuthor(ctx, span, noun);
      if (author) return author;
    }
    if (DOCUMENT_HEAD_RE.test(noun) && previous && speakerType(ctx, previous.resolved) === 'organization') return previous.resolved;
    // "the former president", "the acting governor": a description of another office
    const office = (OTHER_OFFICE_MODIFIERS as readonly string[]).includes(rawMod.toLowerCase()) ? rawMod.toLowerCase() : null;
    // "Gov. Maria Delgado" … "the governor said"; "the group said" after an organisation acted or spoke
    // (only after "the": "a Republican senator", "one senator", "another governor", "his office" are someone else)
    const held = first === DEFINITE_ARTICLE ? officeHolder(ctx, span, noun, office, previous) ?? groupSpeaker(ctx, span, previous, noun) : null;
    if (held) return held;
    if (noun && !INSTITUTION.test(noun)) {
      const d = describedEntity(ctx, span, noun, modifier, office);
      if (d) return d;
      // "The president also accused ..." right after quoting Maduro: with no role to match, the description
      // continues the topic person of the paragraph
      // (not one known by another office: "White House press secretary Dana Whitfield" is no "the president")
      if (previous?.resolved.speaker && isPerson(ctx, previous.resolved) && PERSON_NOUN.test(noun) && !holdsOtherOffice(ctx, previous.resolved.speaker, noun, office)) return previous.resolved;
    }
  }
  return { speaker: null, speakerName: words };
}

/**
 * "One of the victims" (or "Another of the jurors") that is the subject of the sentence before `pos` in its paragraph,
 * when no person is named between it and `pos`, nothing is done to it ("was killed", "has died", "remains in
 * hospital"), and its words do not say another gender. Only that form: "A woman remains in hospital. “…,” he said" or "A
 * group of workers gathered" name someone else as often as not (a review's counterexamples).
 */
function describedSubjectBefore(ctx: SpeakerContext, pos: number, gender: Gender): Resolved | null {
  const prev = sentenceBefore(ctx, pos, false);
  if (!prev) return null;
  const m = UNNAMED_SUBJECT.exec(ctx.masked.slice(prev.start, Math.min(prev.end, prev.start + 80)));
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  const head = words.findIndex((w) => isPersonNoun(singular(w)));
  if (head < 0) return null;
  const phrase = `${m[0].slice(0, m[0].length - m[1]!.length)}${words.slice(0, head + 1).join(' ')}`.trim();
  const phraseEnd = prev.start + m.index + m[0].length - m[1]!.length + words.slice(0, head + 1).join(' ').length;
  if (ACTED_ON.test(ctx.masked.slice(phraseEnd, phraseEnd + 60)) || !compatible(gender, genderOfWords(phrase))) return null;
  const named = ctx.entities.some((e) => e.type === 'person' && e.mentions.some((x) => x.start >= prev.start && x.end <= pos && ctx.masked[x.start] !== '_'));
  return named ? null : { speaker: null, speakerName: phrase };
}
/** A noun that names one person: a role, an office, a relation ("driver", "spokesman", "mother"). */
const isPersonNoun = (w: string) => UNNAMED_PERSON_HEAD_RE.test(w) || ONE_PERSON_HEAD.test(w) || PERSON_NOUN.test(w);
const singular = (w: string) => w.replace(/(?<=[^s])s$/, '');

const UNNAMED_PERSON_REACH = 2_000;
/** Whether "a/an … <person noun>" stands in this paragraph or the one before, before `pos` (someone unnamed). */
function unnamedPersonNear(ctx: SpeakerContext, pos: number): boolean {
  // (read over the last stretch only: a text of one long paragraph made every he/she read it all)
  const from = Math.max(windowStart(ctx, pos, 0), pos - UNNAMED_PERSON_REACH);
  for (const m of ctx.masked.slice(from, pos).matchAll(/\b(?:[Aa]n?|[Oo]ne)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/gu)) {
    if (m[1]!.split(/\s+/).some(isPersonNoun)) return true;
  }
  return false;
}

/** "Matthew O'Connor, who coproduced …": the mention at `at` opens a non-restrictive "who" clause. */
function introducedByWho(ctx: SpeakerContext, e: Entity, at: number): boolean {
  const m = e.mentions.find((x) => x.start === at);
  // "the family of Mark Lee, who died in 2019": a person named inside another's description is not introduced to speak
  return !!m && /^,\s+who\s/.test(ctx.text.slice(m.end, m.end + 8)) && !/\bof\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 4), m.start));
}
