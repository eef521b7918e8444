// The entity page: roles, every quote by them with its sentence and article, the articles, a map.
import type { EntityDetailT } from '../../queries/entity.js';
import { href, html } from '../html.js';
import { layout } from '../layout.js';
import { worldMap } from '../map.js';
import { dateOf } from './lists.js';

export function entityPage(e: EntityDetailT): string {
  return layout(e.name, html`<h1>${e.name} <span class="tag tag-${e.type}">${e.type}</span></h1>
${e.roles.length ? html`<p><strong>Roles:</strong> ${e.roles.join('; ')}</p>` : ''}
${e.aliases.length ? html`<p><strong>Also named:</strong> ${e.aliases.join('; ')}</p>` : ''}
${e.readAs ? html`<p>Named by surname alone here; the entity index counts these articles under <a href="${href('entities', e.readAs.key)}">${e.readAs.name}</a>.</p>` : ''}
<p class="meta">Named in ${e.articles.length} article${e.articles.length === 1 ? '' : 's'} · ${e.quotes.length} quote${e.quotes.length === 1 ? '' : 's'} · <a href="${href('api', 'entities', e.key)}">JSON</a></p>
${e.geo ? worldMap([{ name: e.name, lat: e.geo.lat, lon: e.geo.lon }], `Where ${e.name} is`) : ''}
<section aria-labelledby="h-q"><h2 id="h-q">Quotes by ${e.name}</h2>
${e.quotes.length ? html`<ul class="quotes">${e.quotes.map((q) => html`<li>
<blockquote>${q.text}</blockquote>
<p class="sentence"><span class="meta">In the sentence:</span> ${q.sentence}</p>
<p class="meta">${q.kind}${q.cue ? `, ${q.cue}` : ''} · <a href="${href('articles', q.article.id)}">${q.article.title ?? q.article.id}</a> (${dateOf(q.article.published)})</p></li>`)}</ul>` : html`<p class="empty">No quotes attributed.</p>`}
</section>
<section aria-labelledby="h-a"><h2 id="h-a">Articles</h2><ul class="rows">${e.articles.map((a) => html`<li>
<a href="${href('articles', a.id)}">${a.title ?? a.id}</a> <span class="meta">${dateOf(a.published)} · ${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}</span></li>`)}</ul></section>`);
}
