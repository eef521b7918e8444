// Name candidates proposed by the trained recogniser, in the shape the rule stages (roles, typing, merging)
// expect: a capitalised title run right before the name becomes its role prefix ("Russian President"),
// a title or honorific the model left inside the span is moved out of it.
import type { EntityType } from '../../model/analysis.js';
import type { Candidate } from './candidates.js';
import { DEMONYMS, DEMONYM_NOUNS, GIVEN_NAMES, HONORIFICS, LEGAL_SUFFIXES, NAME_CONNECTORS, ORG_WORDS, ROLE_MODIFIERS, NON_NAMES, TITLE_WORDS, TRADE_WORDS,
  GENERIC_NAME_OPENERS, TRADE_FIELDS, WHOLE_NAME_LEGAL_FORMS } from '../../lang/en/entities.js';
import { PLACE_HEADS } from '../../lang/en/entity-cues.js';
import { CLUB_EPITHETS } from '../../lang/en/results-tables.js';
import { lookupPlace } from '../shared/places.js';
import type { NameSpan } from './ner/index.js';
import { DESCRIBING_DETERMINER } from '../../lang/en/role-phrases.js';
import { isCapitalised, type Token } from './tokens.js';

/** The longest name (in words) repeated at its other occurrences. */
const MAX_REPEATED_WORDS = 8;

export interface Proposal {
  cand: Candidate;
  type: EntityType | null;
  /** the type is decided by the name's context (a results row, a team's or a market's cue, a club list): no rule or model retypes it */
  fixed?: boolean;
}

const isTitle = (t: Token) => TITLE_WORDS.has(t.text.toLowerCase());
const capText = (w: string) => isCapitalised(w) && /^\p{L}/u.test(w);
const capWord = (t: Token) => capText(t.text);
const OPENERS = /^[.!?…:;“"‘'`(–—-]$/;
const hasCapital = (t: Token) => /\p{Lu}/u.test(t.text);

/** A nationality adjective or noun ("Liberian", "Welshman", "Briton") before a person's name, or a club's epithet ("Champions"). */
function describesName(t: Token, type: EntityType, left: number): boolean {
  const w = t.text.toLowerCase();
  const nationality = w in DEMONYMS || DEMONYM_NOUNS.has(w) || (/(?:wo)?man$/.test(w) && w.replace(/(?:wo)?man$/, '') in DEMONYMS);
  if (nationality && type === 'person' && left >= 2) return true;
  return capWord(t) && CLUB_EPITHETS.has(w) && left >= 1;
}

/** The capitalised run before token `i` that ends in a title word ("White House Press Secretary"), or []. */
function titleRunBefore(toks: Token[], i: number): Token[] {
  let k = i - 1;
  if (k < 0 || !capWord(toks[k]!) || !isTitle(toks[k]!)) return [];
  while (k > 0 && (capWord(toks[k - 1]!) || (NAME_CONNECTORS.has(toks[k - 1]!.text) && k > 1 && capWord(toks[k - 2]!)))) k--;
  while (k < i && !capWord(toks[k]!)) k++;
  return toks.slice(k, i);
}

/**
 * "US Treasury Secretary Scott Bessent" tagged as one organisation: a title word after the span's first word,
 * followed by a given name or two capitalised words, starts a person; returns that token index, or -1. A title
 * as the first word is part of an organisation's name ("General Motors"), so it never splits.
 */
function personAfterTitle(toks: Token[], from: number, to: number): number {
  for (let k = to - 1; k > from; k--) {
    if (!isTitle(toks[k]!) || !capWord(toks[k]!)) continue;
    const rest = toks.slice(k + 1, to + 1);
    if (rest.length && rest.every(capWord) && (GIVEN_NAMES.has(rest[0]!.text) || rest.length >= 2)) return k + 1;
    return -1;
  }
  return -1;
}

const isLowerCaseWord = (t: Token) => /^\p{Ll}/u.test(t.text) && !/\p{Lu}/u.test(t.text);
/** Punctuation standing apart; an abbreviation's full stop ("Cal.", "Inc.") belongs to its word. */
const isLoosePunct = (t: Token, before: Token) => /^[^\p{L}\p{N}]+$/u.test(t.text) && !(t.text === '.' && before.end === t.start);

/**
 * A model span's edges mended: trailing loose punctuation goes; lower-case words after a connector go ("Nato of
 * escalation" → "Nato"; "Iraqi government" stays); "the Ryanair CEO" tagged as a person is a role after its
 * employer (only after a determiner: "Ben Player" is a name), and "the Foreign Secretary" a bare role (null).
 */
function trimSpan(toks: Token[], from: number, to: number, type: EntityType): { to: number; type: EntityType } | null {
  while (to > from && isLoosePunct(toks[to]!, toks[to - 1]!)) to--;
  let k = to;
  while (k > from && (isLowerCaseWord(toks[k]!) || isLoosePunct(toks[k]!, toks[k - 1]!)) && !NAME_CONNECTORS.has(toks[k]!.text)) k--;
  if (k < to && k > from && NAME_CONNECTORS.has(toks[k]!.text)) { to = k; while (to > from && NAME_CONNECTORS.has(toks[to]!.text)) to--; }
  const described = from > 0 && DESCRIBING_DETERMINER.test(toks[from - 1]!.text);
  if (!described || type !== 'person' || !isTitle(toks[to]!)) return { to, type };
  while (to > from && isTitle(toks[to]!)) to--;
  const rest = toks.slice(from, to + 1);
  if (isTitle(toks[to]!) || rest.every((t) => ROLE_MODIFIERS.has(t.text.toLowerCase()) || t.text.toLowerCase() in DEMONYMS)) return null;
  return GIVEN_NAMES.has(rest[0]!.text) ? { to, type } : { to, type: 'organization' };
}

/**
 * "The Las Vegas Review-Journal reported": a place the model ends right before a capitalised hyphened word with an
 * organisation's word in it ("Review-Journal", "Journal-Constitution") is the start of that organisation's name (a
 * newspaper's, mostly); the model, which knows "Las Vegas" well and such words seldom, stops at the place.
 */
function placeBeforeHyphenedOrg(toks: Token[], n: NameSpan): NameSpan {
  const last = toks[n.to], next = toks[n.to + 1];
  if (n.type !== 'place' || !last || !next || next.start !== last.end + 1 || !/^\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)+$/u.test(next.text)) return n;
  return next.text.split('-').some((w) => ORG_WORDS.has(w)) ? { ...n, to: n.to + 1, type: 'organization' } : n;
}

