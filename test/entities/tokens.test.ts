import { describe, expect, it } from 'vitest';
import { startsLetter, startsUpper, tokenizeRange, type Token } from '../../src/analyse/entities/tokens.js';
import { COMPANY_ABBREVIATIONS, NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../../src/lang/en/abbreviations.js';

// The tokeniser as it was written with the expression (before the scanner): the reference the scanner must match.
const WORD = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const DOTTED = new Set([...COMPANY_ABBREVIATIONS, ...NAME_ABBREVIATIONS, ...TITLE_ABBREVIATIONS]);
function byExpression(text: string, from: number, to: number, si: number): Token[] {
  const toks: Token[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const start = from + m.index!;
    let end = start + m[0].length;
    let word = m[0];
    const poss = /^(.+?)['’]s$/u.exec(word);
    if (poss && /^\p{L}/u.test(word)) {
      const stemEnd = start + poss[1]!.length;
      toks.push({ text: word.slice(0, poss[1]!.length), start, end: stemEnd, sentence: si, index: 0 });
      toks.push({ text: text.slice(stemEnd, end), start: stemEnd, end, sentence: si, index: 0 });
      continue;
    }
    if (text[end] === '.' && (word.includes('.') || DOTTED.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) { end++; word += '.'; }
    toks.push({ text: word, start, end, sentence: si, index: 0 });
  }
  toks.forEach((t, i) => { t.index = i; });
  return toks;
}

// letters of several scripts (one outside the BMP), digits, the joiners, spaces of several kinds, punctuation,
// an emoji, a lone surrogate of each half
const PIECES = ['a', 'Z', 'é', 'Ł', 'ß', 'ж', 'Ж', '中', 'ا', '٣', '7', '𝐀', '😀', "'", '’', '-', '.', '&', ' ', '\n', '\u00a0',
  '\u2009', '\u3000', ',', '"', '“', '(', '—', '\ud800', '\udc00', 's', 'Inc', 'U.S', 'Mr', 'J'];

function randomText(seed: number, length: number): string {
  let x = seed;
  const next = () => { x = (x * 1103515245 + 12345) & 0x7fffffff; return x; };
  let s = '';
  for (let i = 0; i < length; i++) s += PIECES[next() % PIECES.length];
  return s;
}

describe('entity tokeniser', () => {
  it('finds the tokens the word expression finds, with possessives split and the dots of abbreviations kept', () => {
    // a kept dot is also a token of its own (the sentence's full stop, as the model was trained to see it)
    const text = 'Mr. Smith met the Kremlin’s envoy in the U.S. on 3 May; J. R. Tolkien’s Inc. co-founder (AT&T) said: "No".';
    const toks = tokenizeRange(text, 0, text.length, 0);
    expect(toks.map((t) => t.text)).toEqual(['Mr.', '.', 'Smith', 'met', 'the', 'Kremlin', '’s', 'envoy', 'in', 'the', 'U.S.', '.', 'on', '3', 'May',
      ';', 'J.', '.', 'R.', '.', 'Tolkien', '’s', 'Inc.', '.', 'co-founder', '(', 'AT&T', ')', 'said', ':', '"', 'No', '"', '.']);
    expect(toks.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
    expect(tokenizeRange(text, 0, text.length, 0)).toEqual(byExpression(text, 0, text.length, 0));
    expect(toks.map((t) => t.index)).toEqual(toks.map((_, i) => i));
  });

  it('matches the expression on random text of many scripts, spaces and surrogates, over any range', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed, 5 + (seed % 60));
      const from = seed % 3, to = text.length - (seed % 4);
      if (to <= from) continue;
      expect(tokenizeRange(text, from, to, 2)).toEqual(byExpression(text, from, to, 2));
    }
  });

  it('reads a first upper-case letter or letter as the Unicode classes do, for every character', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp < 0x10000; cp += 1) {
      const w = `${String.fromCharCode(cp)}a`;
      if (startsUpper(w) !== /^\p{Lu}/u.test(w) || startsLetter(w) !== /^\p{L}/u.test(w)) wrong.push(w);
    }
    for (const w of ['', '𝐀b', '😀', '\ud800']) if (startsUpper(w) !== /^\p{Lu}/u.test(w) || startsLetter(w) !== /^\p{L}/u.test(w)) wrong.push(w);
    expect(wrong).toEqual([]);
  });
});
