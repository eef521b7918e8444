// Finds the speaker's words around a cue: a small noun-phrase walker over capitalised words,
// determiners and titles (resolve.ts turns the words into an entity).
import type { Span } from '../../model/analysis.js';
import { GIVEN_NAMES, TITLE_WORDS, WHOLE_NAME_LEGAL_FORMS } from '../../lang/en/entities.js';
import { lookupPlace } from '../shared/places.js';
import { MONTH_NAME_PATTERN, WEEKDAY_NAME_PATTERN } from '../../lang/en/times.js';
import { NAME_PARTICLE_PREFIX } from '../../lang/en/entity-cues.js';
import { AUX, AUX_TAIL, CAPITALISED_NAME, DETERMINERS, EVENT_HEAD, INTRO, NAMED_AS, PARTY_TAG_BEFORE_CUE, PREP, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, PRONOUNS, QUANTIFIED, SENTENCE_OPENERS, SPEAKER_TITLE_ABBREVIATIONS, STOP_WORDS, SUBJECT_ENDING_VERBS, SUBORDINATORS } from '../../lang/en/speaker-phrases.js';
import { ASIDE_OPENER_RE, INSTITUTION, NAME_PARTICLE_RE, PARTICIPLE_TAIL, RELATIVE_OPENER_RE, TIME_OPENER_RE } from '../../lang/en/quote-cues.js';
import { textMemo } from '../shared/text-memo.js';
import { CUE_FORMS } from '../../lang/en/speech.js';
import { ARTICLES } from '../../lang/en/determiners.js';


const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;
/** Letters after a name: an order's or a degree's initials, a generation. */
const CREDENTIAL = /^(?:\p{Lu}{2,4}|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3})$/u;
const DAY_TAIL = new RegExp(`\\s+(?:on|last|this)\\s+(?:${WEEKDAY_NAME_PATTERN})\\.?\\s*$`);
/** A capitalised word, a number, or a surname with a lower-case particle ("el-Sisi", "al-Assad"). */
const isCap = (w: string) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLE_PREFIX.test(w);
const MAX_NP = 6;

