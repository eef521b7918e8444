// A saved search's matches as an Atom 1.0 feed (RFC 4287), so any feed reader can follow it. Every value is
// escaped with the dashboard's one escaping helper (Atom is XML; the same five entities are enough).
import type { SavedSearch, SearchMatch } from '../../store/searches.js';
import { html, safeUrl } from './html.js';

export function savedSearchAtom(base: string, s: SavedSearch, matches: SearchMatch[]): string {
  const self = `${base}searches/${encodeURIComponent(s.name)}/atom.xml`;
  const updated = matches[0]?.analysedAt ?? s.createdAt;
  const what = [s.words && `words “${s.words}”`, s.entityKey && `entity ${s.entityKey}`, s.storyId && `story ${s.storyId}`].filter(Boolean).join(', ');
  return '<?xml version="1.0" encoding="utf-8"?>\n' + html`<feed xmlns="http://www.w3.org/2005/Atom">
<title>Storyline: ${s.name}</title>
<subtitle>New articles matching ${what}</subtitle>
<id>${self}</id>
<link rel="self" href="${self}"/>
<updated>${updated}</updated>
<generator>Storyline</generator>
${matches.map((m) => html`<entry>
<id>${base}articles/${m.id}</id>
<title>${m.title ?? m.lead.slice(0, 90)}</title>
<link rel="alternate" href="${base}articles/${m.id}"/>
${safeUrl(m.url) ? html`<link rel="via" href="${safeUrl(m.url)!}"/>` : ''}
<updated>${m.analysedAt}</updated>
${m.published ? html`<published>${m.published}</published>` : ''}
<summary>${m.lead}</summary>
</entry>
`)}</feed>
`.value;
}
