// Attribution patterns: who is credited with a quoted stretch (reported.ts finds the indirect
// speech with the same cues). All functions work on the "masked" text, where quoted words are blanked out so a
// cue or a name inside a quotation is never taken for the attribution around it.
import type { Span } from '../../model/analysis.js';
import { AFTER_ONLY_RE, CUE_FORMS, CUE_RE, NO_QUOTE_RIGHT_AFTER, NOUNISH_PRESENT_RE, ORDER_CUE_RE, isParticiple } from '../../lang/en/speech.js';
import { ADVERBIAL_PREPOSITIONS, AUX_TAIL, PREP, BARE_CLAUSE, BEFORE_PARTICIPLE_WORDS, CLAUSE_CONJUNCTIONS, CLAUSE_START, IT_NO_SPEAKER_BE, RELATIVE_PRONOUNS, spaced, CUE_AUDIENCE, CUE_TAIL_OPENERS, DETERMINERS, STOP_WORDS, SUBJECTLESS_CUE_RE, WITH_DETERMINERS } from '../../lang/en/speaker-phrases.js';
import { alternation } from '../../lang/alternation.js';
import { phraseAfter, quantifiedSubject, sentenceSubject, subjectBefore } from './speaker.js';
import { roleBeforeName, speakerAfterCue } from './speaker-after.js';
import { CAPITALISED_NAME } from '../../lang/en/speaker-phrases.js';
import { allMatches } from '../shared/word-anchored.js';
import { textMemo } from '../shared/text-memo.js';
import { AFTER_INVERTED_NAME, CLAUSE_INTRO_RE, DOCUMENT_SOURCE_RE, NOT_AN_ADDRESSEE_RE, NOT_A_CLAUSE_AFTER_CUE_RE, PASSIVE_AUX_RE, QUOTED_AS_RE } from '../../lang/en/quote-cues.js';

export interface Attribution { speaker: Span; cue: string }
export interface Cue { start: number; end: number; form: string; base: string }

const baseOf = (form: string) => {
  const f = form.toLowerCase();
  return f === 'according to' ? 'according to' : /^point/.test(f) ? 'point out' : CUE_FORMS.get(f) ?? f;
};

/**
 * The cues of one text by window, read once: a quotation's attribution reads the cues before it from several rules, and
 * every cue before it may read the cues before that one ("…, adding"). A copy: callers add to the list.
 */
const cueWindows = textMemo<Cue[]>();
/** A name right after an inverted cue, closing its clause or followed by where or when ("Johnston in a statement,"). */
const INVERTED_SPEAKER_RE = new RegExp(String.raw`^(?:the\s+)?${CAPITALISED_NAME}\s*(?:[.,;:!?]|$|\s+(?:${alternation([...ADVERBIAL_PREPOSITIONS, ...AFTER_INVERTED_NAME])})\b)`, 'u');

export function cuesIn(masked: string, from: number, to: number): Cue[] {
  return cueWindows(masked, `${from}:${to}`, () => findCues(masked, from, to)).slice();
}

