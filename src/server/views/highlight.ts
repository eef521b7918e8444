// Renders the article text with its stand-off layers as properly nested markup: blocks hold quotes,
// quotes hold inline marks (entity mentions, times, figures). Overlapping inline items are resolved
// by keeping the earliest, then the longest; a quote edge inside an inline item moves to its edge.
import type { Analysis, Block } from '../../model/analysis.js';
import { entityKey } from '../../store/keys.js';
import { href, html, type Html } from './html.js';

interface Inline { start: number; end: number; render: (text: string) => Html }
interface Span { start: number; end: number; render: (inner: Html) => Html }

function nonOverlapping<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].filter((x) => x.end > x.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let until = -1;
  for (const x of sorted) if (x.start >= until) { out.push(x); until = x.end; }
  return out;
}

function inlineItems(a: Analysis): Inline[] {
  const items: Inline[] = [];
  for (const e of a.entities) {
    const info = [`${e.type}: ${e.name}`, e.roles.length ? `roles: ${e.roles.join(', ')}` : '', e.geo ? `at ${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)}` : ''].filter(Boolean).join(' · ');
    // a generic group ("the government") has no page of its own: it is this article's actor only
    const link = e.generic ? null : href('entities', entityKey(e));
    for (const m of e.mentions) items.push({ ...m, render: (t) => link
      ? html`<a class="hl hl-entity hl-${e.type}" href="${link}" data-info="${info}" title="${info}">${t}</a>`
      : html`<mark class="hl hl-entity hl-${e.type}" tabindex="0" data-info="${info}" title="${info}">${t}</mark>` });
  }
  for (const t of a.times) {
    const info = `date: ${t.value ?? 'unresolved'}${t.endValue ? ` to ${t.endValue}` : ''}`;
    items.push({ start: t.start, end: t.end, render: (x) => html`<mark class="hl hl-time" tabindex="0" data-info="${info}" title="${info}">${x}</mark>` });
  }
  for (const q of a.quantities) {
    const info = `figure: ${q.approximate ? q.approximate + ' ' : ''}${q.value}${q.maxValue != null ? `–${q.maxValue}` : ''}${q.unit ? ' ' + q.unit : ''}${q.about ? ` (${q.about})` : ''}`;
    items.push({ start: q.start, end: q.end, render: (x) => html`<mark class="hl hl-qty" tabindex="0" data-info="${info}" title="${info}">${x}</mark>` });
  }
  return nonOverlapping(items);
}

function quoteSpans(a: Analysis, inline: Inline[]): Span[] {
  const names = new Map(a.entities.map((e) => [e.id, e]));
  const spans = a.quotes.map((q) => {
    const speaker = q.speaker ? names.get(q.speaker) : undefined;
    const who = q.speakerName ?? speaker?.name ?? 'unattributed';
    const info = `${q.kind} quote by ${who}${q.cue ? ` (${q.cue})` : ''}`;
    let { start, end } = q;
    // Keep nesting valid: never open or close a quote inside an inline mark.
    for (const i of inline) {
      if (i.start < start && start < i.end) start = i.start;
      if (i.start < end && end < i.end) end = i.end;
    }
    return { start, end, render: (inner: Html) => html`<span class="hl-quote hl-quote-${q.kind}" data-info="${info}" title="${info}" data-speaker="${who}">${inner}</span>` };
  });
  return nonOverlapping(spans);
}

/** Text from `start` to `end` with inline marks, wrapped in quote spans where they fall. */
function renderRange(text: string, start: number, end: number, inline: Inline[], quotes: Span[]): Html {
  const runInline = (s: number, e: number): Html[] => {
    const out: Html[] = [];
    let pos = s;
    for (const i of inline) {
      if (i.end <= s || i.start >= e) continue;
      const is = Math.max(i.start, s);
      const ie = Math.min(i.end, e);
      if (is > pos) out.push(html`${text.slice(pos, is)}`);
      out.push(i.render(text.slice(is, ie)));
      pos = ie;
    }
    if (pos < e) out.push(html`${text.slice(pos, e)}`);
    return out;
  };
  const out: Html[] = [];
  let pos = start;
  for (const q of quotes) {
    if (q.end <= start || q.start >= end) continue;
    const qs = Math.max(q.start, start);
    const qe = Math.min(q.end, end);
    if (qs > pos) out.push(...runInline(pos, qs));
    out.push(q.render(html`${runInline(qs, qe)}`));
    pos = qe;
  }
  if (pos < end) out.push(...runInline(pos, end));
  return html`${out}`;
}

const WRAP: Record<Block['kind'], (inner: Html) => Html> = {
  paragraph: (x) => html`<p>${x}</p>`,
  heading: (x) => html`<h2 class="sub">${x}</h2>`,
  'list-item': (x) => html`<ul class="li"><li>${x}</li></ul>`,
  quote: (x) => html`<blockquote>${x}</blockquote>`,
};

export function renderArticleText(a: Analysis): Html {
  const text = a.article.text;
  const inline = inlineItems(a);
  const quotes = quoteSpans(a, inline);
  const blocks: Block[] = a.article.blocks.length ? a.article.blocks : [{ kind: 'paragraph', start: 0, end: text.length }];
  return html`${blocks.map((b) => WRAP[b.kind](renderRange(text, b.start, b.end, inline, quotes)))}`;
}
