// The article page: clean text with the layers highlighted, and what was found listed beside it.
import type { Analysis } from '../../../model/analysis.js';
import { entityKey } from '../../../store/keys.js';
import { highlightLegend } from './legend.js';
import { renderArticleText } from '../highlight.js';
import { href, html, safeUrl, type Html } from '../html.js';
import { layout } from '../layout.js';
import { dateOf, displayTitle } from './lists.js';

function externalLink(url: string | null, label: string): Html {
  const safe = safeUrl(url);
  // rel=noopener/noreferrer: the target page gets neither our window nor our address.
  return safe ? html`<a href="${safe}" rel="noopener noreferrer nofollow" target="_blank">${label}</a>` : html`${label}`;
}

function found(a: Analysis): Html {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const who = (id: string | null, name: string | null) => {
    const e = id ? byId.get(id) : undefined;
    return e && !e.generic ? html`<a href="${href('entities', entityKey(e))}">${name ?? e.name}</a>` : html`${name ?? e?.name ?? 'unattributed'}`;
  };
  return html`
<section aria-labelledby="h-ents"><h2 id="h-ents">Entities (${a.entities.length})</h2>
<ul class="chips">${a.entities.map((e) => html`<li>${e.generic ? html`<span class="tag tag-${e.type}">${e.name}</span>` : html`<a class="tag tag-${e.type}" href="${href('entities', entityKey(e))}">${e.name}</a>`}${e.roles.length ? html` <span class="meta">${e.roles.join(', ')}</span>` : ''}</li>`)}</ul></section>
<section aria-labelledby="h-quotes"><h2 id="h-quotes">Quotes (${a.quotes.length})</h2>
<ul class="quotes">${a.quotes.map((q) => html`<li><span class="speaker">${who(q.speaker, q.speakerName)}</span> <span class="meta">${q.kind}${q.cue ? `, ${q.cue}` : ''}</span><blockquote>${q.text}</blockquote></li>`)}</ul></section>
<section aria-labelledby="h-claims"><h2 id="h-claims">Claims (${a.claims.length})</h2>
<ul class="rows">${a.claims.map((c) => html`<li>${who(c.claimant, null)} <span class="stance stance-${c.stance}">${c.stance}</span> ${c.text}${c.disputedBy.length ? html` <span class="disputed">disputed by ${c.disputedBy.map((d, i) => html`${i ? ', ' : ''}${who(d, null)}`)}</span>` : ''}</li>`)}</ul></section>
<section aria-labelledby="h-events"><h2 id="h-events">Events (${a.events.length})</h2>
<ul class="rows">${a.events.map((e) => html`<li><span class="meta">${e.date ?? 'undated'} · ${e.type}</span> ${e.summary}</li>`)}</ul></section>
<section aria-labelledby="h-times"><h2 id="h-times">Dates (${a.times.length})</h2>
<ul class="rows">${a.times.map((t) => html`<li>${t.text} <span class="meta">→ ${t.value ?? 'unresolved'}</span></li>`)}</ul></section>
<section aria-labelledby="h-qty"><h2 id="h-qty">Figures (${a.quantities.length})</h2>
<ul class="rows">${a.quantities.map((q) => html`<li>${q.text} <span class="meta">${q.value}${q.unit ? ' ' + q.unit : ''}${q.about ? ` · ${q.about}` : ''}</span></li>`)}</ul></section>`;
}

export function articlePage(a: Analysis): string {
  const art = a.article;
  const title = displayTitle(art.title, art.text);
  const source = art.source.url ? externalLink(art.source.url, art.source.url) : html`${art.source.path ?? 'pasted'}`;
  return layout(title, html`<article class="article">
<header><h1>${title}</h1>
<p class="meta">${dateOf(art.published)}${art.publishedFrom ? ` (${art.publishedFrom})` : ''}${art.siteName ? ` · ${art.siteName}` : ''}${art.authors?.length ? ` · by ${art.authors.join(', ')}` : ''} · source: ${source}
· <a href="${href('api', 'articles', art.id)}">analysis JSON</a></p></header>
<div class="article-grid">
<div class="text" id="text">${highlightLegend()}${renderArticleText(a)}
${art.media.length ? html`<section aria-labelledby="h-media"><h2 id="h-media">Media</h2><ul class="media">${art.media.map((m) => html`<li>${m.caption ? html`<span class="caption">${m.caption}</span>` : html`<span class="meta">no caption</span>`}${m.credit ? html` <span class="credit">Credit: ${m.credit}</span>` : ''}${m.url ? html` · ${externalLink(m.url, 'file')}` : ''}</li>`)}</ul></section>` : ''}
${art.related.length ? html`<section aria-labelledby="h-related"><h2 id="h-related">Related links</h2><ul class="related">${art.related.map((r) => html`<li>${r.section ? html`<span class="meta">${r.section}</span> ` : ''}${externalLink(r.url, r.title)}</li>`)}</ul></section>` : ''}
${art.dropped.length ? html`<details class="dropped"><summary>Dropped boilerplate (${art.dropped.length})</summary><ul>${art.dropped.map((d) => html`<li><span class="meta">${d.kind}</span> ${d.text}</li>`)}</ul></details>` : ''}
</div>
<aside class="found" aria-label="What was found">${found(a)}</aside>
</div></article>`);
}
