// The HTML error page for the dashboard (the API answers JSON instead).
import { html } from '../html.js';
import { layout } from '../layout.js';

export function errorPage(status: number, reason: string): string {
  return layout(`Error ${status}`, html`<h1>Error ${status}</h1><p class="error">${reason}</p><p><a href="/">Back to the home page</a></p>`);
}
