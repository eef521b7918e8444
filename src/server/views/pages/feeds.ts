// The feeds page: each watched feed's health and the saved searches with their Atom feeds.
import type { FeedHealth } from '../../../store/feeds.js';
import type { SavedSearch } from '../../../store/searches.js';
import { html, safeUrl } from '../html.js';
import { layout } from '../layout.js';

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');

function state(f: FeedHealth): string {
  if (f.disabled) return `stopped after ${f.failures} failures (storyline feeds enable resumes it)`;
  if (f.failures) return `failing (${f.failures} in a row)`;
  return f.lastSuccessAt ? 'ok' : 'not polled yet';
}

export function feedsPage(feeds: FeedHealth[], searches: SavedSearch[]): string {
  const feedRows = feeds.length
    ? html`<table class="feeds"><thead><tr><th>Feed</th><th>State</th><th>Last success</th><th>Last error</th><th>New per day</th><th>Next poll</th></tr></thead><tbody>
      ${feeds.map((f) => html`<tr class="${f.disabled ? 'stopped' : f.failures ? 'failing' : 'ok'}">
        <td>${safeUrl(f.url) ? html`<a href="${safeUrl(f.url)!}" rel="noopener noreferrer">${f.title ?? f.url}</a>` : f.url}</td>
        <td>${state(f)}</td><td>${when(f.lastSuccessAt)}</td>
        <td>${f.lastError ? html`${when(f.lastErrorAt)}: ${f.lastError}` : '—'}</td>
        <td>${f.newPerDay.toFixed(1)}</td><td>${f.disabled ? 'never' : when(f.nextPollAt)}</td></tr>`)}
      </tbody></table>`
    : html`<p class="empty">No feeds are watched. Add one with <code>storyline feeds add URL</code>, then run <code>storyline watch</code>.</p>`;
  const searchRows = searches.length
    ? html`<ul class="rows">${searches.map((s) => html`<li><a href="/searches/${encodeURIComponent(s.name)}/atom.xml">${s.name}</a>
        <span class="meta">${[s.words && `words: ${s.words}`, s.entityKey && `entity: ${s.entityKey}`, s.storyId && `story: ${s.storyId}`].filter(Boolean).join(' · ')}${s.webhook ? ' · webhook' : ''}</span></li>`)}</ul>`
    : html`<p class="empty">No saved searches. Save one with <code>storyline searches add NAME --words …</code>.</p>`;
  return layout('Feeds', html`<h1>Feeds</h1>
<p class="live" data-live-articles>New articles appear here as they arrive.</p>
<ol class="rows live-list" data-live-list></ol>
${feedRows}
<h2>Saved searches</h2>
${searchRows}`);
}
