// The name tagger's learned name-type lexicon (src/lang/name-lexicon.ts, built by scripts/ner/name-lexicon.mjs from
// corpora the English model does not train on) and the organisation evidence a capitalised run gives its words.
import { describe, expect, it } from 'vitest';
import { docEvidence, lexical } from '../../src/analyse/entities/ner/features.js';
import { LEARNED_ORGANIZATIONS, LEARNED_ORG_HEADS, LEARNED_PERSONS, LEARNED_PLACES } from '../../src/lang/name-lexicon.js';

const kinds = (w: string) => lexical(w, w.toLowerCase());

describe('the learned name-type lexicon', () => {
  it('gives each word at most one name type', () => {
    for (const w of LEARNED_ORGANIZATIONS) {
      expect(LEARNED_PERSONS.has(w)).toBe(false);
      expect(LEARNED_PLACES.has(w)).toBe(false);
    }
    for (const w of LEARNED_PERSONS) expect(LEARNED_PLACES.has(w)).toBe(false);
  });

  it('types business names other languages\' news names, capitalised or in a headline, never a lower-case word', () => {
    expect(kinds('Samsung')).toContain('norg');
    expect(kinds('SAMSUNG')).toContain('norg');
    expect(kinds('samsung')).not.toContain('norg');
    expect(kinds('Reuters')).toContain('norg');
  });

  it('marks organisation heads learned from the last words of organisation names', () => {
    expect(LEARNED_ORG_HEADS.size).toBeGreaterThan(20);
    expect(kinds('Airlines')).toContain('nhead');
  });
});

describe('organisation evidence of a capitalised run', () => {
  it('reaches every word of a run with an organisation word anywhere in it, not only the word before it', () => {
    const ev = docEvidence([['Shares', 'of', 'Acme', 'Widget', 'Corp', 'rose', '.'], ['John', 'Smith', 'spoke', '.']]);
    expect(ev.get('Acme')).toContain('drun=org');
    expect(ev.get('Widget')).toContain('drun=org');
    expect(ev.get('Corp') ?? []).not.toContain('drun=org');
    expect(ev.get('Smith') ?? []).not.toContain('drun=org');
  });
});
