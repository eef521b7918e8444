// Language detection gives up below 40 letters (a Chinese or Japanese character counting three); the count
// reads one character at a time and stops at the threshold, so it must agree with counting every letter at once.
import { describe, expect, it } from 'vitest';
import { detectLanguage, hasLetters } from '../../src/extract/language.js';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const counted = (s: string) => (s.match(/\p{L}/gu)?.length ?? 0) + 2 * (s.match(CJK)?.length ?? 0);

describe('too few letters to tell the language', () => {
  it.each([
    'ab '.repeat(19) + 'c', 'ab '.repeat(20), '中'.repeat(13), '中'.repeat(13) + 'a', '〇'.repeat(19) + 'a', '〇'.repeat(19) + 'ab',
    'ひらがなカタカナー'.repeat(4), '1234567890 '.repeat(20), 'é'.repeat(39), 'é'.repeat(40), '𝐀'.repeat(39), '𝐀'.repeat(40), '',
  ])('agrees with counting every letter: %s', (s) => {
    for (const min of [1, 39, 40, 41]) expect(hasLetters(s, min), `${min}`).toBe(counted(s) >= min);
  });

  it('falls back to the declared language below the threshold', () => {
    expect(detectLanguage('ab '.repeat(19) + 'c', 'xx')).toBe('xx');
    expect(detectLanguage('The government said on Monday that the talks would resume after the holiday.', null)).toBe('en');
  });
});
