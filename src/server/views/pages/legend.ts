// The key to the highlight styles, shown above the article text.
import { html, type Html } from '../html.js';

export function highlightLegend(): Html {
  return html`<p class="legend" aria-label="Highlight key"><span class="hl hl-entity hl-person">person</span> <span class="hl hl-entity hl-organization">organisation</span>
<span class="hl hl-entity hl-place">place</span> <span class="hl-quote">quote</span> <mark class="hl hl-time">date</mark> <mark class="hl hl-qty">figure</mark>
<span class="meta">Hover, focus or click a highlight to see what was found.</span></p>`;
}
