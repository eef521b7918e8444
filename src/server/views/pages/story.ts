// The story page: merged timeline with its sources, who said what by speaker, the claims ledger (who
// asserts, who disputes, when), each actor's positions over time, key figures, a map, the articles.
import type { StoryDetailT } from '../../queries/stories.js';
import { href, html, type Html } from '../html.js';
import { layout } from '../layout.js';
import { worldMap } from '../map.js';
import { dateOf } from './lists.js';
import { keyEvents } from '../key-events.js';

type Side = NonNullable<StoryDetailT['ledger']>[number]['assertedBy'][number];

/** The same words quoted by several articles (syndicated copy, repeated background) are shown once, with every source. */
function sameWords<Q extends { text: string; articleId: string }>(quotes: Q[]): Array<{ quote: Q; articleIds: string[] }> {
  const byText = new Map<string, { quote: Q; articleIds: string[] }>();
  for (const q of quotes) {
    const k = q.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const seen = byText.get(k);
    if (!seen) byText.set(k, { quote: q, articleIds: [q.articleId] });
    else if (!seen.articleIds.includes(q.articleId)) seen.articleIds.push(q.articleId);
  }
  return [...byText.values()];
}

export function storyPage(s: StoryDetailT): string {
  // an untitled article (scraped text often has none) is named by its date, not by its id
  const titles = new Map([...s.articleList, ...(s.copies ?? [])].map((a) => [a.id, a.title ?? (a.published ? `untitled article of ${dateOf(a.published)}` : 'untitled article')]));
  const from = (id: string) => html`<a class="from" href="${href('articles', id)}">${titles.get(id) ?? id}</a>`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const meta = [plural(s.articles, 'article'), s.sources !== undefined ? plural(s.sources, 'source') : null,
    s.copies?.length ? plural(s.copies.length, 'copy').replace(/ys$/, 'ies') : null].filter(Boolean).join(' · ');

  const eventSources = (e: StoryDetailT['timeline'][number]): Html => {
    const ids = [...new Set((e.sources ?? [{ articleId: e.articleId }]).map((x) => x.articleId))];
    return html`<span class="meta">— ${ids.length > 1 ? html`${ids.length} sources: ` : ''}${ids.map((id, i) => html`${i ? ', ' : ''}${from(id)}`)}</span>`;
  };
  const timelineList = (events: StoryDetailT['timeline']): Html => html`<ol class="timeline">${events.map((e) => html`<li><time>${e.date ?? 'undated'}</time> <span class="tag">${e.type}</span> ${e.summary}
${e.participantNames?.length ? html` <span class="meta">(${e.participantNames.join(', ')})</span>` : ''} ${eventSources(e)}</li>`)}</ol>`;
  const { key, rest } = keyEvents(s.timeline);
  const side = (x: Side, withText: boolean): Html => html`<li>${x.name} <span class="stance stance-${x.stance}">${x.stance}</span>
    <time>${dateOf(x.date)}</time>${withText ? html` <q>${x.text}</q>` : ''} <span class="meta">— ${from(x.articleId)}</span></li>`;

  return layout(s.title, html`<h1>Story: ${s.title}</h1>
<p class="meta">${meta} · ${dateOf(s.from)} to ${dateOf(s.to)} · <a href="${href('api', 'stories', s.id)}">JSON</a></p>
<section aria-labelledby="h-tl"><h2 id="h-tl">Timeline</h2>
${s.timeline.length ? html`${timelineList(key)}${rest ? html`<details><summary>All ${s.timeline.length} events, with single-source statements</summary>${timelineList(s.timeline)}</details>` : ''}`
    : html`<ol class="timeline">${s.articleList.map((a) => html`<li><time>${dateOf(a.published)}</time> ${from(a.id)}</li>`)}</ol>`}
</section>
<section aria-labelledby="h-who"><h2 id="h-who">Who said what</h2>
${s.quotesBySpeaker.length ? s.quotesBySpeaker.map((g) => html`<h3>${g.speaker}</h3><ul class="quotes">${sameWords(g.quotes).map(({ quote: q, articleIds }) => html`<li><blockquote>${q.text}</blockquote><span class="meta">${q.kind} — ${articleIds.map((id, i) => html`${i ? ', ' : ''}${from(id)}`)}</span></li>`)}</ul>`)
    : html`<p class="empty">No quotes found.</p>`}
</section>
<section aria-labelledby="h-cl"><h2 id="h-cl">Claims ledger</h2>
${s.ledger?.length ? html`<ul class="rows contested">${s.ledger.map((e) => html`<li><strong>${e.claimantName}</strong> <span class="stance stance-${e.stance}">${e.stance}</span> ${e.text}
<ul class="quotes"><li class="meta">Said by</li>${e.assertedBy.map((x) => side(x, false))}</ul>
${e.disputedBy.length ? html`<ul class="quotes disputed"><li class="meta">Disputed by</li>${e.disputedBy.map((x) => side(x, true))}</ul>` : ''}</li>`)}</ul>`
    : html`<p class="empty">No claim is disputed or repeated across these articles.</p>`}
${s.claims.length ? html`<h3>All claims</h3><table class="ledger"><thead><tr><th scope="col">Who</th><th scope="col">Stance</th><th scope="col">Claim</th><th scope="col">Disputed by</th><th scope="col">Article</th></tr></thead><tbody>
${s.claims.map((c) => html`<tr${c.disputedBy.length ? html` class="disputed"` : ''}><td>${c.claimantName}</td><td><span class="stance stance-${c.stance}">${c.stance}</span></td><td>${c.text}</td><td>${c.disputedByNames.join(', ') || '—'}</td><td>${from(c.articleId)}</td></tr>`)}
</tbody></table>` : html`<p class="empty">No claims found.</p>`}
</section>
${s.positions?.length ? html`<section aria-labelledby="h-pos"><h2 id="h-pos">Positions over time</h2>
<dl class="positions">${s.positions.map((p) => html`<dt><strong>${p.name}</strong></dt><dd><ul class="rows">${p.positions.map((x) => html`<li><time>${dateOf(x.date)}</time> <span class="stance stance-${x.stance}">${x.stance}</span> ${x.text} <span class="meta">— ${from(x.articleId)}</span></li>`)}</ul></dd>`)}</dl>
</section>` : ''}
<section aria-labelledby="h-fig"><h2 id="h-fig">Key figures</h2>
${s.figures.length ? html`<ul class="rows">${s.figures.map((q) => html`<li><strong>${q.text}</strong>${q.about ? html` <span class="meta">${q.about}</span>` : ''} — ${from(q.articleId)}</li>`)}</ul>` : html`<p class="empty">No figures found.</p>`}
</section>
<section aria-labelledby="h-map"><h2 id="h-map">Places</h2>
${s.places.length ? worldMap(s.places.map((p) => ({ name: p.name, lat: p.lat, lon: p.lon, href: href('entities', p.key) })), `Places in ${s.title}`) : html`<p class="empty">No located places.</p>`}
</section>
<section aria-labelledby="h-art"><h2 id="h-art">Articles</h2>
<ul class="rows">${s.articleList.map((a) => html`<li><time>${dateOf(a.published)}</time> ${from(a.id)}</li>`)}</ul>
${s.copies?.length ? html`<p class="meta">Near-duplicate copies (not counted as sources):</p><ul class="rows">${s.copies.map((a) => html`<li>${from(a.id)}</li>`)}</ul>` : ''}
</section>`);
}
