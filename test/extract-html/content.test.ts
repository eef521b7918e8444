// Body extraction: blocks in order, boilerplate dropped, related boxes, captions and credits.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/extract/html/index.js';
import { extract } from '../../src/extract/index.js';

const para = (s: string) => `<p>${s} ${'This sentence adds enough words, commas and length to look like real prose in an article. '.repeat(3)}</p>`;
const wrap = (inner: string) => `<html><body><nav class="menu"><a href="/">Home</a><a href="/a">Sports news</a></nav><div class="story-body">${inner}</div><footer>Copyright</footer></body></html>`;

describe('body extraction', () => {
  it('keeps paragraphs, headings, list items and quotes in order, with offsets', () => {
    const a = extractHtml(wrap(`${para('First.')}<h2>A subhead</h2>${para('Second.')}<ul><li>Point one of the list</li><li>Point two of the list</li></ul><blockquote><p>A quoted passage here.</p></blockquote>${para('Third.')}`));
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'list-item', 'list-item', 'quote', 'paragraph']);
    expect(a.text.slice(a.blocks[1]!.start, a.blocks[1]!.end)).toBe('A subhead');
    expect(a.text.startsWith('First.')).toBe(true);
    expect(a.text).not.toContain('Home');
    expect(a.text).not.toContain('Copyright');
  });

  it('drops share bars, newsletter boxes, cookie banners and adverts with a kind', () => {
    const a = extractHtml(wrap(`${para('Lead.')}<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a></div>`
      + `<div class="ad-slot">Advertisement</div><div class="newsletter-signup"><p>Sign up for our daily newsletter</p></div>`
      + `<div class="cookie-consent">We use cookies</div>${para('Tail.')}<p>Advertisement</p>`));
    expect(a.text).not.toMatch(/Facebook|Sign up|cookies|Advertisement/);
    expect(a.dropped.map((d) => d.kind)).toContain('advert');
    expect(a.blocks).toHaveLength(2);
  });

  it('moves an in-body "Read also" box to related with absolute URLs and sections', () => {
    const a = extractHtml(wrap(`${para('Lead.')}<aside><strong>Read also</strong><ul>`
      + `<li><a href="/world/one"><span class="kicker">World</span><h3>First related story title</h3></a></li>`
      + `<li><a href="https://other.test/two">Second related story title</a></li></ul></aside>${para('Tail.')}`), { url: 'https://news.test/x/y' });
    expect(a.related).toEqual([
      { title: 'First related story title', section: 'World', url: 'https://news.test/world/one' },
      { title: 'Second related story title', section: null, url: 'https://other.test/two' },
    ]);
    expect(a.text).not.toContain('related story');
    expect(a.dropped.some((d) => d.kind === 'related')).toBe(true);
  });

  it('recognises an inline "Related:" paragraph link', () => {
    const a = extractHtml(wrap(`${para('Lead.')}<p><strong>Related:</strong> <a href="/z">Mayor resigns after long inquiry</a></p>${para('Tail.')}`), { url: 'https://n.test/' });
    expect(a.related.map((r) => r.title)).toEqual(['Mayor resigns after long inquiry']);
  });

  it('turns figures into media with caption and credit, never into text', () => {
    const a = extractHtml(wrap(`${para('Lead.')}<figure><img data-src="/p.jpg" src="data:image/gif;base64,R0lG"><figcaption>The mayor speaks to reporters. <cite>Photo: Jane Roe/Agency</cite></figcaption></figure>`
      + `<div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">A crowd gathers outside.</p></div>${para('Tail.')}`), { url: 'https://n.test/a/' });
    expect(a.media[0]).toEqual({ url: 'https://n.test/p.jpg', caption: 'The mayor speaks to reporters.', credit: 'Photo: Jane Roe/Agency' });
    expect(a.text).not.toMatch(/mayor speaks|Jane Roe|crowd gathers/);
  });

  it('uses <base href> for relative links', () => {
    const a = extractHtml(`<html><head><base href="https://cdn.test/base/"></head><body><div class="content">${para('Lead.')}<figure><img src="i.png"><figcaption>Cap</figcaption></figure></div></body></html>`, { url: 'https://n.test/' });
    expect(a.media[0]?.url).toBe('https://cdn.test/base/i.png');
  });

  it('routes format html through extract()', () => {
    expect(extract(wrap(para('Routed.')), 'html').text.startsWith('Routed.')).toBe(true);
  });
});

