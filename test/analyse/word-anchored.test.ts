// Cue and trigger patterns are tried only at the words that can open them: every match a global search finds
// must still be found, including matches opening on a short or optional-suffix word ("a lie", "fakes",
// "pressed … to"), after a lookbehind ("exercises"), and on letters that case folding makes ASCII ("ſaid").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMatches, isAnchored } from '../../src/analyse/shared/word-anchored.js';
import { STANCE_CUES } from '../../src/lang/en/stance.js';
import { TRIGGERS } from '../../src/lang/en/events.js';
import { REPORTED } from '../../src/lang/en/stance.js';
import { CUE_RE, NOUNISH_PRESENT_RE } from '../../src/lang/en/speech.js';

const PATTERNS = [...STANCE_CUES.map((c) => c.re), REPORTED, ...TRIGGERS.map((t) => t.re), CUE_RE, NOUNISH_PRESENT_RE];

function byGlobalSearch(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, re.flags);
  const out: string[] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
}
const byAnchors = (re: RegExp, text: string) => allMatches(re, text).map((m) => `${m.index}:${m[0]}`);

const SAMPLES = [
  'He called it a lie and fakes, the staged provocations; it was a fake. Kyiv pressed Moscow hard to agree.',
  'Officials said: "no". She SAID that. They Walked out of the talks; walk-outs from the summit; the walkout of.',
  'Troops withdrew and withdraw; the navy held exercises near the coast; to exercise restraint; exercises of power.',
  'ſaid the ſtate, he ſtated, \u212Aillings of civilians; \u212Ailled; x-said; 2said; _said; said2; Erdoğan dismissed it; Erdoğanaccused; ­said.',
  'The ceasefire and cease-fire, a counteroffensive and counter-offensive, war games and wargames, flew to Paris.',
  // words compared by their first two letters, in either case: one-letter words, one-letter openings ("a lie"), long words
  'A LIE, a Lie; A lie. a; I said; X SAID; Met met MET mEt; M said; saidsaidsaidsaidsaidsaidsaidsaid; Accusedaccusedaccused accused.',
  'He pointed out, according to them, she points out; Znak.com claims FSB sources have; They will meet again; the PM told reporters; he told Reuters; it was reported; told the press; (has) nothing to do with it.',
];

describe('word-anchored pattern search', () => {
  it('reads the opening words of every cue and trigger pattern', () => {
    for (const re of PATTERNS) expect(isAnchored(re), re.source.slice(0, 60)).toBe(true);
  });

  it.each(SAMPLES)('finds what a global search finds: %s', (text) => {
    let found = 0;
    for (const re of PATTERNS) { const all = byGlobalSearch(re, text); found += all.length; expect(byAnchors(re, text), re.source.slice(0, 60)).toEqual(all); }
    expect(found).toBeGreaterThan(0);
  });

  it('finds what a global search finds in whole articles', () => {
    const dir = join(__dirname, '../fixtures/generalisation');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const re of PATTERNS) expect(byAnchors(re, text), `${f} ${re.source.slice(0, 40)}`).toEqual(byGlobalSearch(re, text));
    }
  });

  it('searches a pattern it cannot read as before', () => {
    const re = /\b(?:\d+ troops|[A-Z]\w+ said)(?!\w)/g;
    expect(isAnchored(re)).toBe(false);
    for (const other of [/\b(?:the\s+)?(\d+)s\b/g, /\b(?:said|told)|\d+/g, /\b(?:said|told)*x/g]) expect(isAnchored(other), other.source).toBe(false);
    expect(byAnchors(re, 'Yesterday 40 troops left; Ann said so.')).toEqual(['10:40 troops', '26:Ann said']);
  });
});
