// The demonym table answers only for its own words: article words such as "constructor" or "__proto__" are looked up
// in it with `in` and `[]`, and must not answer from Object.prototype.
import { describe, expect, it } from 'vitest';
import { DEMONYMS } from '../../src/lang/en/entities.js';

describe('the demonym table', () => {
  it('knows its nationality words and nothing inherited', () => {
    expect(DEMONYMS['russian']).toBe('RU');
    expect('ukrainian' in DEMONYMS).toBe(true);
    for (const w of ['constructor', '__proto__', 'tostring', 'hasownproperty', 'valueOf', 'toString']) {
      expect(w in DEMONYMS, w).toBe(false);
      expect(DEMONYMS[w], w).toBeUndefined();
    }
  });
});
