// Zero-width and bidi characters are removed at extraction, so they no longer split names into one-letter
// entities; joiners that shape other scripts stay.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/api.js';
import { withoutInvisibles } from '../../src/extract/index.js';

const ARTICLE = 'Talks resume in Geneva\n\nRussian President Vla\u200bdi\u200dmir Pu\u2060tin said on Monday that the \u202etalks\u202c would go on. He met Em\u00admanuel Mac\u200eron in Geneva for four hours, officials said. Both leaders agreed to meet again next week, according to a statement.';

describe('invisible characters', () => {
  it('do not split names, in text and in HTML', () => {
    for (const [input, format] of [[ARTICLE, 'text'], [`<html><body><article>${ARTICLE.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`, 'html']] as const) {
      const a = analyzeText(input, { today: '2025-12-06', format });
      const people = a.entities.filter((e) => e.type === 'person').map((e) => e.name);
      expect(people, format).toEqual(expect.arrayContaining(['Vladimir Putin', 'Emmanuel Macron']));
      expect(a.entities.every((e) => e.name.length > 1), format).toBe(true);
      expect(a.article.text).not.toMatch(/[\u200b\u200d\u2060\u202e\u202c\u00ad\u200e]/);
      for (const e of a.entities) for (const m of e.mentions) expect(a.article.text.slice(m.start, m.end).length).toBe(m.end - m.start);
    }
  });

  it('keeps joiners that shape other scripts', () => {
    expect(withoutInvisibles('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(withoutInvisibles('👩\u200d💻')).toBe('👩\u200d💻');
    expect(withoutInvisibles('Vla\u200ddimir')).toBe('Vladimir');
  });
});