function findCues(masked: string, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  const part = masked.slice(from, to);
  for (const m of allMatches(CUE_RE, part)) {
    const base = baseOf(m[0]), end = from + m.index! + m[0].length;
    // ("the so-called “peace dividend”": a cue word hyphened onto another is part of an adjective)
    if (masked[from + m.index! - 1] === '-') continue;
    // "the Marines fired back “with everything they had”": gunfire, not a reply
    if (NO_QUOTE_RIGHT_AFTER.has(base) && /^\s*["“‘«]/.test(masked.slice(end, end + 4))) continue;
    out.push({ start: from + m.index!, end, form: m[0], base });
  }
  // "Znak.com claims FSB sources have ...": a noun-like present form counts when a clause follows and no determiner precedes.
  for (const m of allMatches(NOUNISH_PRESENT_RE, part)) {
    const s = from + m.index!, e = s + m[0].length;
    const prev = /([\p{L}'’.]+)[\s,]*$/u.exec(masked.slice(Math.max(from, s - 30), s))?.[1]?.toLowerCase() ?? '';
    const next = masked.slice(e, to).replace(/^\s+/, '');
    // "“…,” comments Johnston in a statement", "notes the Financial Times": right after a quotation's comma, a name
    // after it, the cue inverted
    // (lower case, and the name closing its clause: "Reports The Times published …", "states Republicans have controlled")
    const inverted = !prev && /^\p{Ll}/u.test(m[0]) && /["”’]\s*,?\s+$/.test(masked.slice(Math.max(0, s - 4), s)) && INVERTED_SPEAKER_RE.test(next);
    if (!inverted) {
      if (!prev || DETERMINERS.has(prev) || STOP_WORDS.has(prev) || NOT_A_CLAUSE_AFTER_CUE_RE.test(next)) continue;
      if (/^\p{Lu}/u.test(m[0])) continue; // "the United States Joe Biden": a capitalised word inside a sentence is a name
      if (!CLAUSE_START.test(next) && !BARE_CLAUSE.test(next)) continue;
    }
    out.push({ start: s, end: e, form: m[0], base: m[0].toLowerCase().replace(/(?:e?s)$/, '') });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "told reporters", "described ... as": the cue as written, for the output. */
function cueText(masked: string, cue: Cue, sentEnd: number): string {
  if (cue.base === 'tell') {
    const obj = /^\s+((?:the\s+)?[\p{L}-]+)/u.exec(masked.slice(cue.end, sentEnd));
    if (obj && !NOT_AN_ADDRESSEE_RE.test(obj[1]!)) return `${cue.form} ${obj[1]}`;
  }
  if (cue.base === 'describe') return `${cue.form} ... as`;
  return cue.form.toLowerCase();
}

/** The speaker credited by one cue: subject before it, or the phrase after "according to" / passive "by". */
/** A word of time or manner between the participle's subject and the participle ("with Schumer later saying"). */
const BEFORE_PARTICIPLE = String.raw`(?:\s+(?:${alternation(BEFORE_PARTICIPLE_WORDS)}|\p{Ll}+ly|on\s+\p{Lu}\p{Ll}+))?`;
const WITH_NAME = new RegExp(String.raw`\bwith\s+(${CAPITALISED_NAME})${BEFORE_PARTICIPLE}\s+$`, 'u');
/** "with a spokesman stating", "with one official saying": a description the participle's "with" introduces. */
const WITH_DESCRIPTION = new RegExp(String.raw`\bwith\s+((?:${alternation(WITH_DETERMINERS)})\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)${BEFORE_PARTICIPLE}\s+$`, 'u');

/** "It was …", "It is …" opening a sentence: an "it" that speaks for no one. */
const EXPLETIVE_IT = new RegExp(String.raw`^\s*It\s+(?:${spaced(IT_NO_SPEAKER_BE)})\b`);
/** A pronoun or capitalised name opening a subordinate clause ("before he finally broke cover"): its subject. */
const CLAUSE_SUBJECT = new RegExp(String.raw`\b(?:${alternation([...CLAUSE_CONJUNCTIONS].filter((w) => w !== 'and' && w !== 'but'))}|before|until|once)\s+(he|she|they|${CAPITALISED_NAME})\s+(?:\p{Ll}+ly\s+)?\p{Ll}+`, 'gdu');

/** A relative pronoun: a clause of its own between a subject and the participle. */
const RELATIVE_WORD = new RegExp(String.raw`\b(?:${alternation(RELATIVE_PRONOUNS)})\b`, 'i');
/** How many words the clause before a participle may hold after its subject ("he finally broke cover, admitting"). */
const PARTICIPLE_CLAUSE_WORDS = 6;
const PARTICIPLE_CLAUSE_REACH = 200;
/** How far before a participle its "with X" is looked for. */
const WITH_REACH = 200;
/** How much of the sentence before a cue the coordination patterns read ("… and said", "“…,” then accused"). */
const BEFORE_CUE_REACH = 300;

const QUOTED_AS_REACH = 200;
/**
 * How far back a cue is looked for (characters), and how many of the nearest cues before a quotation are tried. Real
 * sentences hold a few cues; reading every cue of the sentence for every cue and quotation made a sentence of
 * thousands of cues quadratic ("quoted quoted … as saying").
 */
const CUE_REACH = 2000;
const CUES_TRIED = 12;

export function speakerOfCue(masked: string, sent: Span, cue: Cue): Span | null {
  // "When asked about the payments, De La Fuente gave …": the cue of a subordinate clause names nobody
  if (SUBJECTLESS_CUE_RE.test(masked.slice(sent.start, cue.start))) return null;
  if (cue.base === 'according to') return sourceAfter(masked, cue.end, sent.end);
  // passive: "was described as "knife-obsessed" by the police"
  const by = /^\s+(?:(?:as|to\s+be)\s+(?:an?\s+)?["“‘][_\s]*["”’]\s+)?by\s+/.exec(masked.slice(cue.end, sent.end));
  // "a pattern described by Marine Bulletin as “…”": a participle's agent before the "as"
  const reduced = by && /ed$/i.test(cue.form) && /^\s+by\s+[^,;.]{1,60}?\s+as\s+["“‘]/u.test(masked.slice(cue.end, sent.end));
  if (by && (reduced || PASSIVE_AUX_RE.test(masked.slice(sent.start, cue.start)))) {
    return phraseAfter(masked, cue.end + by[0].length, sent.end);
  }
  if (isParticiple(cue.form)) {
    // "IRNA quoted the head of the zone, Ali Reza, as saying “…”": the one quoted, not the one quoting
    // read in the 200 characters before the cue: the pattern, anchored at the cue, retried from every "quoted" of
    // the sentence, for every cue (a sentence of many "quoted" and cues took seconds per 10 KB)
    const quotedFrom = Math.max(sent.start, cue.start - QUOTED_AS_REACH);
    const quotedAs = QUOTED_AS_RE.exec(masked.slice(quotedFrom, cue.start));
    if (quotedAs) {
      const objStart = quotedFrom + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]!);
      const obj = subjectBefore(masked, objStart, objStart + quotedAs[1]!.length);
      if (obj) return obj;
    }
    // "Saying “…”, President Fernández elaborated", "Calling it a “…” the archbishop said": a participle opening the
    // sentence has the subject of the main clause, whose cue follows
    if (!masked.slice(sent.start, cue.start).trim()) {
      const main = cuesIn(masked, cue.end, sent.end).find((c) => !isParticiple(c.form));
      if (main) return speakerOfCue(masked, sent, main);
    }
    // "…," she said, noting …  /  X said …, adding …: the participle shares the earlier cue's speaker
    // a sentence the splitter opened inside a quotation ('X remarked, "… know," further remarking'): the cue
    // before that quotation is in reach
    const from = masked[sent.start] === '_' ? quotationSentenceStart(masked, sent.start) : sent.start;
    // ("voted to confirm X's pick, warning …": an infinitive is no statement of the subject's)
    // "…, with Zinichev describing the “…”", "opposed the changes, with a spokesman stating: “…”": the participle's
    // own subject, which its "with" introduces, before any earlier cue's speaker
    // (read over the stretch before the participle only: a one-line text made every participle read it all)
    const withAt = Math.max(sent.start, cue.start - WITH_REACH);
    const withName = WITH_NAME.exec(masked.slice(withAt, cue.start)) ?? WITH_DESCRIPTION.exec(masked.slice(withAt, cue.start));
    if (withName) { const s = withAt + withName.index + withName[0].indexOf(withName[1]!); return { start: s, end: s + withName[1]!.length }; }
    const prev = cuesIn(masked, Math.max(from, cue.start - CUE_REACH), cue.start).filter((c) => !isParticiple(c.form) && !/\bto\s+$/i.test(masked.slice(Math.max(0, c.start - 4), c.start))).pop();
    const shared = prev ? speakerOfCue(masked, { start: from, end: sent.end }, prev) : null;
    if (shared) return shared;
    // "It was thirty four years before he finally broke cover, admitting in 2006: “…”": after an "it was" that speaks
    // for no one, the participle belongs to the subject of the clause it follows
    if (EXPLETIVE_IT.test(masked.slice(sent.start, Math.min(cue.start, sent.start + 40)))) {
      // (the clause right before the participle: "It was weeks after Johnson resigned that his successor stood …,
      // declaring" names no one by "after Johnson")
      // (read over the stretch right before the participle: the clause is short)
      const at = Math.max(sent.start, cue.start - PARTICIPLE_CLAUSE_REACH);
      const clause = [...masked.slice(at, cue.start).matchAll(CLAUSE_SUBJECT)].pop();
      const rest = clause ? masked.slice(at + clause.indices![1]![1], cue.start) : '';
      if (clause && !RELATIVE_WORD.test(rest) && rest.trim().split(/\s+/).length <= PARTICIPLE_CLAUSE_WORDS) {
        const [a, b] = clause.indices![1]!; return { start: at + a, end: at + b };
      }
    }
    const subject = sentenceSubject(masked, sent.start, cue.start);
    // "Officers clashed with thousands of supporters of Imran Khan chanting “…”": a chant right after the noun of a
    // crowd is that crowd's, not the subject's (the crowd is no phrase of its own here: no one is credited)
    if (cue.base === 'chant' && subject && subject.end < cue.start - 1 && !/,\s*$/.test(masked.slice(Math.max(sent.start, cue.start - 4), cue.start))) return null;
    return subject;
  }
  const q = quantifiedSubject(masked, sent.start, cue.start);
  if (q) return q;
  // "The State Department gave ... and said", "She did not give a date, but said", "the company would not disclose the
  // number but called it “immaterial”": a coordinated verb shares the sentence subject.
  // ("said he would “…,” then accused": "then" coordinates as "and" does; the auxiliaries' list drops it, so it is
  // read before they go)
  // (its last stretch: these patterns end at the cue, and reading the whole sentence for every cue of a one-line text
  // was quadratic)
  const beforeCue = masked.slice(Math.max(sent.start, cue.start - BEFORE_CUE_REACH), cue.start);
  const beforeVerb = beforeCue.replace(AUX_TAIL, ' ');
  // ("It was not pretty, but add it up": after "but", a cue in its base form is an order to the reader)
  // (a verb after "but" goes with the sentence's own subject, not one inside a reported clause: "Powell acknowledged that
  // the job market had cooled but said …")
  if (/\bbut\s+$/.test(beforeVerb) && cue.form.toLowerCase() !== cue.base && !/^\s+to\s/.test(masked.slice(cue.end, cue.end + 4))) {
    const subject = sentenceSubject(masked, sent.start, cue.start);
    // (only a subject standing alone before its verb: a pronoun, a name, "the company"; not a possessive, a description
    // with an apposition or an "of" after it, "Neither … nor": those the rules below read)
    if (subject && standsAloneBeforeVerb(masked, subject)) return subject;
  }
  if (/\band\s+$/.test(beforeVerb) || /["”_]\s*,?\s*then\s+$/.test(beforeCue)) {
    // "The Atlantic claimed that during a 2018 trip, Trump refused … and referred to them as “losers”": the
    // verb is coordinated inside the reported clause, whose own subject is the speaker
    const outer = cuesIn(masked, Math.max(sent.start, cue.start - CUE_REACH), cue.start).filter((c) => /^\s+that\s/.test(masked.slice(c.end, c.end + 6))).pop();
    if (outer) {
      const open = outer.end + /^\s+that\s+/.exec(masked.slice(outer.end))![0].length;
      const intro = CLAUSE_INTRO_RE.exec(masked.slice(open, cue.start));
      const inner = sentenceSubject(masked, open + (intro ? intro[0].length : 0), cue.start);
      if (inner) return inner;
    }
    return sentenceSubject(masked, sent.start, cue.start);
  }
  const subj = subjectBefore(masked, sent.start, cue.start);
  if (subj) return subj;
  // "..., said the minister" / "said Smith:" : inverted order.
  return speakerAfterCue(masked, cue.end, sent.end);
}

/** A sentence subject right before a lower-case verb: no possessive, no apposition or "of" after it, not "Neither", not cut before a participle ("Many striking nurses"). */
function standsAloneBeforeVerb(masked: string, subject: Span): boolean {
  const words = masked.slice(subject.start, subject.end);
  const next = /^\s+([\p{L}]+)/u.exec(masked.slice(subject.end, subject.end + 30))?.[1];
  return !/['’]s$/.test(words) && !/^(?:neither|either)\b/i.test(words) && !!next && /^\p{Ll}/u.test(next) && !/ing$/.test(next) && !PREP.test(next) && !DETERMINERS.has(next);
}

/** Where the sentence holding the opening of the quotation that covers `pos` starts (after the last full stop before it). */
function quotationSentenceStart(masked: string, pos: number): number {
  let k = pos;
  while (k > 0 && masked[k - 1] === '_') k--;
  // (looked for within a window: a search back to the text's start, per cue, was quadratic on a text of one line)
  const lo = Math.max(0, k - SENTENCE_START_REACH);
  const before = masked.slice(lo, Math.max(lo, k - 1));
  return lo + Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1;
}
/** How far back the start of a quotation's sentence is looked for. */
const SENTENCE_START_REACH = 2_000;

/**
 * The source after "according to": "a statement released by Erdogan's office" names the office;
 * "Syrian state media," runs to the comma when that is a short phrase of plain words.
 */
export function sourceAfter(masked: string, pos: number, limit: number): Span | null {
  const rest = masked.slice(pos, limit);
  const doc = DOCUMENT_SOURCE_RE.exec(rest);
  if (doc) return phraseAfter(masked, pos + doc[0].length, limit);
  const upto = /^\s+((?:[\p{L}'’.-]+\s+){0,4}[\p{L}'’.-]+)\s*,/u.exec(rest);
  if (upto && !upto[1]!.split(/\s+/).some((w) => STOP_WORDS.has(w.toLowerCase()) || /(?:ed|ing)$/.test(w) && !/^[\p{Lu}]/u.test(w))) {
    const s = pos + upto[0].indexOf(upto[1]!);
    return { start: s, end: s + upto[1]!.length };
  }
  return phraseAfter(masked, pos, limit);
}

/** What may follow a cue that ends its sentence: a few words, no reported clause ("asked.", "said on Sunday."). */
const CUE_ENDS_SENTENCE = new RegExp(String.raw`^(?![^.!?]*\bthat\b)(?:\s+(?:${alternation(CUE_AUDIENCE)}))?(?:\s+(?:${alternation(CUE_TAIL_OPENERS)})\b(?:\s+[\p{L}\d'’-]+){0,4})?\s*[.!?]`, 'u');

/** Attribution right after a closing mark: ", Trump told reporters", ", said the minister", " he said." */
/** How far after a closing mark its attribution's cue may stand (80 characters unless an apposition comes between). */
const AFTER_REACH = 160;

export function attributionAfter(masked: string, close: number, limit: number, closesSentence = false): Attribution | null {
  const rest = masked.slice(close + 1, Math.min(limit, close + 160));
  const lead = /^[\s,]*/.exec(rest)![0].length;
  const from = close + 1 + lead;
  // "“…,” Rep. Susan Whitlock (D-Wash.), the chair of the Democratic Congressional Campaign Committee, wrote": past an
  // apposition the cue may stand further off, when the speaker phrase opens the attribution (checked below)
  const cues = cuesIn(masked, from, Math.min(limit, from + AFTER_REACH));
  const far = (c: Cue) => c.start - from > 80;
  for (const m of masked.slice(from, Math.min(limit, from + 80)).matchAll(AFTER_ONLY_RE)) {
    // ("Judge Robert Kim ordered the government to respond": an order given in words closes its clause, "he commanded.")
    // ("“Don't get nervous,” instructed Milton Velez": inverted, right at the quotation and before a name; not "ordered pizzas")
    const inverted = m.index === 0 && /^\s+(?:the\s+)?\p{Lu}/u.test(masked.slice(from + m[0].length, from + m[0].length + 6));
    if (ORDER_CUE_RE.test(m[0]) && !inverted && !/^\s*[.,;!?]/.test(masked.slice(from + m.index! + m[0].length, from + m.index! + m[0].length + 3))) continue;
    cues.push({ start: from + m.index!, end: from + m.index! + m[0].length, form: m[0], base: m[0].toLowerCase() });
  }
  cues.sort((a, b) => a.start - b.start);
  // "….” The White House refers to …": "refer" credits words only before them ("referred to them as “…”")
  const cue = cues.filter((c) => c.base !== 'refer')[0];
  if (!cue) return null;
  if (cue.start === from) { // "said Smith"; "according to a 2018 survey by Gallup"
    const sp = cue.base === 'according to' && DOCUMENT_SOURCE_RE.test(masked.slice(cue.end, limit)) ? sourceAfter(masked, cue.end, limit) : speakerAfterCue(masked, cue.end, limit);
    return sp ? { speaker: sp, cue: cue.form.toLowerCase() } : null;
  }
  // "“…,” the New York Daily News quoted witness Devonte Brown as saying": the one quoted, not the one quoting
  const quotedAs = isParticiple(cue.form) ? QUOTED_AS_RE.exec(masked.slice(from, cue.start)) : null;
  if (quotedAs) {
    const objStart = from + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]!);
    const obj = subjectBefore(masked, objStart, objStart + quotedAs[1]!.length);
    // the one quoted opens the object ("witness Devonte Brown"), not a name inside it ("a source close to X", "one of
    // X's friends"); after a quotation that ends its sentence, "as saying" must end it too (no reported clause of its own)
    if (closesSentence && !/^\s*[.!?]/.test(masked.slice(cue.end, cue.end + 3))) return null;
    const opens = obj && (obj.start === objStart || roleBeforeName(masked.slice(objStart, obj.start)));
    // ("a source close to Roman Abramovich", "one of Adele's friends": no one the text names; left unattributed)
    if (obj && opens) return { speaker: obj, cue: `quoted as ${cue.form.toLowerCase()}` };
    if (obj) return null;
  }
  const sp = subjectBefore(masked, from, cue.start);
  // the speaker phrase must open the attribution ("Hong Kong director of Amnesty ... Tam said" is allowed)
  // (seven words before it, eight when they end in a comma: "the head of the provincial natural disaster service, Massoud
  // Dalman, told"; not "a lawyer for the parents of murdered teenager Jane Doe said")
  const before = sp ? masked.slice(from, sp.start) : '';
  if (!sp || /[.!?;:"“”_]/.test(before) || before.trim().split(/\s+/).length > (/,\s*$/.test(before) ? 8 : 7)) return null;
  // "“… we need to set aside” the plan, said Interior Secretary Ken Salazar": lower-case words then a comma before an
  // inverted cue end the quoted sentence; the speaker is after the cue
  // (only "said"/"added": after "told", "asked" or a participle the capitalised word is an object: "the workers, told Reuters")
  if (sp.start === from && !isParticiple(cue.form) && (cue.base === 'say' || cue.base === 'add') && /^\s*,\s*$/.test(masked.slice(sp.end, cue.start)) && /^(?:the\s+)?\p{Ll}/u.test(masked.slice(sp.start, sp.end))) {
    const after = speakerAfterCue(masked, cue.end, limit);
    if (after && /\p{Lu}/u.test(masked.slice(after.start, after.end))) return { speaker: after, cue: cue.form.toLowerCase() };
  }
  if (far(cue) && (closesSentence || sp.start !== from || !/,\s*$/.test(masked.slice(sp.end, cue.start).replace(AUX_TAIL, '')) || /[!?;:"“”_]|\.\s/.test(masked.slice(sp.end, cue.start)))) return null;
  // "….” Although Trump's State Department asked …": after a quote that ends its sentence, only a speaker
  // standing right after it ("….” Trump said) is an attribution; other words open the next sentence
  // ("“…?” Colts interim coach Bruce Arians asked." names him: a role before the name)
  // (and the cue ends that sentence: "Team owner Jim Irsay said on Monday that the coach would stay" is his own news)
  if (closesSentence && sp.start > from && !(roleBeforeName(masked.slice(from, sp.start)) && CUE_ENDS_SENTENCE.test(masked.slice(cue.end, limit)))) return null;
  return { speaker: sp, cue: cueText(masked, cue, limit) };
}

/** A cue right before the quote, a few words at most ("said on Friday", "told the BBC,", "wrote:"). */
export function attributionRightBefore(masked: string, sent: Span, pos: number): Attribution | null {
  const cues = cuesIn(masked, Math.max(sent.start, pos - CUE_REACH), pos);
  const cue = cues[cues.length - 1];
  if (!cue) return null;
  const between = masked.slice(cue.end, pos);
  if (/["“”_]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 5) return null;
  return attributionBefore(masked, sent, pos);
}

/** The nearest cue before `pos` in the sentence and the speaker it names. */
export function attributionBefore(masked: string, sent: Span, pos: number): Attribution | null {
  const cues = cuesIn(masked, Math.max(sent.start, pos - CUE_REACH), pos);
  for (let i = cues.length - 1; i >= Math.max(0, cues.length - CUES_TRIED); i--) {
    const cue = cues[i]!;
    // "Bercow commented on the matter — which the BBC noted as unusual — “…”": a cue in an aside between dashes
    if (/[—–]/.test(masked.slice(cue.end, pos)) && /\s[—–]\s[^—–]*$/.test(masked.slice(sent.start, cue.start))) continue;
    const sp = speakerOfCue(masked, sent, cue);
    // a speaker after the cue must not run into the quotation, unless it follows it ("described as '…' by the police")
    const afterQuote = sp && sp.start > pos && /^[_\s]*["”’]/.test(masked.slice(pos + 1, sp.start));
    // ("called it “immaterial”": "it" between the cue and the quotation is what the words name, not who says them)
    if (sp && cue.base !== 'according to' && sp.start > cue.end && sp.end <= pos && masked.slice(sp.start, sp.end) === 'it') continue;
    if (sp && (afterQuote || !(sp.start >= cue.start && sp.end > pos))) return { speaker: sp, cue: cueText(masked, cue, sent.end) };
  }
  return null;
}
