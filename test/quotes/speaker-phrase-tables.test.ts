// The word tables the speaker rules read from src/lang/en (speaker-phrases.ts, quote-cues.ts, determiners.ts) keep the
// meaning they had as inline patterns: a role's other offices, the head of a speaker phrase before its complement,
// and the clause conjunctions a pronoun's antecedent may follow.
import { describe, expect, it } from 'vitest';
import { headPatterns } from '../../src/analyse/quotes/resolve.js';
import { CLAUSE_CONJUNCTIONS, DETERMINERS, PREP, PREP_BETWEEN, PREPOSITIONS, STOP_WORDS } from '../../src/lang/en/speaker-phrases.js';
import { NEUTRAL_BEFORE_HEAD } from '../../src/lang/en/quote-cues.js';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../../src/lang/en/determiners.js';

describe('speaker phrase tables', () => {
  it('"the president" is not the vice president, a former or an acting one, nor the president-elect', () => {
    const { role } = headPatterns('president');
    expect(role.test('president of Brazil')).toBe(true);
    expect(role.test('Brazilian president')).toBe(true);
    for (const other of ['vice president', 'former president', 'ex president', 'deputy president', 'acting president', 'president-elect']) {
      expect(role.test(other), other).toBe(false);
    }
  });

  it('a speaker phrase ends its head at the first preposition of a complement', () => {
    const cut = (s: string) => s.slice(0, PREP_BETWEEN.exec(s)?.index ?? s.length);
    expect(cut('Lucy Fischer of The Times')).toBe('Lucy Fischer');
    expect(cut('a spokesman for the ministry in Kyiv')).toBe('a spokesman');
    expect(cut('Officer Dan Smith')).toBe('Officer Dan Smith');
    for (const p of PREPOSITIONS) expect(PREP.test(p), p).toBe(true);
    expect(PREP.test('to')).toBe(false);
  });

  it('the clause conjunctions are stop words (the antecedent rule lets a name follow them, not other stop words)', () => {
    for (const w of CLAUSE_CONJUNCTIONS) expect(STOP_WORDS.has(w), w).toBe(true);
    expect(CLAUSE_CONJUNCTIONS.has('with')).toBe(false);
  });

  it('articles and possessives are determiners and leave a role\'s modifier open', () => {
    for (const w of [...ARTICLES, ...POSSESSIVE_DETERMINERS]) {
      expect(DETERMINERS.has(w), w).toBe(true);
      expect(NEUTRAL_BEFORE_HEAD.test(w.toUpperCase()), w).toBe(true);
    }
    expect(NEUTRAL_BEFORE_HEAD.test('interior')).toBe(false);
  });
});