/**
 * "Washington, DC", "Washington, D.C.": a place the model ends before a comma and a two-letter capital code is the start of the longer
 * name when the gazetteer knows the whole ("DC" alone would be left as an unknown acronym, an organisation). The
 * gazetteer knows few such wholes (Washington, DC): "Paris, TX" stays a place and a code.
 */
function placeWithCode(toks: Token[], text: string, n: NameSpan): NameSpan {
  const comma = toks[n.to + 1], code = toks[n.to + 2];
  if (n.type !== 'place' || comma?.text !== ',' || !code || !/^(?:\p{Lu}{2}|\p{Lu}\.\p{Lu}\.)$/u.test(code.text)) return n;
  return lookupPlace(text.slice(toks[n.from]!.start, code.end)) ? { ...n, to: n.to + 2 } : n;
}

/**
 * A company's name of two or more capitalised words closed by an organisation's, a trade's or a legal form's word and
 * opened by a word of its own ("Sony Group"; not "Electric Company", the tail of "Pacific Gas and Electric Company").
 */
const ORG_HEAD_WORDS = [ORG_WORDS, TRADE_WORDS, LEGAL_SUFFIXES];
const isCompanyRun = (toks: Token[]) => toks.length >= 2 && toks.every((t) => isCapitalised(t.text))
  && ORG_HEAD_WORDS.some((list) => list.has(toks.at(-1)!.text)) && !ORG_HEAD_WORDS.some((list) => list.has(toks[0]!.text));

/**
 * "Samsung Electronics and Sony Group", "Deutsche Bank and Credit Suisse Group": two companies the model read as one
 * organisation across "and", split where each side is a company's name of its own (one-word sides stay one name:
 * "Procter and Gamble", "Food and Drug Administration"; so do sides with a connector: "Department of Health and Human
 * Services").
 */
