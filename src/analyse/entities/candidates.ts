// Candidate names: runs of capitalised words in a sentence, joined by name connectors ("Bank of America",
// "Charles de Gaulle", "Procter & Gamble"), minus sentence-initial function words, with a capitalised
// title prefix ("Russian President", "Emergencies Minister") split off as the role.
import { DEMONYMS, GIVEN_NAMES, HONORIFICS, NAME_CONNECTORS, NON_NAMES, ORG_WORDS, ROLE_MODIFIERS, SENTENCE_STARTERS, TITLE_WORDS } from '../../lang/en/entities.js';
import { lookupPlace } from '../shared/places.js';
import { isCapitalised, type Token } from './tokens.js';
import { AGENCY_HEADS, MODIFIER_SUFFIX, NAME_FINAL_TITLES, OF_HEADS } from '../../lang/en/entity-cues.js';
import { MONTH_THREE_LETTER } from '../../lang/en/times.js';

export interface Candidate {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** first word of its sentence (so its capital letter proves nothing) */
  initial: boolean;
  /** capitalised title words before the name, e.g. "Russian President" */
  rolePrefix: Token[];
  honorific: boolean;
}

const MONTH_SHORT = new RegExp(`^(?:${MONTH_THREE_LETTER.join('|')})$`);
const isWord = (t: Token) => /^[\p{L}\p{N}]/u.test(t.text);
const lower = (t: Token) => t.text.toLowerCase();
const isTitle = (t: Token) => TITLE_WORDS.has(lower(t));
const isDemonym = (t: Token) => lower(t) in DEMONYMS;
/** A capitalised word that can be part of a name (months, weekdays and "I" break a run). */
const nameLike = (t: Token) => isCapitalised(t.text) && !NON_NAMES.has(t.text) && isWord(t);

function runEnd(toks: Token[], i: number): number {
  let j = i;
  for (;;) {
    const next = toks[j + 1];
    if (!next) return j;
    if (nameLike(next)) { j++; continue; }
    const after = toks[j + 2];
    // A short month form between two name words is a name part, not a date ("Zin Mar Aung"):
    // a date would carry a day number, never a following capitalised word.
    if (MONTH_SHORT.test(next.text) && after && nameLike(after) && next.end === after.start - 1) { j += 2; continue; }
    if (next.text === '&' && after && nameLike(after)) { j += 2; continue; }
    if (next.text === 'and' && andJoinsAgency(toks, j)) { j += 2; continue; }
    if (NAME_CONNECTORS.has(next.text) && after) {
      const cur = toks[j]!;
      // "of" only after a keyword ("Bank of America", "Minister of Defence"); other connectors inside person names.
      const ofOk = next.text !== 'of' || ORG_WORDS.has(cur.text) || isTitle(cur) || OF_HEADS.test(cur.text);
      if (!ofOk) return j;
      if (nameLike(after)) { j += 2; continue; }
      const third = toks[j + 3];
      if (after.text === 'the' && third && nameLike(third)) { j += 3; continue; }
    }
    return j;
  }
}

/**
 * "US Customs and Border Protection", "Food and Drug Administration": "and" stays inside a name when the
 * words after it end in an agency or organisation head and the word before it is a common noun, not a
 * complete name (an organisation keyword, a given name or a known place would make "A and B" two names).
 */
function andJoinsAgency(toks: Token[], j: number): boolean {
  const cur = toks[j]!;
  if (ORG_WORDS.has(cur.text) || GIVEN_NAMES.has(cur.text)) return false;
  let k = j + 2;
  if (!toks[k] || !nameLike(toks[k]!)) return false;
  while (toks[k + 1] && nameLike(toks[k + 1]!)) k++;
  const head = toks[k]!.text;
  // the gazetteer last: it is the costly check, and most "and"s fail the others
  return k - j <= 4 && (AGENCY_HEADS.test(head) || ORG_WORDS.has(head)) && !lookupPlace(cur.text);
}

function firstWordIndex(toks: Token[]): number {
  const i = toks.findIndex(isWord);
  return i < 0 ? toks.length : i;
}

