// The escaping helper, the highlighter's nesting and the server-rendered pages (without a browser).
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { esc, html, safeUrl } from '../../src/server/views/html.js';
import { renderArticleText } from '../../src/server/views/highlight.js';
import { worldMap } from '../../src/server/views/map.js';
import { createServer } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/index.js';
import { annotatedArticles, addAnnotated } from './helpers.js';
import { hostileAnalysis, PAYLOADS } from '../browser/hostile.js';

describe('html', () => {
  it('escapes every interpolation once and keeps nested templates', () => {
    expect(esc(`<a href="x" onclick='y'>&\``)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;');
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${['<', '>']}${null}${false}</p>`.value).toBe('<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&lt;&gt;</p>');
  });
  it('lets only http(s) URLs become links', () => {
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', '/relative', 'vbscript:x', null]) expect(safeUrl(bad)).toBeNull();
  });
});

describe('highlighting', () => {
  it('nests inline marks inside quotes inside paragraphs and keeps the text intact', () => {
    const a = annotatedArticles()[0]!;
    const out = renderArticleText(a).value;
    expect(out).toContain('<span class="hl-quote hl-quote-direct"');
    expect(out).toMatch(/<a class="hl hl-entity hl-person" href="\/entities\/person%3Amaria%20kessler"[^>]*>Maria Kessler<\/a>/);
    expect(out).toMatch(/<mark class="hl hl-qty"[^>]*>12 million euros<\/mark>/);
    expect(out.match(/<p>/g)).toHaveLength(3);
    const plain = out.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"');
    expect(plain).toBe(a.article.blocks.map((b) => a.article.text.slice(b.start, b.end)).join(''));
  });
  it('marks a generic group ("the government") without a link: it has no page across articles', () => {
    const a = annotatedArticles()[0]!;
    const m = a.entities[0]!.mentions[0]!;
    a.entities = [{ ...a.entities[0]!, id: 'ec1', name: 'government', type: 'organization', generic: true, mentions: [m] }, ...a.entities.slice(1)];
    const out = renderArticleText(a).value;
    expect(out).toMatch(/<mark class="hl hl-entity hl-organization" tabindex="0"[^>]*>/);
    expect(out).not.toContain('/entities/organization%3Agovernment');
  });
  it('keeps markup valid when a quote edge falls inside an entity mention', () => {
    const a = annotatedArticles()[1]!;
    const m = a.entities[0]!.mentions[0]!;
    a.quotes[0] = { ...a.quotes[0]!, start: m.start + 3 };
    const out = renderArticleText(a).value;
    const opens = (out.match(/<span/g) ?? []).length;
    expect(opens).toBe((out.match(/<\/span>/g) ?? []).length);
    expect(out.indexOf('hl-quote')).toBeLessThan(out.indexOf('>Maria Kessler</a>'));
  });
  it('escapes hostile text in every layer', () => {
    const out = renderArticleText(hostileAnalysis()).value;
    const doc = parseHTML(`<!doctype html><html><body>${out}</body></html>`).document;
    expect(doc.querySelectorAll('script, img, svg, iframe').length).toBe(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((x) => x.name).filter((n) => n.startsWith('on')));
    expect(handlers).toEqual([]);
    expect(out).toContain('&lt;script&gt;');
  });
});

describe('map', () => {
  it('draws land and a dot for a place offline', () => {
    const svg = worldMap([{ name: 'Quito', lat: -0.18, lon: -78.47 }], 'Where Quito is').value;
    expect(svg).toMatch(/<path class="map-land" d="M[-\d.,MLZ ]+/);
    const dot = /cx="([\d.]+)" cy="([\d.]+)"/.exec(svg)!;
    // Quito lies on the equator, west of the centre meridian: left half, vertical middle.
    expect(Number(dot[1])).toBeLessThan(480);
    expect(Math.abs(Number(dot[2]) - 250)).toBeLessThan(5);
  });
});

describe('pages', () => {
  it('renders each page type as HTML and HTML errors for pages', async () => {
    const store = new SqliteStore(':memory:');
    addAnnotated(store);
    const app = await createServer({ store });
    for (const url of ['/', '/articles', '/articles/annotated0000000', '/entities', '/entities/place%3Arotterdam', '/stories', '/search?q=bridge', '/search', '/ingest']) {
      const r = await app.inject(url);
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type'], url).toMatch(/^text\/html/);
      expect(r.body, url).toMatch(/^<!doctype html>/);
    }
    const missing = await app.inject('/articles/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^text\/html/);
    const css = await app.inject('/static/style.css');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect((await app.inject('/static/..%2Fpackage.json')).statusCode).toBe(404);
    const token = /name="csrf" value="([^"]+)"/.exec((await app.inject('/ingest')).body)![1];
    const empty = await app.inject({ method: 'POST', url: '/ingest', payload: `text=++&format=&csrf=${token}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('empty article');
    await app.close();
    store.close();
  });
  it('never lets a payload through in a page', async () => {
    const store = new SqliteStore(':memory:');
    const a = hostileAnalysis();
    store.saveRaw({ id: a.article.id, bytes: Buffer.from('x'), source: a.article.source, mediaType: 'text/plain', charset: null });
    store.saveAnalysis(a);
    const app = await createServer({ store });
    for (const url of [`/articles/${a.article.id}`, '/', `/entities/${encodeURIComponent("person:evil onmouseover alert 1 x")}`]) {
      const body = (await app.inject(url)).body;
      for (const p of PAYLOADS) expect(body, url).not.toContain(p);
      expect(body.match(/<script/g), url).toHaveLength(1);
    }
    await app.close();
    store.close();
  });
});
