// Roles from titles and appositions: "Russian President Vladimir Putin", "presidential advisor Yuri Ushakov",
// "US envoys Steve Witkoff and Jared Kushner", "The Kremlin's special representative, Kirill Dmitriev",
// "Zelensky, the Ukrainian president", "Tim Cook, chief executive of Apple".
import type { Candidate } from './candidates.js';
import { DEMONYMS, ROLE_MODIFIERS, TITLE_WORDS } from '../../lang/en/entities.js';
import { ROLE_STOP_WORDS as FUNCTION_WORDS } from '../../lang/en/entity-cues.js';
import { ARTICLE, BEFORE_APPOSED_ROLE, POSSESSOR_OPENER, ROLE_COMPLEMENT_PREP, ROLE_OPENER, TITLE_COMPLEMENT_PREP } from '../../lang/en/role-phrases.js';
import { isCapitalised, startsLetter, type Token } from './tokens.js';
import { lookupPlace } from '../shared/places.js';

const lower = (t: Token) => t.text.toLowerCase();
const isTitle = (t: Token) => TITLE_WORDS.has(lower(t));
const isPossessive = (t: Token) => /^['’]s$/.test(t.text);
/** A word that may stand inside a role phrase. */
const roleWord = (t: Token) => {
  const l = lower(t);
  return TITLE_WORDS.has(l) || ROLE_MODIFIERS.has(l) || l in DEMONYMS || isPossessive(t) || (isCapitalised(t.text) && startsLetter(t.text));
};

/** "envoys" → "envoy" when the singular is a known title; plural tells a shared role. */
function singular(word: string): { word: string; plural: boolean } {
  const w = word.toLowerCase();
  if (w.endsWith('s') && TITLE_WORDS.has(w.slice(0, -1))) return { word: word.slice(0, -1), plural: true };
  if (w === 'spokesmen') return { word: word.replace(/men$/, 'man'), plural: true };
  return { word, plural: false };
}

function phrase(toks: Token[], from: number, to: number, text: string): { role: string; plural: boolean } {
  const head = singular(toks[to]!.text);
  const body = text.slice(toks[from]!.start, toks[to]!.start) + head.word;
  return { role: body.replace(/\s+/g, ' ').trim(), plural: head.plural };
}

/** Longest role phrase read before a name ("Russian Deputy Foreign Minister" is four). */
const MAX_ROLE_WORDS = 8;

export interface RoleHit { role: string; plural: boolean }

/** Role written before the name, capitalised or not, ending in a title word right before it. */
function roleBefore(c: Candidate, toks: Token[], text: string): RoleHit | null {
  const first = c.rolePrefix.length ? c.rolePrefix[0]! : c.tokens[0]!;
  const end = c.rolePrefix.length ? c.rolePrefix[c.rolePrefix.length - 1]!.index : first.index - 1;
  // A capitalised prefix ("Vice President of the United States") was already cut at a title by the candidate finder.
  if (end < 0 || (!c.rolePrefix.length && !isTitle(toks[end]!))) return null;
  let from = c.rolePrefix.length ? first.index : end;
  // At most MAX_ROLE_WORDS back: a run of capitalised words ("Helen member Rejected" × 1,000, found by the
  // fuzzer) made every name's role the whole run before it, quadratic in time and in output.
  while (from > 0 && end - from < MAX_ROLE_WORDS && roleWord(toks[from - 1]!) && !/^(the|a|an)$/i.test(toks[from - 1]!.text)) from--;
  // Never start a role on a possessive marker or with a lone capitalised word followed by a verb-like gap.
  while (from < end && isPossessive(toks[from]!)) from++;
  return phrase(toks, from, end, text);
}

/** "Zelensky, the Ukrainian president," / "Tim Cook, chief executive of Apple". */
function roleAfter(c: Candidate, toks: Token[], text: string): RoleHit | null {
  let i = c.tokens[c.tokens.length - 1]!.index + 1;
  if (toks[i]?.text !== ',') return null;
  i++;
  if (ARTICLE.test(toks[i]?.text ?? '')) i++;
  const from = i;
  let head = -1;
  // "the government's chief negotiator": a lower-case possessor may open the role
  const possessor = (k: number) => /^\p{Ll}[\p{L}-]*$/u.test(toks[k]!.text) && !!toks[k + 1] && isPossessive(toks[k + 1]!);
  while (i < toks.length && (roleWord(toks[i]!) || possessor(i)) && i - from < 6) { if (isTitle(toks[i]!)) head = i; i++; }
  if (head < 0) return null;
  // Keep an "of Apple" / "for the fire service" complement up to the next comma.
  let to = head;
  if (ROLE_COMPLEMENT_PREP.test(toks[head + 1]?.text ?? '')) {
    let k = head + 1;
    while (toks[k + 1] && !/^[,.;:)\]–—]$/.test(toks[k + 1]!.text) && k - head < 12) k++;
    if (k > head + 1 && (!toks[k + 1] || /^[,.;:)\]–—]$/.test(toks[k + 1]!.text))) to = k;
  }
  const next = toks[to + 1];
  if (next && !/^[,.;:)\]–—-]$/.test(next.text)) return null;
  const hit = phrase(toks, from, head, text);
  if (to > head) hit.role = `${hit.role} ${text.slice(toks[head + 1]!.start, toks[to]!.end)}`;
  return hit;
}