/** Splits a title prefix off a run: the name is what follows the last title word (or a given name). */
function splitRole(run: Token[]): { role: Token[]; name: Token[] } {
  let k = -1;
  run.forEach((t, i) => { if (i < run.length - 1 && isTitle(t)) k = i; });
  if (k < 0) {
    // "Ukrainian Volodymyr Zelensky": a demonym before a given name is a role-less modifier.
    let d = 0;
    while (d < run.length - 1 && isDemonym(run[d]!)) d++;
    return d > 0 && GIVEN_NAMES.has(run[d]!.text) ? { role: run.slice(0, d), name: run.slice(d) } : { role: [], name: run };
  }
  let rest = run.slice(k + 1);
  // "Secretary of State Marco Rubio": when the rest does not start like a name, split at a given name.
  if (rest.length > 3 || NAME_CONNECTORS.has(rest[0]!.text)) {
    const g = rest.findIndex((t) => GIVEN_NAMES.has(t.text));
    if (g > 0) { k += g; rest = run.slice(k + 1); }
    else if (rest[0]!.text === 'of' && rest.length > 1) {
      // "President of the United States", "Secretary of Defense": a bare role; the name is what follows "of (the)".
      const skip = rest[1]!.text === 'the' ? 2 : 1;
      return { role: [], name: rest.slice(skip) };
    } else if (NAME_CONNECTORS.has(rest[0]!.text)) return { role: [], name: run };
  }
  if (rest.some((t) => ORG_WORDS.has(t.text))) return { role: [], name: run };
  return { role: run.slice(0, k + 1), name: rest };
}

/**
 * "Ryanair CEO", "White House Press Secretary", "Prime Minister": a name never ends in a job title, so the
 * trailing title and the role words before it are cut ("Ryanair", "White House"); a bare role leaves nothing.
 */
function trimTrailingRole(name: Token[]): Token[] {
  let end = name.length;
  if (!end || !isTitle(name[end - 1]!) || NAME_FINAL_TITLES.has(lower(name[end - 1]!))) return name;
  while (end > 0 && isTitle(name[end - 1]!) && !NAME_FINAL_TITLES.has(lower(name[end - 1]!))) end--;
  while (end > 0 && (ROLE_MODIFIERS.has(lower(name[end - 1]!)) || isDemonym(name[end - 1]!) || isTitle(name[end - 1]!))) end--;
  while (end > 0 && NAME_CONNECTORS.has(name[end - 1]!.text)) end--;
  return name.slice(0, end);
}

export function findCandidates(sentences: Token[][], text: string): Candidate[] {
  const out: Candidate[] = [];
  sentences.forEach((toks, si) => {
    const first = firstWordIndex(toks);
    let i = 0;
    while (i < toks.length) {
      if (!nameLike(toks[i]!)) { i++; continue; }
      const j = runEnd(toks, i);
      let run = toks.slice(i, j + 1);
      // After a full stop, colon or opening quote (also ASCII `` and '') a capital letter proves nothing either.
      let initial = i === first || (i > 0 && /^[.!?…:;“"‘'`(–—-]$/.test(toks[i - 1]!.text));
      const prev = toks[i - 1];
      // "Mr. Smith", also split by the tokeniser ("MR", ".", "SULLIVAN" in a transcript)
      const honorific = !!prev && (HONORIFICS.has(prev.text) || (prev.text === '.' && i > 1 && HONORIFICS.has(toks[i - 2]!.text)));
      if (initial && SENTENCE_STARTERS.has(run[0]!.text)) { run = run.slice(1); initial = false; }
      while (run.length && /^the$/i.test(run[0]!.text)) run = run.slice(1);
      // "NATO-led KFOR", "Saudi-backed forces": a compound modifier describes the name after it
      if (run.length > 1 && MODIFIER_SUFFIX.test(run[0]!.text)) { run = run.slice(1); initial = false; }
      // A leading honorific inside the run ("Mr. Smith" at sentence start) marks a person.
      let hon = honorific;
      if (run.length > 1 && HONORIFICS.has(run[0]!.text)) { run = run.slice(1); hon = true; initial = false; }
      i = j + 1;
      if (!run.length) continue;
      const split = splitRole(run);
      const role = split.role;
      const name = trimTrailingRole(split.name);
      if (!name.length) continue;
      if (name.every((t) => isTitle(t) || NON_NAMES.has(t.text))) continue;
      const start = name[0]!.start;
      const end = name[name.length - 1]!.end;
      out.push({ tokens: name, start, end, text: text.slice(start, end), sentence: si, initial: initial && role.length === 0, rolePrefix: role, honorific: hon });
    }
  });
  return out;
}
