// What a watched URL lists: RSS/Atom items or a (news) sitemap's <loc> entries, and the one spelling of an item URL
// under which it is remembered, so tracking parameters do not make one article two.
import { looksLikeFeed, parseFeed } from '../feeds.js';

export interface ListedItem { url: string; published: string | null }
export interface Listing { title: string | null; items: ListedItem[] }

const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|src|at_medium|at_campaign|CMP|itm_[a-z]+)$/i;

/** Drops the fragment and tracking parameters, lowercases the host: one article, one URL. */
export function normaliseItemUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.hostname = u.hostname.toLowerCase();
  return u.href;
}

/** Parses a feed or a sitemap; null when the document is neither. */
export function parseListing(text: string, base: string): Listing | null {
  if (looksLikeFeed(text)) {
    const feed = parseFeed(text, base);
    return feed && { title: feed.title, items: feed.items.map((i) => ({ url: i.url, published: i.published })) };
  }
  if (/<urlset[\s>]/i.test(text.slice(0, 4096))) {
    const items: ListedItem[] = [];
    // One <url> block at a time; the patterns have no nested quantifiers, so a hostile sitemap stays linear.
    for (const block of text.split(/<\/url>/i)) {
      const loc = /<loc>\s*([^<\s]+)\s*<\/loc>/i.exec(block)?.[1];
      if (!loc) continue;
      const date = /<(?:news:publication_date|lastmod)>\s*([^<\s]+)\s*</i.exec(block)?.[1] ?? null;
      try { items.push({ url: new URL(loc.replace(/&amp;/g, '&'), base).href, published: date }); } catch { /* not a URL: skip the entry */ }
    }
    return { title: null, items };
  }
  return null;
}

/** The page's canonical URL from its <link rel="canonical">, read from the head only. */
export function canonicalLink(html: string, base: string): string | null {
  const head = html.slice(0, 65_536);
  for (const m of head.matchAll(/<link\b[^>]{0,500}>/gi)) {
    if (!/\brel\s*=\s*["']?canonical\b/i.test(m[0])) continue;
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(m[0])?.[1];
    if (!href) return null;
    try { return normaliseItemUrl(new URL(href, base).href); } catch { return null; }
  }
  return null;
}
