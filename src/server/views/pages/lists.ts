// Reusable list fragments: article rows, entity rows, story rows, stats.
import type { ArticleSummary, EntitySummary, SearchHit, StoreStats } from '../../../store/index.js';
import type { StorySummaryT } from '../../queries/stories.js';
import { href, html, type Html } from '../html.js';

export const dateOf = (iso: string | null) => (iso ? iso.slice(0, 10) : 'undated');

/** The title, or for untitled text (scraped plain text often has none) its opening words. */
export function displayTitle(title: string | null, text: string): string {
  if (title) return title;
  const lead = text.replace(/\s+/g, ' ').trim();
  const sentence = /^.{20,}?[.!?](?=\s|$)/.exec(lead)?.[0] ?? lead;
  return sentence.length <= 90 ? sentence : `${sentence.slice(0, 90).replace(/\s+\S*$/, '')}…`;
}

export function articleList(items: ArticleSummary[]): Html {
  if (!items.length) return html`<p class="empty">No articles yet. <a href="/ingest">Add one</a>.</p>`;
  return html`<ul class="rows">${items.map((a) => html`<li>
    <a href="${href('articles', a.id)}">${displayTitle(a.title, a.lead)}</a>
    <span class="meta">${dateOf(a.published)}${a.site ? ` · ${a.site}` : ''} · ${a.entities} entities · ${a.quotes} quotes</span></li>`)}</ul>`;
}

export function entityList(items: EntitySummary[]): Html {
  if (!items.length) return html`<p class="empty">No entities found.</p>`;
  return html`<ul class="rows">${items.map((e) => html`<li>
    <a class="tag tag-${e.type}" href="${href('entities', e.key)}">${e.name}</a>
    <span class="meta">${e.type} · ${e.articles} article${e.articles === 1 ? '' : 's'} · ${e.mentions} mentions${(e.alsoNamed ?? []).map((a) => html` · also named <a href="${href('entities', a.key)}">${a.name}</a> alone in ${a.articles}`)}${e.readAs ? html` · read as <a href="${href('entities', e.readAs.key)}">${e.readAs.name}</a>` : ''}</span></li>`)}</ul>`;
}

export function storyList(items: StorySummaryT[]): Html {
  if (!items.length) return html`<p class="empty">No stories yet: a story appears when several articles share an actor.</p>`;
  return html`<ul class="rows">${items.map((s) => html`<li>
    <a href="${href('stories', s.id)}">${s.title}</a>
    <span class="meta">${s.articles} articles · ${dateOf(s.from)} to ${dateOf(s.to)}</span></li>`)}</ul>`;
}

/** FTS snippets mark matches with [ and ]: the text is escaped first, then the brackets become <mark>. */
export function snippet(text: string): Html {
  const parts = text.split(/(\[[^\]]*\])/g);
  return html`${parts.map((p) => (p.startsWith('[') && p.endsWith(']') ? html`<mark>${p.slice(1, -1)}</mark>` : p))}`;
}

export function hitList(items: SearchHit[]): Html {
  return html`<ol class="rows hits">${items.map((h) => html`<li>
    <a href="${href('articles', h.id)}">${displayTitle(h.title, h.lead)}</a> <span class="meta">${dateOf(h.published)}</span>
    <p class="snippet">${snippet(h.snippet)}</p></li>`)}</ol>`;
}

export function statsBlock(s: StoreStats): Html {
  const cells: Array<[string, number]> = [['articles', s.articles], ['people', s.people], ['organizations', s.organizations], ['places', s.places],
    ['quotes', s.quotes], ['dates', s.dates], ['figures', s.quantities], ['events', s.events], ['claims', s.claims]];
  return html`<dl class="stats">${cells.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
}