function splitJoinedCompanies(sentences: Token[][], n: NameSpan): NameSpan[] {
  if (n.type !== 'organization') return [n];
  const toks = sentences[n.sentence]!;
  for (let k = n.from + 2; k <= n.to - 2; k++) {
    if (toks[k]!.text !== 'and') continue;
    const left = toks.slice(n.from, k), right = toks.slice(k + 1, n.to + 1);
    if (!isCompanyRun(left) || !isCompanyRun(right)) continue;
    // the generic part of one longer name ("… and State University", "… and Chemical Corporation"), or a legal form
    // closing the whole name that the left side lacks ("Newport News Shipbuilding and Dry Dock Company")
    const opener = right[0]!.text;
    if (GENERIC_NAME_OPENERS.has(opener) || TRADE_FIELDS.has(opener)) continue;
    if (WHOLE_NAME_LEGAL_FORMS.has(right.at(-1)!.text) && !LEGAL_SUFFIXES.has(left.at(-1)!.text)) continue;
    return [{ ...n, to: k - 1 }, { ...n, from: k + 1 }];
  }
  return [n];
}

export function proposalsFromModel(sentences: Token[][], text: string, modelNames: NameSpan[], splitTitles = false): Proposal[] {
  const names = splitTitles ? modelNames.flatMap((n) => splitJoinedCompanies(sentences, n)) : modelNames;
  const out: Proposal[] = [];
  /** where the last name, once widened, ended: a name the model found wholly inside the widened part is part of it */
  let widened: { sentence: number; to: number } | null = null;
  for (const found of names) {
    const toks = sentences[found.sentence]!;
    if (widened && widened.sentence === found.sentence && found.to <= widened.to) continue;
    const n0 = splitTitles ? placeWithCode(toks, text, placeBeforeHyphenedOrg(toks, found)) : found;
    widened = n0.to > found.to ? { sentence: found.sentence, to: n0.to } : null;
    const person = splitTitles && n0.type !== 'person' ? personAfterTitle(toks, n0.from, n0.to) : -1;
    let n = person < 0 ? n0 : { ...n0, type: 'person' as const };
    if (splitTitles) {
      const trimmed = trimSpan(toks, n.from, n.to, n.type);
      if (!trimmed) continue;
      n = { ...n, ...trimmed };
    }
    let from = n.from;
    let honorific = from > 0 && HONORIFICS.has(toks[from - 1]!.text);
    if (HONORIFICS.has(toks[from]!.text) && from < n.to) honorific = true;
    // "Russian President Vladimir Putin" tagged as one person: the words up to the last title are a role
    if (n.type === 'person') for (let k = n.to - 1; k >= from; k--) if (isTitle(toks[k]!)) { from = k + 1; break; }
    // (a title opening an organisation's name followed by more of the name is its name: "General Motors", "the General
    // Services Administration"; "President and" is no organisation)
    const titledOrg = n.type === 'organization' && toks.slice(from + 1, n.to + 1).some((t) => capWord(t) && !isTitle(t));
    while (from < n.to && !titledOrg && (isTitle(toks[from]!) || HONORIFICS.has(toks[from]!.text))) { if (HONORIFICS.has(toks[from]!.text)) honorific = true; from++; }
    // "Liberian George Weah", "Welshman John Toshack", "Champions Juventus": a nationality or a club's epithet before the
    // name describes it (wire copy writes them so), when a name of two words (a person's) or one (a club's) is left
    if (splitTitles) while (from < n.to && describesName(toks[from]!, n.type, n.to - from)) from++;
    // (and, reconciling, loose punctuation and words with no capital: "of Chrysler", ". Yasser")
    while (from < n.to && (/^(?:the|The)$/.test(toks[from]!.text) || (splitTitles && (/^[^\p{L}\p{N}]+$/u.test(toks[from]!.text) || !/\p{Lu}/u.test(toks[from]!.text))))) from++;
    // "Secretary of State Mike Pompeo": the words that complete a title before the name ("of State") go too, up to a
    // given name or the last two words; "Vice President of the United States Joe Biden" tagged as an organisation is
    // the person its given name starts
    const ofAt = toks[from - 1]?.text === 'the' ? from - 2 : from - 1;
    const givenLater = () => toks.slice(from + 1, n.to + 1).some((t) => GIVEN_NAMES.has(t.text));
    if (splitTitles && ofAt >= 1 && toks[ofAt]!.text === 'of' && isTitle(toks[ofAt - 1]!) && (n.type === 'person' || (n.type === 'organization' && givenLater()))) {
      while (n.to - from >= 2 && !GIVEN_NAMES.has(toks[from]!.text)) from++;
      if (n.type === 'organization') n = { ...n, type: 'person' };
    }
    const tokens = toks.slice(from, n.to + 1);
    // "former Vice President" tagged as a person: a bare role, with no name left once the titles are taken off
    if (!tokens.length || tokens.every((t) => isTitle(t) || HONORIFICS.has(t.text))) continue;
    // "the President and Vice President" tagged as one name: with its titles off, only "and" is left. A span that had
    // capitals and keeps none once mended names no one (in lower-cased text no span has capitals, so none is lost).
    if (splitTitles && !tokens.some(hasCapital) && toks.slice(n0.from, n0.to + 1).some(hasCapital)) continue;
    const rolePrefix = from > n.from ? toks.slice(n.from, from).filter(capWord) : titleRunBefore(toks, from);
    const first = toks.findIndex((t) => /^[\p{L}\p{N}]/u.test(t.text));
    const initial = rolePrefix.length === 0 && (from === first || (from > 0 && OPENERS.test(toks[from - 1]!.text)));
    const start = tokens[0]!.start, end = tokens[tokens.length - 1]!.end;
    const cand = { tokens, start, end, text: text.slice(start, end), sentence: n.sentence, initial, rolePrefix, honorific };
    const parts = splitTitles ? personOfCountry(cand, text, n.type) : null;
    if (parts) out.push(...parts);
    else out.push({ cand, type: n.type });
  }
  return out;
}

