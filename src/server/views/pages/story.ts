// The story page: timeline, who said what by speaker, claims ledger with disputes, key figures, a map.
import type { StoryDetailT } from '../../queries/stories.js';
import { href, html } from '../html.js';
import { layout } from '../layout.js';
import { worldMap } from '../map.js';
import { dateOf } from './lists.js';

export function storyPage(s: StoryDetailT): string {
  const titles = new Map(s.articleList.map((a) => [a.id, a.title ?? a.id]));
  const from = (id: string) => html`<a class="from" href="${href('articles', id)}">${titles.get(id) ?? id}</a>`;
  return layout(s.title, html`<h1>Story: ${s.title}</h1>
<p class="meta">${s.articles} articles · ${dateOf(s.from)} to ${dateOf(s.to)} · <a href="${href('api', 'stories', s.id)}">JSON</a></p>
<section aria-labelledby="h-tl"><h2 id="h-tl">Timeline</h2>
${s.timeline.length ? html`<ol class="timeline">${s.timeline.map((e) => html`<li><time>${e.date ?? 'undated'}</time> <span class="tag">${e.type}</span> ${e.summary} <span class="meta">— ${from(e.articleId)}</span></li>`)}</ol>`
    : html`<ol class="timeline">${s.articleList.map((a) => html`<li><time>${dateOf(a.published)}</time> ${from(a.id)}</li>`)}</ol>`}
</section>
<section aria-labelledby="h-who"><h2 id="h-who">Who said what</h2>
${s.quotesBySpeaker.length ? s.quotesBySpeaker.map((g) => html`<h3>${g.speaker}</h3><ul class="quotes">${g.quotes.map((q) => html`<li><blockquote>${q.text}</blockquote><span class="meta">${q.kind} — ${from(q.articleId)}</span></li>`)}</ul>`)
    : html`<p class="empty">No quotes found.</p>`}
</section>
<section aria-labelledby="h-cl"><h2 id="h-cl">Claims ledger</h2>
${s.claims.length ? html`<table class="ledger"><thead><tr><th scope="col">Who</th><th scope="col">Stance</th><th scope="col">Claim</th><th scope="col">Disputed by</th><th scope="col">Article</th></tr></thead><tbody>
${s.claims.map((c) => html`<tr${c.disputedBy.length ? html` class="disputed"` : ''}><td>${c.claimantName}</td><td><span class="stance stance-${c.stance}">${c.stance}</span></td><td>${c.text}</td><td>${c.disputedByNames.join(', ') || '—'}</td><td>${from(c.articleId)}</td></tr>`)}
</tbody></table>` : html`<p class="empty">No claims found.</p>`}
</section>
<section aria-labelledby="h-fig"><h2 id="h-fig">Key figures</h2>
${s.figures.length ? html`<ul class="rows">${s.figures.map((q) => html`<li><strong>${q.text}</strong>${q.about ? html` <span class="meta">${q.about}</span>` : ''} — ${from(q.articleId)}</li>`)}</ul>` : html`<p class="empty">No figures found.</p>`}
</section>
<section aria-labelledby="h-map"><h2 id="h-map">Places</h2>
${s.places.length ? worldMap(s.places.map((p) => ({ name: p.name, lat: p.lat, lon: p.lon, href: href('entities', p.key) })), `Places in ${s.title}`) : html`<p class="empty">No located places.</p>`}
</section>`);
}
