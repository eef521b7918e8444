// RSS 2.0 / Atom (and RDF/RSS 1.0) → item links, titles and dates, via htmlparser2's feed parser
// (already our HTML parser, so no extra XML dependency).
import { parseFeed as parseFeedXml } from 'htmlparser2';

export interface FeedItem {
  url: string;
  title: string | null;
  published: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/** Parses a feed document; returns null when the text is not RSS or Atom. Relative links resolve against `base`. */
export function parseFeed(xml: string, base?: string): Feed | null {
  const feed = parseFeedXml(xml, { xmlMode: true });
  if (!feed) return null;
  const items: FeedItem[] = [];
  for (const item of feed.items) {
    if (!item.link) continue;
    let url: string;
    try {
      url = new URL(item.link.trim(), base).href;
    } catch {
      continue;
    }
    const date = item.pubDate && !Number.isNaN(item.pubDate.getTime()) ? item.pubDate.toISOString() : null;
    items.push({ url, title: item.title?.trim() || null, published: date });
  }
  return { title: feed.title?.trim() || null, items };
}

/** True when the text looks like a feed rather than a web page. */
export function looksLikeFeed(text: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 2048));
}
