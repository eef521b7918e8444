// The "read also" markers are one table (src/lang/en/boilerplate.ts: RELATED_MARKERS and PUBLISHER_MARKER) read by
// both extractors: a label that opens a related box in a copied page opens one in the HTML page too.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/extract/html/index.js';
import { inlineRelated, isRelatedMarker } from '../../src/extract/text/related.js';

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

  it.each(['READ', 'Watch', 'Also see', 'Read also'])('"%s:" before one linked headline is a related link on both paths', (label) => {
    const headline = 'Mayor resigns after a long inquiry into the budget';
    expect(inlineRelated(`${label}: ${headline}`)?.title).toBe(headline);
    const html = `<html><body><div class="story-body"><p>Lead. ${prose}</p><p><strong>${label}:</strong> <a href="/z">${headline}</a></p><p>Tail. ${prose}</p></div></body></html>`;
    const a = extractHtml(html, { url: 'https://news.test/a' });
    expect(a.related.map((r) => r.title)).toEqual([headline]);
    expect(a.text).not.toContain(headline);
  });

  it('a label word without its colon, or without a link, stays body text', () => {
    const html = `<html><body><div class="story-body"><p>Lead. ${prose}</p><p>Watch: the minister spoke for an hour and took no questions.</p>`
      + `<p>Read the <a href="/r">full report</a> on the agency's website, published on Monday after a long delay.</p><p>Tail. ${prose}</p></div></body></html>`;
    const a = extractHtml(html, { url: 'https://news.test/a' });
    expect(a.text).toContain('Watch: the minister spoke');
    expect(a.text).toContain('Read the full report');
    expect(a.related).toEqual([]);
  });

  it('a sentence that starts like a marker stays body text on both paths', () => {
    const line = 'More from the minister came later that day, when she spoke to reporters.';
    expect(isRelatedMarker(line)).toBe(false);
    const a = extractHtml(page(line), { url: 'https://news.test/a' });
    expect(a.text).toContain(line);
    expect(a.related).toEqual([]);
  });
});
