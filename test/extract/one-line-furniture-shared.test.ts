// The HTML and plain-text extractors read one list of one-line furniture (src/lang/en/furniture.ts): a paragraph that
// is only "Close", "Next" or "Advert" is dropped on a web page as it is in copied page text, and the controls only a
// whole HTML paragraph is judged as ("Sign up …", "Click here …") stay body text in the text path, where such a line
// is as often the article's own advice.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/extract/html/index.js';
import { boilerplateKind } from '../../src/extract/text/boilerplate.js';

const para = (s: string) => `<p>${s} ${'This sentence adds enough words, commas and length to look like real prose in an article. '.repeat(3)}</p>`;
const page = (inner: string) => `<html><body><div class="story-body">${inner}</div></body></html>`;

describe('one list of one-line furniture for both extractors', () => {
  it('drops a lone control or advert label in an HTML paragraph, as the text path does on a line', () => {
    for (const label of ['Close', 'Next', 'Advert', 'Link copied']) {
      const a = extractHtml(page(`${para('First.')}<p>${label}</p>${para('Second.')}`));
      expect(a.text, label).not.toContain(label);
      expect(boilerplateKind(label), label).not.toBeNull();
    }
  });

  it('names an HTML subscription prompt an advert, as the text path does', () => {
    const a = extractHtml(page(`${para('First.')}<p>Subscribe</p><p>Advertisement</p>${para('Second.')}`));
    expect(a.dropped.filter((d) => d.kind === 'advert').map((d) => d.text)).toEqual(['Subscribe', 'Advertisement']);
    expect(boilerplateKind('Subscribe')).toBe('advert');
  });

  it('drops "Sign up …" and "Click here …" paragraphs on a web page only', () => {
    const advice = 'Sign up for a Hulu ad-free account for $11.99 a month';
    const a = extractHtml(page(`${para('First.')}<p>${advice}</p><p>Click here to get the app</p>${para('Second.')}`));
    expect(a.text).not.toContain(advice);
    expect(a.text).not.toContain('Click here');
    expect(boilerplateKind(advice)).toBeNull();
  });
});
