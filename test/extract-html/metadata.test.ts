// Each metadata source, and the order of trust between them.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/extract/html/index.js';
import { dateFromUrl, normalizeDate, readMetadata } from '../../src/extract/html/metadata.js';
import { parseHtml } from '../../src/extract/html/dom.js';

const body = '<article><p>' + 'The council met on Monday to discuss the budget, and members argued for hours about it. '.repeat(6) + '</p></article>';
const page = (head: string, bodyHtml = body, htmlAttrs = '') => `<!doctype html><html${htmlAttrs}><head>${head}</head><body>${bodyHtml}</body></html>`;

describe('metadata sources', () => {
  it('reads JSON-LD NewsArticle inside @graph', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [
      { '@type': 'WebSite', name: 'The Daily Example' },
      { '@type': 'NewsArticle', headline: 'Council passes budget', datePublished: '2019-11-05T10:30:00+01:00', dateModified: '2019-11-06',
        author: [{ '@type': 'Person', name: 'Ana Lima' }, { '@type': 'Person', name: 'Bo Chen' }], articleSection: 'Politics', publisher: { name: 'Daily Example' } },
    ] };
    const a = extractHtml(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:title" content="OG title">`));
    expect(a.title).toBe('Council passes budget');
    expect(a.published).toBe('2019-11-05T10:30:00+01:00');
    expect(a.publishedFrom).toBe('metadata');
    expect(a.modified).toBe('2019-11-06');
    expect(a.authors).toEqual(['Ana Lima', 'Bo Chen']);
    expect(a.section).toBe('Politics');
    expect(a.siteName).toBe('Daily Example');
  });

  it('survives broken JSON-LD and falls back to Open Graph', () => {
    const a = extractHtml(page('<script type="application/ld+json">{ "@type": "NewsArticle", broken</script>'
      + '<meta property="og:title" content="OG headline"><meta property="article:published_time" content="2020-02-03T08:00:00Z">'
      + '<meta property="og:site_name" content="OG Site"><meta property="og:locale" content="pt_BR"><meta property="article:section" content="World">'));
    expect(a.title).toBe('OG headline');
    expect(a.published).toBe('2020-02-03T08:00:00Z');
    expect(a.siteName).toBe('OG Site');
    expect(a.section).toBe('World');
    // og:locale is read, but the English body wins over a declared pt_BR
    expect(a.language).toBe('en');
  });

  it('reads DC.*, parsely and sailthru meta tags', () => {
    expect(extractHtml(page('<meta name="DC.date.issued" content="2018-07-09"><meta name="DC.creator" content="J. Doe">')).published).toBe('2018-07-09');
    const p = extractHtml(page('<meta name="parsely-pub-date" content="2017-01-02T03:04:05Z"><meta name="parsely-author" content="Kim Park"><meta name="parsely-title" content="Parsely title">'));
    expect([p.published, p.authors, p.title]).toEqual(['2017-01-02T03:04:05Z', ['Kim Park'], 'Parsely title']);
    const s = extractHtml(page('<meta name="sailthru.date" content="2016-05-06 07:08:09"><meta name="sailthru.author" content="Lee Roy">'));
    expect([s.published, s.authors]).toEqual(['2016-05-06T07:08:09', ['Lee Roy']]);
  });

  it('prefers article:published_time over a <time> element, and <time> over the URL', () => {
    const timeBody = `<article><time datetime="2021-03-04T05:06:07Z">4 March</time>${body}</article>`;
    expect(extractHtml(page('<meta property="article:published_time" content="2021-01-01">', timeBody)).published).toBe('2021-01-01');
    expect(extractHtml(page('', timeBody), { url: 'https://x.test/2019/11/05/story' }).published).toBe('2021-03-04T05:06:07Z');
    expect(extractHtml(page(''), { url: 'https://x.test/news/2019/11/05/story' }).published).toBe('2019-11-05');
  });

  it('falls back to a written date in a dateline element, marked as from the text', () => {
    const a = extractHtml(page('', `<div class="post-date">Posted November 5, 2019</div>${body}`));
    expect([a.published, a.publishedFrom]).toEqual(['2019-11-05', 'text']);
    const none = extractHtml(page(''));
    expect([none.published, none.publishedFrom]).toEqual([null, null]);
  });

  it('reads the declared language from <html lang>, then og:locale, then content-language', () => {
    const declared = (html: string) => readMetadata(parseHtml(html)).language;
    expect(declared(page('<meta property="og:locale" content="fr_FR">', body, ' lang="de"'))).toBe('de');
    expect(declared(page('<meta property="og:locale" content="pt_BR">'))).toBe('pt-BR');
    expect(declared(page('<meta http-equiv="Content-Language" content="es">'))).toBe('es');
  });

  it('takes the language from the text, keeping the declared tag when it agrees', () => {
    expect(extractHtml(page('', body, ' lang="de"')).language).toBe('en');
    expect(extractHtml(page('', body, ' lang="en-GB"')).language).toBe('en-GB');
    const german = '<article><p>' + 'Der Stadtrat hat am Montag über den Haushalt beraten, und die Mitglieder stritten stundenlang darüber. '.repeat(4) + '</p></article>';
    expect(extractHtml(page('', german, ' lang="en"')).language).toBe('de');
  });

  it('cleans the document title and resolves the canonical URL', () => {
    const a = extractHtml(page('<title>Budget fight drags on all night | The Daily Example</title><link rel="canonical" href="/a/b">'), { url: 'https://daily.example/x?y=1' });
    expect(a.title).toBe('Budget fight drags on all night');
    expect(a.canonicalUrl).toBe('https://daily.example/a/b');
  });

  it('finds byline authors when no meta tag names them', () => {
    expect(extractHtml(page('', `<article><span class="byline">By Maria Souza and John Smith</span>${body}</article>`)).authors).toEqual(['Maria Souza', 'John Smith']);
  });
});

describe('date helpers', () => {
  it('normalizes and rejects dates', () => {
    expect(normalizeDate('2019-13-01')).toBeNull();
    expect(normalizeDate('not a date')).toBeNull();
    expect(normalizeDate('Tue, 05 Nov 2019 10:00:00 GMT')).toBe('2019-11-05T10:00:00.000Z');
    expect(normalizeDate('20191105')).toBe('2019-11-05');
  });
  it('reads dates from URL paths only when they are real dates', () => {
    expect(dateFromUrl('https://a.test/2019/11/05/title')).toBe('2019-11-05');
    expect(dateFromUrl('https://a.test/2019-11-05-title')).toBe('2019-11-05');
    expect(dateFromUrl('https://a.test/item/12345678')).toBeNull();
  });
});
