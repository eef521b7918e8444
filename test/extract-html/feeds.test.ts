import { describe, expect, it } from 'vitest';
import { looksLikeFeed, parseFeed } from '../../src/ingest/feeds.js';

describe('parseFeed', () => {
  it('reads RSS 2.0 items', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>
      <item><title>First story</title><link>https://n.test/1</link><pubDate>Tue, 05 Nov 2019 10:00:00 GMT</pubDate></item>
      <item><title><![CDATA[Second & story]]></title><link>/2</link></item><item><title>No link</title></item></channel></rss>`;
    expect(looksLikeFeed(xml)).toBe(true);
    expect(parseFeed(xml, 'https://n.test/feed')).toEqual({ title: 'Example News', items: [
      { url: 'https://n.test/1', title: 'First story', published: '2019-11-05T10:00:00.000Z' },
      { url: 'https://n.test/2', title: 'Second & story', published: null },
    ] });
  });

  it('reads Atom entries', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom site</title>
      <entry><title>Atom story</title><link href="https://a.test/s" rel="alternate"/><updated>2020-01-02T03:04:05Z</updated></entry></feed>`;
    const f = parseFeed(xml);
    expect(f?.items).toEqual([{ url: 'https://a.test/s', title: 'Atom story', published: '2020-01-02T03:04:05.000Z' }]);
  });

  it('returns null for a web page', () => {
    expect(parseFeed('<html><body><p>Hi</p></body></html>')).toBeNull();
    expect(looksLikeFeed('<html><body></body></html>')).toBe(false);
  });
});
