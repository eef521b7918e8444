// Page metadata, each field taken from the most trusted source that has it. Order of trust:
// JSON-LD (schema.org Article) > Open Graph / article:* > other meta tags (author, date, DC.*,
// parsely, sailthru, itemprop) > <time datetime> > the URL (/2019/11/05/) > the page text.
import { attr, byTag, elements, textOf, type Document } from './dom.js';
import { ldNames, ldString, ldType, readJsonLd } from './jsonld.js';
import { AUTHOR_HINTS, DATE_ELEMENT_HINTS, PUBLISHED_TIME_HINTS, SCHEMA_SITE_TYPES } from '../../lang/page-hints.js';
import { MONTH_NAME_PATTERN } from '../../lang/en/times.js';

export interface PageMetadata {
  title: string | null;
  authors: string[];
  published: string | null;
  publishedFrom: 'metadata' | 'text' | null;
  modified: string | null;
  section: string | null;
  siteName: string | null;
  language: string | null;
  canonicalUrl: string | null;
  description: string | null;
}

/** meta name/property/itemprop (lower-cased) → first non-empty content. */
function metaMap(doc: Document): Map<string, string> {
  const m = new Map<string, string>();
  for (const el of byTag(doc, 'meta')) {
    const content = (el.attribs.content ?? '').trim();
    if (!content) continue;
    for (const key of [el.attribs.name, el.attribs.property, el.attribs.itemprop, el.attribs['http-equiv']]) {
      // "dc:title" and "DC.title" are the same Dublin Core field.
      for (const raw of (key ?? '').toLowerCase().split(/\s+/)) {
        const k = raw.replace(/^(dc|dcterms?):/, (_, p: string) => `${p === 'dcterm' ? 'dcterms' : p}.`);
        if (k && !m.has(k)) m.set(k, content);
      }
    }
  }
  return m;
}

const first = (m: Map<string, string>, keys: string[]): string | null => {
  for (const k of keys) if (m.get(k)) return m.get(k)!;
  return null;
};