interface Tok { s: number; e: number; w: string }
function tokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(WORD)) {
    let w = m[0].replace(/[.'’]+$/, '');
    if (/^[A-Z]\.?$/.test(m[0]) || /^(?:[A-Z]\.)+$/.test(m[0])) w = m[0]; // keep initials and "U.S."
    // "Mr. Kelly", "Dist. Atty. Steve Cooley": the full stop of a title belongs to it, so the phrase runs on to the name
    const titleStop = /^\p{Lu}/u.test(w) && m[0] === `${w}.` && SPEAKER_TITLE_ABBREVIATIONS.has(w.toLowerCase()) ? 1 : 0;
    out.push({ s: from + m.index!, e: from + m.index! + w.length + titleStop, w });
  }
  return out;
}

/** A word for the word-class lists; an acronym keeps its case ("WHO" is no relative pronoun, "IT" no pronoun). */
const lowerWord = (w: string) => (/^\p{Lu}{2,}$/u.test(w) ? w : w.toLowerCase());

const gapOk = (text: string, a: number, b: number) => /^[\s]*$/.test(text.slice(a, b));

/**
 * The last `needle` starting in [floor, pos], else -1. Callers only use a hit at or after `floor`, and plain
 * lastIndexOf read back to the start of the text when there was none: in a sentence of thousands of cues and
 * no comma, every cue read the whole text (quadratic).
 */
export function lastIndexWithin(text: string, needle: string, pos: number, floor: number): number {
  if (pos < floor) return -1;
  const i = text.slice(Math.max(0, floor), pos + needle.length).lastIndexOf(needle);
  return i < 0 ? -1 : Math.max(0, floor) + i;
}

/**
 * How far before its cue a speaker phrase is looked for. The longest reach of the rules below is a name opening a
 * sentence before an apposition of < 240 characters; reading the whole sentence made a sentence of thousands of cues
 * quadratic (each cue sliced, matched and tokenised everything before it).
 */
const SUBJECT_WINDOW = 400;
/** A name, then an apposition opening on an article or "of" (an age before it) that runs on to its end with no comma but a place's ("Jane Roe, a lawyer from Austin", "…, a fellow in Munich, Germany", "Maria Alvarez, 42, of El Paso"). */
const NAME_THEN_DESCRIPTION = new RegExp(String.raw`^\s*(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*\s*,\s*(?:\d{1,3}\s*,\s*)?(?:${ARTICLES.join('|')}|of)\s[^,]*\p{Lu}[\p{L}’'.-]*(?:,\s*(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*)?$`, 'u');
const opensOnPreposition = (words: string) => { const w = words.trim().split(/\s+/)[0]!.toLowerCase(); return PREP.test(w) || (ADVERBIAL_PREPOSITIONS as readonly string[]).includes(w); };
/** A person's name alone: a given name, then capitalised words ("Rob Goldman"; not "His Holiness", "Texas Republican"). */
const personalName = (words: string) => /^\s*(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'.-]*\s*$/u.test(words) && GIVEN_NAMES.has(words.trim().split(/\s+/)[0]!);
/** A stretch between commas that coordinates with the one before ("and co-author of the study"). */
const DESCRIPTION_GOES_ON = /^\s*and\s+\p{Ll}/u;

/** The noun phrase that ends right before a cue starting at `cue` (sentence starts at `from`). */
export function subjectBefore(text: string, sentenceStart: number, cue: number): Span | null {
  const from = Math.max(sentenceStart, cue - SUBJECT_WINDOW);
  let left = text.slice(from, cue);
  // "Shondell McAllister on Tuesday recalled": a day between the subject and its verb is no part of the subject
  left = left.replace(AUX_TAIL, '').replace(DAY_TAIL, '').replace(AUX_TAIL, '');
  // "The group's president, Wendell Aaby, who grows corn near Grand Forks, North Dakota, said", "Sen. X (R-Ala.), whose
  // state is home to 1,100 of its workers, wrote": a relative clause between commas before the verb is no part of the
  // subject, whatever commas it holds (its last stretch read as an apposition made "North Dakota" the speaker)
  // (a party-state tag before it keeps its closing comma, as the tag rule below reads it: "Sen. X, R-Okla., who …")
  const clause = RELATIVE_CLAUSE_TO_CUE.exec(left);
  if (clause && relativeOfSubject(left.slice(0, clause.index))) {
    left = left.slice(0, clause.index);
    if (PARTY_TAG_BEFORE_CUE.test(`${left},`)) left += ',';
  }
  // "Rep. Laura Beckett (R-S.C.) told", "Whitford, D-N.Y., said", "Rep. X (D-Wash.), the chair of …, wrote": a party-state
  // tag labels the name before it (with any apposition after it)
  const tag = PARTY_TAG_BEFORE_CUE.exec(left);
  if (tag) left = left.slice(0, tag.index);
  // "Koo (顧立雄) told": a bracketed name in another script glosses the name before it (an acronym
  // in brackets, "(IFPMA)", is itself the entity's name and stays)
  left = left.replace(/\s*\([^()\p{Script=Latin}]{1,40}\)\s*$/u, (g) => ' '.repeat(g.length));
  // "Mike Ryan of the World Health Organization (WHO) told": the acronym glosses the organisation; the walk
  // goes on to the person it belongs to (an acronym standing alone, "The IFPMA (…)", is left as it is)
  left = left.replace(/(\s(?:of|from|at)\s(?:the\s)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’.-]*)\s*\(\p{Lu}{2,8}\)\s*$/u, (g, keep: string) => keep + ' '.repeat(g.length - keep.length));
  // "Jenn St-Onge (Nancy Drew, Jem and the Misfits) told": a gloss of several words in brackets is no subject
  left = left.replace(/\s*\([^()]*(?:,|\s\S+\s)[^()]*\)\s*$/u, (g) => ' '.repeat(g.length));
  // "Kyriakos Mitsotakis speaking to the Atlantic Council think tank called": the participle phrase is no subject
  const participle = PARTICIPLE_TAIL.exec(left);
  if (participle) left = left.slice(0, participle.index + participle[1]!.length);
  // "Chris Christie, who denounced ...", "the American Farm Bureau Federation, which called it ...": the relative
  // pronoun stands for the phrase before it ("which" only after a comma and a name: "the data it had collected, which
  // revealed" has no speaker)
  const rel = /,?\s+who\s*$|(?<=\p{Lu}[\p{L}.]*),\s*which\s*$/u.exec(left);
  if (rel) left = left.slice(0, rel.index).replace(/,\s*\d{1,3}\s*$/, ''); // "Thomas Gray, 24, who"
  // "Kirill Dmitriev, the Kremlin's envoy, said": skip the apposition back to the name.
  // "The Senate Minority Leader, Chuck Schumer, said": the apposition is the name itself.
  // "Steve Menet, Senior Vice President of Sales for Dräger, Inc., says": a company's legal form after its comma is part
  // of its name, no apposition of its own
  const legal = /,\s*([\p{L}.]+)\s*,\s*$/u.exec(left);
  if (legal && WHOLE_NAME_LEGAL_FORMS.has(legal[1]!)) left = left.slice(0, legal.index) + ',' + ' '.repeat(left.length - legal.index - 1);
  let appo = /,\s*([^,]{1,80}),\s*$/.exec(left);
  // "Jane Roe, a lawyer from Austin, Texas, told", "Dylan Nelson, a fellow at the institute in Munich, Germany, and
  // co-author of the study, said": the last stretch between commas continues a description that opened on an article
  // after the name (a place's region, a second role): the subject is the name before it, not "Texas"
  // (a place's region: "Texas", "Germany", not a name apposed to the description, "In Beijing, a spokesman for the
  // Foreign Ministry, Wang Wenbin, said"; and the lead a name, not an opener, "In Beijing")
  if (appo && (DESCRIPTION_GOES_ON.test(appo[1]!) || lookupPlace(appo[1]!.trim())) && NAME_THEN_DESCRIPTION.test(left.slice(0, appo.index)) && !opensOnPreposition(left)) appo = null;
  let relative: RegExpExecArray | null = null;
  // "Sister Carol Keehan, DC, said", "John Moss, Jr., said": letters after a name belong to it
  if (appo && CREDENTIAL.test(appo[1]!.trim()) && /\p{Lu}[\p{L}'’.-]*\s*$/u.test(left.slice(0, appo.index))) left = left.slice(0, appo.index);
  // ("Rob Goldman, President Ascom North America, says": a title opening it after a bare name makes it a description)
  // (nor one ending on a title: "Colette Kress, Chief Financial Officer, told")
  else if (appo && /^(?:[\p{Lu}][\p{L}’'.-]*\s*)+$/u.test(appo[1]!) && !TITLE_WORDS.has(appo[1]!.trim().split(/\s+/).pop()!.toLowerCase()) && !(TITLE_WORDS.has(appo[1]!.trim().split(/\s+/)[0]!.toLowerCase()) && personalName(left.slice(0, appo.index)))) left = left.slice(0, appo.index + appo[0].trimEnd().length - 1);
  else if (appo && /[\p{Lu}][\p{L}’'.-]*\s*$/u.test(left.slice(0, appo.index))) left = left.slice(0, appo.index);
  else if (appo && ASIDE_OPENER_RE.test(appo[1]!)) left = left.slice(0, appo.index); // "she, in response, said"
  // "The Trade Union Congress (TUC), whose president … joined Friday's talks, said", "The 33-year-old Reid, whose
  // personal life … over the last few years, described herself": a relative clause is no speaker
  else if ((relative = RELATIVE_BEFORE_CUE.exec(left))) left = left.slice(0, relative.index);
  else if (/,\s*$/.test(left)) {
    // "Agnès Callamard, a UN rapporteur for ..., who had investigated the case, cautioned": a long
    // apposition; the subject is the name before the first comma of the sentence
    const lead = /^(\s*(?:[\p{Lu}][\p{L}’'.-]*\s+){0,3}[\p{Lu}][\p{L}’'.-]*)\s*,/u.exec(left);
    // ("Yesterday, … someone, seemingly Honcharuk, says": a sentence opener is no name)
    if (lead && left.length - lead[0].length < 240 && !TIME_OPENER_RE.test(lead[1]!.trim())) left = lead[1]!;
  }
  const toks = tokens(text, from, from + left.trimEnd().length);
  const picked: Tok[] = [];
  for (let i = toks.length - 1; i >= 0 && picked.length < MAX_NP; i--) {
    const t = toks[i]!;
    const lw = lowerWord(t.w);
    if (picked.length && !gapOk(text, t.e, picked[0]!.s)) break;
    if (!picked.length && PRONOUNS.has(lw)) return { start: t.s, end: t.e };
    if (lw === 'of' && picked.length && isCap(picked[0]!.w) && i > 0 && isCap(toks[i - 1]!.w)) { picked.unshift(t); continue; }
    if (STOP_WORDS.has(lw) || PRONOUNS.has(lw)) break;
    if (DETERMINERS.has(lw) && picked.length && i > 1 && toks[i - 1]!.w === 'of' && isCap(toks[i - 2]!.w)) { picked.unshift(t); continue; } // "Lucy Fischer of The Times"
    if (DETERMINERS.has(lw)) { if (picked.length) picked.unshift(t); break; }
    if (!isCap(t.w) && picked.some((p) => isCap(p.w)) && picked.length >= 2) break;
    picked.unshift(t);
  }
  // "John C. Eastman of Chapman University School of Law writes": a walk that ran out of words on "of" leaves it to
  // the head before the preposition (withHeadBefore)
  if (picked[0]?.w === 'of') picked.shift();
  if (!picked.length) return null;
  // "Friday's talks", "the meeting": a time or an event cannot speak
  if (EVENT_HEAD.test(picked[picked.length - 1]!.w)) return null;
  const span = withHeadBefore(text, toks, toks.indexOf(picked[0]!), { start: picked[0]!.s, end: picked[picked.length - 1]!.e });
  // "Erwin Chemerinsky, Dean of UC Berkeley School of Law called": a title of an organisation in apposition
  // (no closing comma) describes the name before it
  const comma = lastIndexWithin(text, ',', span.start, Math.max(from, span.start - 39));
  if (comma >= from && span.start - comma < 40 && TITLE_OF.test(text.slice(comma + 1, span.end).trim())) {
    const named = NAME_THEN_COMMA.exec(text.slice(Math.max(from, comma - 80), comma + 1));
    if (named) { const s = comma + 1 - named[0].length + named.index; return { start: s, end: s + named[1]!.length }; }
  }
  return span;
}
/** Words that open a phrase before a sentence's subject, lower case ("At the hearing, which …, Sen. X said"). */
const OPENER_WORDS: ReadonlySet<string> = new Set([...SENTENCE_OPENERS, ...SUBORDINATORS, ...PREPOSITIONS].map((w) => w.toLowerCase()));
const ADVERBIAL_PREPOSITION = new RegExp(`\\b(?:${ADVERBIAL_PREPOSITIONS.join('|')})\\b`, 'i');
const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY_NAME_PATTERN}|${MONTH_NAME_PATTERN})\\.?$`);

/**
 * Whether a relative clause set off by commas after `before` describes the sentence's subject: it follows a name (or a
 * party-state tag), not a month or weekday ("The plant closed in March, which …"), and `before` opens on no adverbial
 * phrase ("At the hearing, which stretched past midnight, Sen. X said", "Asked about …, who …", "Outside the courthouse").
 */
function relativeOfSubject(before: string): boolean {
  const last = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  // "The association, which represents 500,000 growers in Iowa, Ohio and Illinois, said": a short noun phrase alone
  if (/^\p{Ll}/u.test(last)) return SHORT_NOUN_PHRASE.test(before);
  if (!/\)$/.test(last) && !(/^\p{Lu}/u.test(last) && !CALENDAR_WORD.test(last))) return false;
  const first = /^\s*([\p{L}'’-]+)/u.exec(before)?.[1] ?? '';
  // (a preposition anywhere before the clause: "NEW ORLEANS (AP) — In Louisiana, which …", "Two days after Hurricane Ida, which …")
  return !OPENER_WORDS.has(first.toLowerCase()) && !/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first) && !ADVERBIAL_PREPOSITION.test(before);
}
const SHORT_NOUN_PHRASE = /^\s*(?:The|A|An)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\s*$/u;
/** A relative clause of up to 240 characters, commas inside it or not, closed by a comma right before the cue. */
const RELATIVE_CLAUSE_TO_CUE = new RegExp(String.raw`,\s*(?=${RELATIVE_OPENER_RE.source.replace(/^\^/, '')})[^"“”_]{1,240},\s*$`, 'iu');
/** A relative clause of up to 240 characters closed by a comma right before the cue (the window bounds the scan). */
const RELATIVE_BEFORE_CUE = new RegExp(String.raw`,\s*(?=${RELATIVE_OPENER_RE.source.replace(/^\^/, '')})[^,]{1,240},\s*$`, 'iu');
const TITLE_OF = /^(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:of|at|for)\s+\S/u;
const NAME_THEN_COMMA = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+),\s*$/u;

/**
 * "Regina Ip from the pro-Beijing camp said", "The head of the police's investigators told": the walk stops
 * at the preposition, but the speaker is the head noun phrase before it. Extended only over a name or a
 * determiner phrase of plain words (never a verb: "arrived in Moscow").
 */
function withHeadBefore(text: string, toks: Tok[], first: number, span: Span): Span {
  // "Peter Iseley of worldwide victim group Ending Clergy Abuse said": plain words describing the
  // organisation may stand between the preposition and its name
  let k = first;
  while (k > first - 3 && k > 1 && !isCap(toks[k - 1]!.w) && !STOP_WORDS.has(toks[k - 1]!.w) && !/(?:ed|ing|ly)$/.test(toks[k - 1]!.w) && gapOk(text, toks[k - 1]!.e, toks[k]!.s)) k--;
  if (k < first && PREP.test(toks[k - 1]?.w ?? '') && isCap(toks[k - 2]?.w ?? '')) { first = k; span = { start: toks[k]!.s, end: span.end }; }
  const prep = toks[first - 1];
  if (!prep || !PREP.test(prep.w.toLowerCase()) || !gapOk(text, prep.e, span.start)) return span;
  const head: Tok[] = [];
  for (let i = first - 2; i >= 0 && head.length < 4; i--) {
    const t = toks[i]!;
    const lw = lowerWord(t.w);
    if (!gapOk(text, t.e, (head[0] ?? prep).s)) break;
    if (lw === 'and' && head.length === 1 && head[0]!.w === 'others') { head.unshift(t); continue; } // "Biden and others in the party"
    if (DETERMINERS.has(lw)) { head.unshift(t); break; }
    if (STOP_WORDS.has(lw) || PRONOUNS.has(lw) || (!isCap(t.w) && /(?:ed|ing)$/.test(lw))) break;
    if (head.length && isCap(head[0]!.w) !== isCap(t.w) && !/^(?:others|and)$/.test(head[0]!.w)) break;
    head.unshift(t);
  }
  if (!head.length || (head[0]!.w === 'and')) return span;
  const starts = head[0]!;
  if (!DETERMINERS.has(starts.w.toLowerCase()) && !head.some((t) => isCap(t.w))) return span;
  const beforeHead = text.slice(Math.max(0, starts.s - 3), starts.s);
  const prevTok = toks[toks.indexOf(starts) - 1];
  if (prevTok && gapOk(text, prevTok.e, starts.s) && !STOP_WORDS.has(prevTok.w.toLowerCase()) && !/[,;:(]\s*$/.test(beforeHead)) return span;
  return { start: starts.s, end: span.end };
}

/** The noun phrase starting at `pos` ("according to X,", "said X", "told by X"). */
export function phraseAfter(text: string, pos: number, limit: number): Span | null {
  const toks = tokens(text, pos, Math.min(limit, pos + 120));
  const picked: Tok[] = [];
  for (const t of toks) {
    const lw = lowerWord(t.w);
    if (picked.length && !gapOk(text, picked[picked.length - 1]!.e, t.s)) break;
    if (!picked.length && !gapOk(text, pos, t.s)) return null;
    if (!picked.length && PRONOUNS.has(lw)) return { start: t.s, end: t.e };
    if (lw === 'of' && picked.length && isCap(picked[picked.length - 1]!.w) && /^\s*[\p{Lu}]/u.test(text.slice(t.e, t.e + 3))) { picked.push(t); continue; }
    if (STOP_WORDS.has(lw) || picked.length >= MAX_NP) break;
    if (picked.length && DETERMINERS.has(lw)) break;
    if (picked.length && !isCap(t.w) && isCap(picked[picked.length - 1]!.w) && picked.some((p) => !DETERMINERS.has(p.w.toLowerCase()) && isCap(p.w)) && !NAME_PARTICLE_RE.test(lw)) break;
    if (picked.length && ((/ed$/.test(lw) && !isCap(t.w)) || AUX.test(lw))) break; // "the ministry recovered ...", "the president did" (not "Ted")
    if (picked.length && /ing$/.test(lw) && !isCap(t.w)) break; // "a protester using ..."
    // "The mayor said the budget was tight but called …": a reporting verb ends the subject read over a whole sentence
    if (picked.length && SUBJECT_ENDING_VERBS.has(lw)) break;
    picked.push(t);
  }
  if (!picked.length) return null;
  const end = picked[picked.length - 1]!.e;
  // "a protester using the pseudonym Katya", "a man identified as Ivan": the name given is the speaker.
  const named = NAMED_AS.exec(text.slice(end, Math.min(limit, end + 60)));
  // (not "the board named Maria Lopez interim chief executive": after an institution, bare "named"/"called" is the verb)
  if (named && !isCap(picked[picked.length - 1]!.w) && !(INSTITUTION.test(picked[picked.length - 1]!.w.toLowerCase()) && /^\s+(?:named|called)\s/.test(text.slice(end, end + 8)))) return { start: end + named[0].length - named[1]!.length, end: end + named[0].length };
  return { start: picked[0]!.s, end };
}


const NAME = `(${CAPITALISED_NAME})`;

/**
 * "One of these groups, the Syrian Democratic Forces (SDF), opposed ... and said": the appositive names the
 * speaker; "Some of the protesters Wikinews interviewed said": the group after "of" does.
 */
export function quantifiedSubject(text: string, from: number, to: number): Span | null {
  const intro = INTRO.exec(text.slice(from, to));
  const at = from + (intro ? intro[0].length : 0);
  const m = QUANTIFIED.exec(text.slice(at, to));
  if (!m) return null;
  if (m[2]) { const appo = at + m[0].length - m[2].length - 1; return phraseAfter(text, appo, to); }
  if (text.slice(at + m[0].length, to).includes(',')) return null;
  const s = at + m[0].indexOf(m[1]!);
  return { start: s, end: s + m[1]!.length };
}

/** How much of a sentence's start its subject is looked for in (an opening clause, then the subject). */
const SUBJECT_REACH = 600;

/** The grammatical subject at the start of a sentence (after an introductory phrase). */
export function sentenceSubject(text: string, from: number, end: number): Span | null {
  // (the subject opens the sentence: its first stretch is read, not all of a sentence of 100 KB for every cue in it;
  // and read once per stretch of one text: every cue of a long sentence asks for the same subject)
  const to = Math.min(end, from + SUBJECT_REACH);
  const sp = subjects(text, `${from}:${to}`, () => subjectOf(text, from, to));
  return sp && { ...sp };
}
const subjects = textMemo<Span | null>();

function subjectOf(text: string, from: number, to: number): Span | null {
  const q = quantifiedSubject(text, from, to);
  if (q) return q;
  const intro = INTRO.exec(text.slice(from, to));
  const sp = phraseAfter(text, from + (intro ? intro[0].length : 0), to);
  // "The rebels' chief negotiator, Pablo Beltrán, rejected …": a description's apposed name is the subject
  if (sp && (/\s\p{Ll}[\p{L}-]*$/u.test(text.slice(sp.start, sp.end)) || /^['’]/.test(text.slice(sp.end)))) {
    const appo = APPOSED_NAME.exec(text.slice(sp.end, to));
    if (appo) { const s = sp.end + appo[0].indexOf(appo[1]!); return { start: s, end: s + appo[1]!.length }; }
  }
  // "AIP chairman Markham Robinson reflects …": an organisation, its role word, then the name of who holds it
  if (sp) {
    const role = ROLE_NAME_AFTER.exec(text.slice(sp.end, to));
    // (no verb among them: "Powell told lawmakers on Tuesday the …")
    const words = role ? role[1]!.trim().split(/\s+/) : [];
    if (role && words.some((w) => TITLE_WORDS.has(w)) && !words.some((w) => SUBJECT_ENDING_VERBS.has(w) || CUE_FORMS.has(w))) { const s = sp.end + role[0].length - role[2]!.length; return { start: s, end: s + role[2]!.length }; }
  }
  return sp;
}

/** Lower-case role words and a capitalised name right after an organisation ("AIP vice chairman Mark Seidenberg"). */
const ROLE_NAME_AFTER = new RegExp(String.raw`^\s+((?:\p{Ll}[\p{L}-]*\s+){1,3})(${NAME})(?=\s+\p{Ll})`, 'u');

const APPOSED_NAME = new RegExp(String.raw`^(?:['’]s?(?:\s+\p{Ll}[\p{L}-]*){1,4})?,\s*${NAME}\s*,`, 'u');
