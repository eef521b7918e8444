// The page frame: header with navigation and search, main content, footer. No inline script or style.
import { html, type Html } from './html.js';

export function layout(title: string, body: Html, opts: { query?: string } = {}): string {
  return '<!doctype html>\n' + html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Storyline</title>
<link rel="stylesheet" href="/static/style.css">
<script src="/static/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/">Storyline</a>
  <nav aria-label="Main"><a href="/">Home</a> <a href="/entities">Entities</a> <a href="/stories">Stories</a> <a href="/feeds">Feeds</a> <a href="/ingest">Ingest</a></nav>
  <form class="search" role="search" action="/search" method="get">
    <label for="q" class="visually-hidden">Search articles</label>
    <input id="q" name="q" type="search" placeholder="Search articles" value="${opts.query ?? ''}">
    <button type="submit">Search</button>
  </form>
</header>
<main id="main">
${body}
</main>
<footer class="foot">Storyline: articles turned into a sourced dossier. Runs offline.</footer>
</body>
</html>
`.value;
}

/** Previous/next links for a paginated list; `totalLabel` names a total that is not exact ("1000+"). */
export function pager(base: string, params: Record<string, string>, total: number, limit: number, offset: number, totalLabel = String(total)): Html {
  const link = (off: number, label: string) => {
    const q = new URLSearchParams({ ...params, offset: String(off), limit: String(limit) });
    return html`<a href="${base}?${q.toString()}">${label}</a>`;
  };
  return html`<nav class="pager" aria-label="Pages">
    ${offset > 0 ? link(Math.max(0, offset - limit), '← Previous') : ''}
    <span>${total ? `${offset + 1}–${Math.min(offset + limit, total)} of ${totalLabel}` : 'none'}</span>
    ${offset + limit < total ? link(offset + limit, 'Next →') : ''}
  </nav>`;
}
