// Hostile articles: payloads in plain text, in HTML input and in an analysis (title, caption, credit,
// related links, entity names, quotes). Each payload would set window.__pwned or open a dialog if it ran.
import { rawFromBytes } from '../../src/ingest/raw.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { SqliteStore } from '../../src/store/index.js';
import { addText } from '../server/helpers.js';

export const PAYLOADS = [
  '<script>window.__pwned = "script"; alert("script")</script>',
  '<img src=x onerror="window.__pwned = \'img\'; alert(\'img\')">',
  '<a href="javascript:alert(\'link\')">click me</a>',
  '<svg onload="alert(\'svg\')"><script>alert("svg-script")</script></svg>',
  '"><script>alert("attr")</script>',
  "' onmouseover='alert(1)' x='",
];

const filler = 'The city council met on Tuesday to discuss the new budget, and officials said the plan would be published next week after a final vote by the members of the council.';

export const HOSTILE_TEXT = `Council budget ${PAYLOADS[0]}\n\n${filler} ${PAYLOADS.join(' ')}\n\nMayor Anna Berg said: "${PAYLOADS[1]} is not a threat." ${filler}`;

export const HOSTILE_HTML = `<!doctype html><html><head><title>Budget &lt;script&gt;alert("title")&lt;/script&gt; vote</title>
<meta property="og:title" content="Budget &lt;img src=x onerror=alert('og')&gt; vote"></head><body onload="alert('body')">
<article><h1>Budget &lt;img src=x onerror=alert("h1")&gt; vote</h1>
<p>${filler} <script>window.__pwned = 'html'; alert('html')</script><img src="x" onerror="alert('html-img')"></p>
<p>${filler} &lt;script&gt;alert("escaped")&lt;/script&gt; <a href="javascript:alert('html-link')">a link</a></p>
<svg><script>alert('inline-svg')</script></svg>
<figure><img src="javascript:alert('src')"><figcaption>Caption &lt;img src=x onerror=alert('caption')&gt; <span>Photo: Evil "credit" &lt;script&gt;alert(1)&lt;/script&gt;</span></figcaption></figure>
<aside class="related"><h2>Related</h2><ul><li><a href="javascript:alert('related')">Related &lt;script&gt;alert('rel')&lt;/script&gt;</a></li></ul></aside>
</article></body></html>`;

/** An analysis whose every string field carries a payload, stored directly (bypassing the extractor). */
export function hostileAnalysis(): Analysis {
  const text = `${PAYLOADS[0]} ${filler}\n\n"${PAYLOADS[1]}" said ${PAYLOADS[3]}.`;
  const who = text.indexOf(PAYLOADS[3]!);
  const q = text.indexOf(PAYLOADS[1]!);
  return {
    article: { id: 'ffffeeeeddddcccc', source: { url: 'javascript:alert("source")', fetchedAt: '2025-01-01T00:00:00Z' },
      title: `Title ${PAYLOADS[0]}`, published: '2025-01-02', publishedFrom: 'given', language: 'en', text,
      blocks: [{ kind: 'paragraph', start: 0, end: text.indexOf('\n\n') }, { kind: 'heading', start: text.indexOf('\n\n') + 2, end: text.length }],
      related: [{ title: `Related ${PAYLOADS[2]}`, section: PAYLOADS[4]!, url: 'javascript:alert("related-url")' }, { title: 'Data link', section: null, url: 'data:text/html,<script>alert(1)</script>' }],
      media: [{ caption: `Caption ${PAYLOADS[1]}`, credit: `Credit ${PAYLOADS[5]}`, url: 'javascript:alert("media")' }],
      dropped: [{ kind: 'advert', text: PAYLOADS[3]! }],
      authors: [PAYLOADS[0]!], siteName: PAYLOADS[4]! },
    entities: [{ id: 'e1', name: `Evil ${PAYLOADS[5]}`, type: 'person', roles: [PAYLOADS[0]!], aliases: [], mentions: [{ start: who, end: who + PAYLOADS[3]!.length }], geo: { lat: 10, lon: 10, country: PAYLOADS[4]! } }],
    quotes: [{ id: 'q1', text: PAYLOADS[1]!, kind: 'direct', speaker: 'e1', speakerName: PAYLOADS[2]!, cue: PAYLOADS[5]!, start: q, end: q + PAYLOADS[1]!.length }],
    times: [{ text: 'x', value: PAYLOADS[4]!, start: 0, end: 8 }],
    quantities: [{ text: 'y', value: 1, unit: PAYLOADS[0]!, about: PAYLOADS[1]!, start: 9, end: 20 }],
    events: [{ id: 'v1', type: 'other', date: PAYLOADS[5]!, participants: ['e1'], place: null, summary: PAYLOADS[0]!, evidence: { start: 0, end: 5 } }],
    claims: [{ id: 'c1', claimant: 'e1', stance: 'deny', text: PAYLOADS[3]!, about: [], disputedBy: ['e1'], evidence: { start: 0, end: 5 } }],
  };
}

export function addHostile(store: SqliteStore): { textId: string; htmlId: string | null; analysisId: string; htmlError: string | null } {
  const t = addText(store, HOSTILE_TEXT, 'hostile.txt');
  let htmlId: string | null = null;
  let htmlError: string | null = null;
  try { htmlId = addText(store, HOSTILE_HTML, 'hostile.html').article.id; } catch (e) { htmlError = String(e); }
  const a = hostileAnalysis();
  store.saveRaw({ ...rawFromBytes(Buffer.from(a.article.text), { path: 'hostile-analysis' }, 'text/plain'), id: a.article.id });
  store.saveAnalysis(a);
  return { textId: t.article.id, htmlId, analysisId: a.article.id, htmlError };
}
