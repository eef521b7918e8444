// Grammatical gender of people in an article, so "she said" is not credited to the man named last.
// Evidence, strongest first: an honorific before a mention (Mr, Mrs, Ms, Sir, Dame), a gendered role
// word (spokeswoman, fiancée, husband), his/her pronouns in sentences naming only this person,
// and the given name (gender-detection-from-name: a maintained list of ~60k first names in six languages).
import type { Entity } from '../../model/analysis.js';
import { sentenceIndexAt } from '../document.js';
import { loadNameGenders, type NameGender } from './given-names.js';
import { FEMALE_PRONOUNS, FEMALE_ROLE, MALE_PRONOUNS, MALE_ROLE } from '../../lang/en/quote-cues.js';
import { COURTESY_TITLE_WORD, FEMALE_TITLE, FEMALE_TITLE_START, MALE_TITLE, MALE_TITLE_START } from '../../lang/en/titles.js';

export type Gender = 'male' | 'female' | null;

let lookup: ((name: string) => NameGender) | null = null;
/** Loaded on first use (given-names.ts): commands that never analyse should not pay for the lists. */
export function givenNameGender(name: string): Gender {
  lookup ??= loadNameGenders();
  const g = lookup(name);
  return g === 'unknown' ? null : g;
}

/** Role words a description carries: "the spokeswoman", "his wife". */
export function genderOfWords(words: string): Gender {
  if (FEMALE_ROLE.test(words)) return 'female';
  if (MALE_ROLE.test(words) && !/\bactor\b/i.test(words)) return 'male';
  return null;
}

const MALE_PRONOUN = new RegExp(`^(?:${MALE_PRONOUNS.join('|')})$`, 'i');
const FEMALE_PRONOUN = new RegExp(`^(?:${FEMALE_PRONOUNS.join('|')})$`, 'i');
const PERSON_PRONOUN = new RegExp(`\\b(?:${[...MALE_PRONOUNS, ...FEMALE_PRONOUNS].join('|')})\\b`, 'gi');
const isPersonPronoun = (w: string): Gender => (MALE_PRONOUN.test(w) ? 'male' : FEMALE_PRONOUN.test(w) ? 'female' : null);

/**
 * Gender of each entity that could be a person, by id. `sentences` bound the pronoun evidence;
 * `masked` has quoted words blanked, so a quotation's pronouns are not counted.
 */
export function entityGenders(text: string, masked: string, entities: Entity[], sentences: Array<{ start: number; end: number }>): Map<string, Gender> {
  const score = new Map<string, number>();
  const add = (id: string, n: number) => score.set(id, (score.get(id) ?? 0) + n);
  const candidates = entities.filter((e) => e.type !== 'place');
  for (const e of candidates) {
    for (const m of e.mentions) {
      const before = text.slice(Math.max(0, m.start - 12), m.start);
      if (MALE_TITLE.test(before)) add(e.id, 3);
      if (FEMALE_TITLE.test(before)) add(e.id, -3);
      const inside = text.slice(m.start, m.end);
      if (MALE_TITLE_START.test(inside)) add(e.id, 3);
      if (FEMALE_TITLE_START.test(inside)) add(e.id, -3);
    }
    for (const r of e.roles) { const g = genderOfWords(r); if (g) add(e.id, g === 'male' ? 3 : -3); }
    const first = e.name.split(/\s+/).filter((w) => !COURTESY_TITLE_WORD.test(w));
    if (first.length >= 2) { const g = givenNameGender(first[0]!); if (g) add(e.id, g === 'male' ? 2 : -2); }
  }
  // Pronouns after the only person named in a sentence ("Quirin wept in his lawyer's arms"). Mentions are sorted
  // into their sentences once: a filter of every entity per sentence made long articles quadratic.
  const inSentence = new Map<number, Array<{ e: Entity; end: number; quoted: boolean }>>();
  for (const e of candidates) for (const m of e.mentions) {
    const i = sentenceIndexAt(sentences, m.start);
    if (i < 0 || m.end > sentences[i]!.end) continue;
    let list = inSentence.get(i);
    if (!list) inSentence.set(i, (list = []));
    list.push({ e, end: m.end, quoted: masked[m.start] === '_' });
  }
  for (const [i, list] of inSentence) {
    const here = new Set(list.filter((x) => !x.quoted).map((x) => x.e));
    if (here.size !== 1) continue;
    const e = [...here][0]!;
    const firstAt = Math.min(...list.filter((x) => x.e === e).map((x) => x.end));
    for (const w of masked.slice(firstAt, sentences[i]!.end).matchAll(PERSON_PRONOUN)) {
      const g = isPersonPronoun(w[0]);
      if (g) add(e.id, g === 'male' ? 1 : -1);
    }
  }
  const out = new Map<string, Gender>();
  for (const e of candidates) { const s = score.get(e.id) ?? 0; out.set(e.id, s > 0 ? 'male' : s < 0 ? 'female' : null); }
  return out;
}

export const pronounGender = (w: string): Gender => isPersonPronoun(w);
