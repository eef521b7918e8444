// The "read also" markers are one table (src/lang/en/boilerplate.ts: RELATED_MARKERS and PUBLISHER_MARKER) read by
// both extractors: a label that opens a related box in a copied page opens one in the HTML page too.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/extract/html/index.js';
import { isRelatedMarker } from '../../src/extract/text/related.js';

const prose = 'This sentence adds enough words, commas and length to look like real prose in an article. '.repeat(3);
const page = (label: string) => `<html><body><div class="story-body"><p>Lead. ${prose}</p><p>${label}</p>`
  + '<p><a href="/one">Mayor resigns after a long inquiry into the budget</a></p>'
  + '<p><a href="/two">Floods close the coastal road for a second week</a></p>'
  + `<p>Tail. ${prose}</p></div></body></html>`;

const MARKERS = [
  'Read also', 'READ MORE', 'See also:', 'Related articles', 'More on this story', 'You may also like', 'Leia também',
  'Lire aussi', 'Lesen Sie auch', 'Читайте также', 'More from Sportsnet', 'More From the Los Angeles Times', 'Also on DW',
];

describe('both extractors read the same related-box markers', () => {
  it.each(MARKERS)('"%s" opens a related block in a copied page and in an HTML page', (label) => {
    expect(isRelatedMarker(label)).toBe(true);
    const a = extractHtml(page(label), { url: 'https://news.test/a' });
    expect(a.related.map((r) => r.title)).toEqual(['Mayor resigns after a long inquiry into the budget', 'Floods close the coastal road for a second week']);
    expect(a.text).not.toContain(label);
    expect(a.text).toContain('Tail.');
  });

  it('a sentence that starts like a marker stays body text on both paths', () => {
    const line = 'More from the minister came later that day, when she spoke to reporters.';
    expect(isRelatedMarker(line)).toBe(false);
    const a = extractHtml(page(line), { url: 'https://news.test/a' });
    expect(a.text).toContain(line);
    expect(a.related).toEqual([]);
  });
});
