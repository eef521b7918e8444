// Home, search results, entity index and story index pages.
import type { Store } from '../../../store/index.js';
import type { StoryProvider } from '../../queries/stories.js';
import { html } from '../html.js';
import { layout, pager } from '../layout.js';
import { articleList, entityList, hitList, statsBlock, storyList } from './lists.js';

/** Rows read beyond the twelve shown, for the lone surnames left out. */
const MOST_NAMED_SPARE = 8;

export async function homePage(store: Store, stories: StoryProvider): Promise<string> {
  const recent = await store.listArticles({ limit: 15 });
  const st = await stories.list(store, { limit: 8, offset: 0 });
  // the most named, a lone surname left to the full name it is read as (its row says so: alsoNamed)
  const people = (await store.listEntities({ limit: 12 + MOST_NAMED_SPARE })).items.filter((e) => !e.readAs).slice(0, 12);
  const stats = await store.stats();
  return layout('Home', html`<h1>Dossier</h1>
${statsBlock(stats)}
<div class="cols">
<section aria-labelledby="h-recent"><h2 id="h-recent">Recent articles</h2>${articleList(recent.items)}
${recent.total > recent.items.length ? html`<p><a href="/articles">All ${recent.total} articles</a></p>` : ''}</section>
<section aria-labelledby="h-stories"><h2 id="h-stories">Stories</h2>${storyList(st.items)}
${st.total > st.items.length ? html`<p><a href="/stories">All ${st.total} stories</a></p>` : ''}
<h2>Most named</h2>${entityList(people)}</section>
</div>`);
}

export async function articlesPage(store: Store, limit: number, offset: number): Promise<string> {
  const page = await store.listArticles({ limit, offset });
  return layout('Articles', html`<h1>Articles</h1>${articleList(page.items)}${pager('/articles', {}, page.total, limit, offset)}`);
}

export async function searchPage(store: Store, q: string, limit: number, offset: number): Promise<string> {
  if (!q.trim()) return layout('Search', html`<h1>Search</h1><p>Type words to find in titles and texts.</p>`);
  const page = await store.search(q, limit, offset);
  return layout(`Search: ${q}`, html`<h1>Search: ${q}</h1>
<p class="meta">${page.totalIsLowerBound ? `more than ${page.total} articles found, newest first` : `${page.total} article${page.total === 1 ? '' : 's'} found`}</p>
${page.items.length ? hitList(page.items) : html`<p class="empty">Nothing matches.</p>`}
${pager('/search', { q }, page.total, limit, offset, page.totalIsLowerBound ? `${page.total}+` : undefined)}`, { query: q });
}

export async function entitiesPage(store: Store, type: string | undefined, limit: number, offset: number): Promise<string> {
  const page = await store.listEntities({ type, limit, offset });
  const types = ['person', 'organization', 'place', 'other'];
  return layout('Entities', html`<h1>Entities</h1>
<nav class="filters" aria-label="Entity types"><a href="/entities">all</a> ${types.map((t) => html`<a href="/entities?type=${t}"${t === type ? html` aria-current="page"` : ''}>${t}</a> `)}</nav>
${entityList(page.items)}${pager('/entities', type ? { type } : {}, page.total, limit, offset)}`);
}

export async function storiesPage(store: Store, stories: StoryProvider, limit: number, offset: number): Promise<string> {
  const page = await stories.list(store, { limit, offset });
  return layout('Stories', html`<h1>Stories</h1>${storyList(page.items)}${pager('/stories', {}, page.total, limit, offset)}`);
}
