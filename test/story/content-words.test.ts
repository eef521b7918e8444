// The story stage's word scanner must find exactly what the Unicode pattern it replaced finds, on any text.
import { describe, expect, it } from 'vitest';
import { letterWords } from '../../src/story/terms.js';

const PATTERN = /\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu;
const reference = (s: string) => s.match(PATTERN) ?? [];

describe('story word scanner', () => {
  it('finds the same words as the Unicode letter pattern on written cases', () => {
    for (const s of ["rock'n'roll don't -- word- -word a-b-c 'quoted' ’tis", 'Zelensky’s aides; Путин сказал, 東京都 x', 'naïve café Ωmega 𝐀𝐁 emoji 😀 letters', '', "'''", 'a', 'ab-', 'x’’y']) {
      expect(letterWords(s), s).toEqual(reference(s));
    }
  });

  it('finds the same words as the Unicode letter pattern on random text', () => {
    const alphabet = ['a', 'Z', 'é', 'Ж', '東', "'", '’', '-', ' ', '.', '1', '😀', '𝐀', '\n', 'ß', '\u0301'];
    let x = 12345;
    const rnd = () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) / 2 ** 32; };
    for (let k = 0; k < 2000; k++) {
      let s = '';
      const n = Math.floor(rnd() * 40);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(letterWords(s), JSON.stringify(s)).toEqual(reference(s));
    }
  });
});