/**
 * "Goran Ivanisevic of Croatia", "Richard Krajicek of the Netherlands" tagged as one place: a person named with the
 * country they come from (wire sports and court copy). Split when the words before "of" are two or three capitalised
 * words that name no organisation, title or geographic feature, and the words after it are a country or region the
 * gazetteer knows, while the whole is no place it knows ("Isle of Man", "Bank of England", "King of Spain" stay).
 */
function personOfCountry(c: Candidate, text: string, type: EntityType): Proposal[] | null {
  const of = c.tokens.findIndex((t) => t.text === 'of');
  if (of < 2 || of > 4 || of >= c.tokens.length - 1) return null;
  const who = c.tokens.slice(0, of);
  // "Boots Co Plc of Britain": a company with its legal form, and its country
  const company = LEGAL_SUFFIXES.has(who.at(-1)!.text);
  if (type === 'organization' && !company) return null;
  let where = c.tokens.slice(of + 1);
  if (where[0]!.text === 'the' && where.length > 1) where = where.slice(1);
  if (!company && (of > 3 || !who.every((t) => capWord(t) && !isTitle(t) && !ORG_WORDS.has(t.text) && !PLACE_HEADS.test(t.text) && !(t.text.toLowerCase() in DEMONYMS)))) return null;
  const span = (toks: Token[]) => ({ start: toks[0]!.start, end: toks[toks.length - 1]!.end });
  const w = span(where), p = span(who);
  const country = lookupPlace(text.slice(w.start, w.end));
  // (a state too, after a name the model calls a person: "Senator Amy Klobuchar of Minnesota"; a place of a state is
  // a place's name: "Western District of Texas")
  if (!country || country.kind === 'city' || (country.kind === 'state' && type !== 'person') || lookupPlace(c.text)) return null;
  return [
    { cand: { ...c, tokens: who, ...p, text: text.slice(p.start, p.end) }, type: company ? 'organization' : 'person' },
    { cand: { ...c, tokens: where, ...w, text: text.slice(w.start, w.end), initial: false, rolePrefix: [], honorific: false }, type: 'place' },
  ];
}

/**
 * One sense per document: a name proposed once ("Steve Jobs", "Ryanair") is proposed again where the same
 * capitalised words stand untagged, and a person's surname alone ("Jobs") counts as the person.
 */