/** "The Kremlin’s special representative, Kirill Dmitriev". */
function roleApposedBefore(c: Candidate, toks: Token[], text: string): RoleHit | null {
  const comma = c.tokens[0]!.index - 1;
  if (c.rolePrefix.length || toks[comma]?.text !== ',' || !toks[comma - 1]) return null;
  // "The President of the Nigeria Labour Congress (NLC), Emeka Nwosu": an acronym in brackets ends the complement.
  let last = comma - 1;
  if (toks[last]!.text === ')' && toks[last - 2]?.text === '(') last -= 3;
  if (!toks[last]) return null;
  // "The current president of Namibia, Hage Geingob", "the Secretary to the Government of the Federation, X":
  // step back over the complement (up to ten words, no comma) to the title.
  let headAt = last;
  for (let k = last; k > 0 && last - k < 10 && toks[k]!.text !== ',' && !isTitle(toks[headAt]!); k--) if (TITLE_COMPLEMENT_PREP.test(toks[k]!.text) && isTitle(toks[k - 1]!)) headAt = k - 1;
  if (!isTitle(toks[headAt]!)) return null;
  // "the former mayor of South Bend, Indiana, who": a state or country after a place in the complement is where that
  // place lies, not the person apposed to the role
  if (last > headAt && /^\p{Lu}/u.test(toks[last]!.text) && (lookupPlace(c.text)?.kind ?? 'city') !== 'city') return null;
  let from = headAt;
  // lowercase noun modifiers may stand in the role too ("the EU's foreign policy chief, Kaja Kallas"):
  // the determiner check below keeps verbs and prepositions out
  let nouns = 0;
  const modifier = (t: Token) => /^\p{Ll}[\p{L}-]+$/u.test(t.text) && !FUNCTION_WORDS.has(t.text) && nouns++ < 3;
  // possessive determiners open the role like articles do ("his Eritrean counterpart, Osman Saleh")
  while (from > 0 && (roleWord(toks[from - 1]!) || modifier(toks[from - 1]!)) && !ROLE_OPENER.test(toks[from - 1]!.text)) from--;
  // "The rebels' chief negotiator, Pablo Beltrán": a plural possessor (word + apostrophe) opens the role
  if (/^['’]$/.test(toks[from - 1]?.text ?? '') && /s$/.test(toks[from - 2]?.text ?? '')) {
    let k = from - 2;
    while (k > 0 && /^\p{L}/u.test(toks[k - 1]!.text) && !POSSESSOR_OPENER.test(toks[k - 1]!.text) && from - k < 3) k--;
    from = k;
  }
  const before = toks[from - 1];
  if (before && !BEFORE_APPOSED_ROLE.test(before.text) && !/^[,;:(–—-]$/.test(before.text)) return null;
  const hit = phrase(toks, from, headAt, text);
  if (headAt < comma - 1) hit.role = `${hit.role} ${text.slice(toks[headAt + 1]!.start, toks[last]!.end)}`;
  return hit;
}

/** "The Qatari mediator, Minister of State Mohammed Al-Khulaifi": the apposed role before a role prefix. */
export function outerRole(c: Candidate, toks: Token[], text: string): RoleHit | null {
  if (!c.rolePrefix.length) return null;
  return roleApposedBefore({ ...c, rolePrefix: [], tokens: c.rolePrefix }, toks, text);
}

export function findRole(c: Candidate, toks: Token[], text: string): RoleHit | null {
  return roleBefore(c, toks, text) ?? roleApposedBefore(c, toks, text) ?? roleAfter(c, toks, text);
}

/** Country codes named by demonyms or country words in a role ("Russian President" → RU). */
export function roleCountries(role: string): string[] {
  const out: string[] = [];
  for (const w of role.toLowerCase().split(/[\s’']+/)) { const c = DEMONYMS[w]; if (c) out.push(c); }
  return out;
}
