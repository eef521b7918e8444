// The ingest page: paste text or HTML, get the analysis (a redirect to the new article page).
import { html } from '../html.js';
import { layout } from '../layout.js';

export function ingestPage(opts: { error?: string; text?: string; token: string }): string {
  return layout('Ingest', html`<h1>Add an article</h1>
${opts.error ? html`<p class="error" role="alert">${opts.error}</p>` : ''}
<form class="ingest" action="/ingest" method="post">
<input type="hidden" name="csrf" value="${opts.token}">
<label for="text">Article text or HTML</label>
<textarea id="text" name="text" rows="16" required>${opts.text ?? ''}</textarea>
<fieldset><legend>Format</legend>
<label><input type="radio" name="format" value="" checked> detect</label>
<label><input type="radio" name="format" value="text"> plain text</label>
<label><input type="radio" name="format" value="html"> HTML</label></fieldset>
<label for="published">Published (optional, YYYY-MM-DD)</label>
<input id="published" name="published" type="date">
<button type="submit">Analyse</button>
</form>`);
}
