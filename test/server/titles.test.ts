// Scraped plain text often has no title: lists and pages name it by its opening sentence.
import { describe, expect, it } from 'vitest';
import { displayTitle } from '../../src/server/views/pages/lists.js';

describe('displayTitle', () => {
  it('keeps a real title', () => {
    expect(displayTitle('Talks resume', 'Anything.')).toBe('Talks resume');
  });
  it('uses the first sentence of an untitled text', () => {
    expect(displayTitle(null, 'Putin said Moscow will act. Ukraine refused.')).toBe('Putin said Moscow will act.');
  });
  it('cuts a long opening at a word boundary', () => {
    const t = displayTitle(null, `${'word '.repeat(40)}end.`);
    expect(t.endsWith('…')).toBe(true);
    expect(t.length).toBeLessThanOrEqual(91);
    expect(t).not.toMatch(/wor…$/);
  });
});