export function repeatedNames(sentences: Token[][], text: string, proposals: Proposal[]): Proposal[] {
  const known = new Map<string, EntityType>();
  for (const p of proposals) {
    if (!p.type) continue;
    const words = p.cand.tokens.map((t) => t.text);
    if (!known.has(words.join(' '))) known.set(words.join(' '), p.type);
    const last = words[words.length - 1]!;
    if (p.type === 'person' && words.length > 1 && !known.has(last)) known.set(last, 'person');
    if (p.type === 'organization' && words.length > 2 && LEGAL_SUFFIXES.has(last)) {
      const short = words.slice(0, -1).join(' ');
      if (!known.has(short)) known.set(short, 'organization');
    }
    // an organisation's initials stand for it ("NM" for "Northwind Motors Corporation")
    const initials = words.filter((w) => capText(w) && !LEGAL_SUFFIXES.has(w)).map((w) => w[0]).join('');
    if (p.type === 'organization' && initials.length >= 2 && !known.has(initials)) known.set(initials, 'organization');
  }
  const out: Proposal[] = [];
  // Names of more than MAX_REPEATED_WORDS words are not looked for again: a run-on "name" the model tagged over a
  // whole line of capitals would make the search quadratic.
  let longest = 0;
  // the most words a known name opening with a given word has (tokens hold no spaces): most words open none
  const wordsFrom = new Map<string, number>();
  for (const k of known.keys()) {
    const words = k.split(' ');
    longest = Math.min(MAX_REPEATED_WORDS, Math.max(longest, words.length));
    wordsFrom.set(words[0]!, Math.max(wordsFrom.get(words[0]!) ?? 0, words.length));
  }
  sentences.forEach((toks, si) => {
    for (let i = 0; i < toks.length; i++) {
      if (!wordsFrom.has(toks[i]!.text) || !capWord(toks[i]!) || NON_NAMES.has(toks[i]!.text)) continue;
      for (let n = Math.min(longest, wordsFrom.get(toks[i]!.text)!, toks.length - i); n >= 1; n--) {
        const span = toks.slice(i, i + n);
        const type = known.get(span.map((t) => t.text).join(' '));
        // a longer capitalised run around the words is another name ("Jobs" in "Steve Jobs Theater")
        if (!type || (toks[i + n] && capWord(toks[i + n]!)) || (i > 0 && capWord(toks[i - 1]!) && !isTitle(toks[i - 1]!))) continue;
        const start = span[0]!.start, end = span[n - 1]!.end;
        out.push({ cand: { tokens: span, start, end, text: text.slice(start, end), sentence: si, initial: false, rolePrefix: titleRunBefore(toks, i), honorific: i > 0 && HONORIFICS.has(toks[i - 1]!.text) }, type });
        i += n - 1;
        break;
      }
    }
  });
  return out;
}

/**
 * Transcript speaker labels ("MR. SULLIVAN:", "SENIOR ADMINISTRATION OFFICIAL:") open a sentence with a
 * run of upper-case words and a colon: the speaker is a person, named or described. The model, trained on
 * running text, rarely tags an all-capitals line.
 */
export function speakerLabels(sentences: Token[][], text: string): Proposal[] {
  const out: Proposal[] = [];
  sentences.forEach((toks, si) => {
    let i = 0;
    let honorific = false;
    if (toks[0] && HONORIFICS.has(toks[0].text)) { honorific = true; i = toks[1]?.text === '.' ? 2 : 1; }
    let j = i;
    while (j < toks.length && j - i < 8 && /^\p{Lu}[\p{Lu}.'’-]*$/u.test(toks[j]!.text) && /\p{Lu}{2}/u.test(toks[j]!.text)) j++;
    if (j === i || toks[j]?.text !== ':' || text.slice(toks[j]!.end, toks[j]!.end + 1).trim() !== '') return;
    const tokens = toks.slice(i, j);
    const start = tokens[0]!.start, end = tokens[tokens.length - 1]!.end;
    out.push({ cand: { tokens, start, end, text: text.slice(start, end), sentence: si, initial: false, rolePrefix: [], honorific }, type: 'person' });
  });
  return out;
}