/** ISO date or date-time, or null when the value is not a recognisable date. */
export function normalizeDate(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (iso) {
    const [, y, mo, d, time, zone] = iso;
    if (+mo! < 1 || +mo! > 12 || +d! < 1 || +d! > 31) return null;
    if (!time) return `${y}-${mo}-${d}`;
    const z = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${y}-${mo}-${d}T${time}${z}`;
  }
  const t = Date.parse(v);
  if (Number.isNaN(t) || !/\d{4}/.test(v)) return null;
  return new Date(t).toISOString();
}

/** Date in the URL path: /2019/11/05/ or /20191105/ or /2019-11-05-. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[-/_.]|$)/.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

// month names and their abbreviations, matched case-insensitively
const MONTHS = MONTH_NAME_PATTERN;
const DATE_ELEMENT_HINT = new RegExp(DATE_ELEMENT_HINTS.join('|'), 'i');
const PUBLISHED_TIME_HINT = new RegExp(PUBLISHED_TIME_HINTS.join('|'), 'i');
const AUTHOR_HINT = new RegExp(`(^|\\s)(${AUTHOR_HINTS.join('|')})(\\s|$)`, 'i');
const SITE_TYPE = new RegExp(`^(${SCHEMA_SITE_TYPES.join('|')})$`);
const TEXT_DATE = new RegExp(`\\b(?:(${MONTHS})\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})|(\\d{1,2})\\s+(${MONTHS})\\.?,?\\s+((?:19|20)\\d{2}))\\b`, 'i');

/** A written date ("November 5, 2019", "5 Nov 2019") in a short date/byline element of the page. */
function dateFromText(doc: Document): string | null {
  for (const el of elements(doc)) {
    if (!DATE_ELEMENT_HINT.test(`${attr(el, 'class')} ${attr(el, 'id')}`)) continue;
    const text = textOf(el);
    if (text.length > 120) continue;
    const m = TEXT_DATE.exec(text);
    if (!m) continue;
    const [month, day, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
    const t = Date.parse(`${month} ${day}, ${year} 12:00 UTC`);
    if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  }
  return null;
}

function timeElementDate(doc: Document): string | null {
  const times = byTag(doc, 'time').filter((t) => t.attribs.datetime);
  const preferred = times.find((t) => 'pubdate' in t.attribs || PUBLISHED_TIME_HINT.test(`${attr(t, 'itemprop')} ${attr(t, 'class')}`));
  return normalizeDate((preferred ?? times[0])?.attribs.datetime);
}

/** "Title | Site" or "Title - Site": drop the site part when it looks like one. */
function cleanDocTitle(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—»·-]\s+/);
  if (parts.length < 2) return title;
  if (siteName && parts.length > 1) {
    const rest = parts.filter((p) => p.toLowerCase() !== siteName.toLowerCase());
    if (rest.length < parts.length) return rest.join(' - ');
  }
  const head = parts[0]!;
  return head.split(/\s+/).length >= 3 ? head : title;
}

function normalizeLanguage(v: string | null): string | null {
  if (!v) return null;
  const tag = v.split(/[,;]/)[0]!.trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

function authorList(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    for (const name of v.split(/\s*(?:,|\band\b|&)\s*/)) {
      const n = name.replace(/^by\s+/i, '').trim();
      if (n && !/^https?:/.test(n) && n.length < 80 && !out.includes(n)) out.push(n);
    }
  }
  return out;
}

function bylineAuthors(doc: Document): string[] {
  for (const el of elements(doc)) {
    if (attr(el, 'rel') === 'author' || AUTHOR_HINT.test(attr(el, 'class')) || attr(el, 'itemprop') === 'author') {
      const t = textOf(el);
      if (t && t.length < 100) return authorList([t]);
    }
  }
  return [];
}

export function readMetadata(doc: Document, url?: string): PageMetadata {
  const { article: ld, all } = readJsonLd(doc);
  const m = metaMap(doc);
  const html = byTag(doc, 'html')[0];
  const canonical = byTag(doc, 'link').find((l) => /(^|\s)canonical(\s|$)/i.test(l.attribs.rel ?? ''))?.attribs.href ?? null;
  const website = all.find((n) => ldType(n, SITE_TYPE));
  const siteName = first(m, ['og:site_name']) ?? ldNames(ld?.publisher)[0] ?? ldNames(website?.name)[0] ?? first(m, ['application-name', 'apple-mobile-web-app-title']);

  const titleEl = byTag(doc, 'title')[0];
  const docTitle = titleEl ? titleEl.children.map((c) => ('data' in c ? c.data : '')).join('').replace(/\s+/g, ' ').trim() || null : null;
  // JSON-LD "name" and "headline" sometimes differ (Wikipedia puts a description in headline):
  // take the one the document title agrees with.
  const ldTitles = [...ldNames(ld?.name), ...ldNames(ld?.headline)];
  const ldTitle = ldTitles.find((t) => docTitle?.toLowerCase().includes(t.toLowerCase())) ?? ldNames(ld?.headline)[0] ?? ldTitles[0];
  const title = ldTitle ?? first(m, ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'headline'])
    ?? (docTitle ? cleanDocTitle(docTitle, siteName) : null) ?? (byTag(doc, 'h1').map(textOf).find(Boolean) ?? null);

  const metaAuthors = ['dc.creator', 'dcterms.creator', 'author', 'article:author', 'parsely-author', 'sailthru.author', 'byl']
    .map((k) => m.get(k)).filter((v): v is string => !!v).map((v) => v.replace(/^by\s+/i, ''));
  let authors = authorList(ldNames(ld?.author));
  if (!authors.length) authors = authorList(metaAuthors.slice(0, 1));
  if (!authors.length) authors = bylineAuthors(doc);

  const metaDate = normalizeDate(ldString(ld?.datePublished))
    ?? normalizeDate(first(m, ['article:published_time', 'og:published_time', 'og:article:published_time']))
    ?? normalizeDate(first(m, ['datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'article.published', 'dc.date.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created', 'parsely-pub-date', 'sailthru.date', 'article_date_original', 'original-publish-date', 'sort_date']))
    ?? timeElementDate(doc) ?? dateFromUrl(canonical ?? url ?? null);
  const textDate = metaDate ? null : dateFromText(doc);

  return {
    title: title?.replace(/\s+/g, ' ').trim() || null,
    authors,
    published: metaDate ?? textDate,
    publishedFrom: metaDate ? 'metadata' : textDate ? 'text' : null,
    modified: normalizeDate(ldString(ld?.dateModified)) ?? normalizeDate(first(m, ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'])),
    section: ldNames(ld?.articleSection)[0] ?? first(m, ['article:section', 'parsely-section', 'sailthru.section', 'section', 'dc.subject']),
    siteName,
    language: normalizeLanguage(html?.attribs.lang ?? html?.attribs['xml:lang'] ?? null) ?? normalizeLanguage(first(m, ['og:locale']))
      ?? normalizeLanguage(first(m, ['content-language', 'language', 'dc.language'])) ?? normalizeLanguage(ldString(ld?.inLanguage)),
    canonicalUrl: canonical ?? first(m, ['og:url']) ?? ldString(ld?.mainEntityOfPage) ?? null,
    description: first(m, ['og:description', 'description', 'twitter:description', 'dc.description']) ?? ldNames(ld?.description)[0] ?? null,
  };
}