// Structures copied (not content) from odd pages of the Readability test set.
describe('odd page structures', () => {
  it('article split into sibling sections by adverts keeps every part', () => {
    const part = (n: number) => `<div class="post__content__section"><div class="post__content">${para(`Part ${n}.`)}${para(`More ${n}.`)}</div></div><div class="ad">Advertisement</div>`;
    const a = extractHtml(`<html><body><div class="post">${part(1)}${part(2)}${part(3)}</div><div class="comments">${para('Comment.')}</div></body></html>`);
    expect(a.text).toMatch(/Part 1\..*Part 2\..*Part 3\./s);
    expect(a.text).not.toMatch(/Comment\.|Advertisement/);
  });

  it('text in <br>-separated divs (no <p>) becomes paragraphs', () => {
    const a = extractHtml(`<html><body><div id="main">Line one of the story, with details, and more details here.<br><br>Line two of the story, with details, and more details here.</div></body></html>`);
    expect(a.blocks).toHaveLength(2);
  });

  it('hidden elements and comment sections outside the body are not text', () => {
    const a = extractHtml(wrap(`${para('Lead.')}<div style="display:none">${para('Hidden.')}</div><p hidden>Also hidden text here.</p>`));
    expect(a.text).not.toMatch(/Hidden|Also hidden/);
  });

  it('a cookie banner with more text than a short article does not win', () => {
    const a = extractHtml(`<html><body><div class="gdpr-notice"><p>We use cookies, and partners, to improve your experience, measure audiences, and show ads.</p></div>`
      + `<div class="entry">${para('Real.')}${para('Story.')}</div></body></html>`);
    expect(a.text.startsWith('Real.')).toBe(true);
  });
});

describe('the container is not widened to its own ancestors', () => {
  it('keeps the article when its near-equal rivals are only its parents', async () => {
    const { parseHtml } = await import('../../src/extract/html/dom.js');
    const { findContent, prune } = await import('../../src/extract/html/score.js');
    const para = (s: string) => `<p>${s}</p>`;
    const html = `<html><body><div class="main"><div class="promo-strip"><p>Other things to read on this website today and tomorrow, all of them.</p></div>`
      + `<div class="content"><div class="post-body"><article class="story">${para('The council approved the budget on Monday after four hours of talks.')}`
      + `${para('Members argued about schools and roads before the vote.')}</article></div></div>`
      + `<div class="teasers"><p>Another unrelated story about the weather in the north of the country.</p></div></div></body></html>`;
    const doc = parseHtml(html);
    prune(doc);
    expect(findContent(doc).map((e) => `${e.name}.${e.attribs.class}`)).toEqual(['article.story']);
  });
});

describe('bylines and date stamps at the top of the body', () => {
  it('are metadata, not body', () => {
    const a = extractHtml(wrap(`<p>By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m.</p><p>Updated November 18, 2019</p>${para('First.')}${para('Second.')}`));
    expect(a.text.startsWith('First.')).toBe(true);
    expect(a.dropped.map((d) => d.text)).toContain('Updated November 18, 2019');
  });
  it('a short sentence starting with "By" stays', () => {
    const a = extractHtml(wrap(`<p>By the end of the week, the council had approved it.</p>${para('Second.')}`));
    expect(a.text.startsWith('By the end of the week')).toBe(true);
  });
});
