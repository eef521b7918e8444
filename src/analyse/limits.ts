// Hard caps on what one article may produce. Hostile or broken input (a sentence of 1,000 "X said Y said",
// a page of numbers) must not turn a few KB of text into megabytes of analysis: each layer keeps its first
// items in reading order up to a count and a text budget proportional to the article, and says what it cut.
import type { ArticleDoc, LayerName } from './document.js';

/** Most items one layer may hold. Real articles stay far below (the seed has 37 entities, 16 quotes). */
export const MAX_ITEMS: Partial<Record<LayerName, number>> = {
  entities: 5_000, quotes: 2_000, times: 5_000, quantities: 5_000, events: 2_000, claims: 2_000,
};
/** Most mentions one entity keeps (its first ones). */
export const MAX_MENTIONS_PER_ENTITY = 1_000;
/** Most roles and aliases one entity keeps, and their longest text. */
export const MAX_NAMES_PER_ENTITY = 20;
export const MAX_NAME_CHARS = 160;

/** Characters of quoted or claimed text a layer may hold in all: twice the article plus a margin. */
export const textBudget = (doc: ArticleDoc): number => 2 * doc.text.length + 20_000;

type Texted = { text: string };

function keepWithin<T>(items: T[], maxCount: number, budget: number, size: (t: T) => number): T[] {
  let used = 0;
  let n = 0;
  for (; n < items.length && n < maxCount; n++) {
    used += size(items[n]!);
    if (used > budget) break;
  }
  return n === items.length ? items : items.slice(0, n);
}

/** Caps every layer of `doc` in place, with one message per layer it cut. */
export function enforceLimits(doc: ArticleDoc, source: string): void {
  const budget = textBudget(doc);
  const cut = (layer: LayerName, before: number, after: number) => {
    if (after < before) doc.messages.push({ source: 'limits', reason: `${layer} capped after ${source}: kept ${after} of ${before} (the input repeats itself or is not prose)` });
  };
  for (const layer of ['entities', 'quotes', 'times', 'quantities', 'events', 'claims'] as const) {
    const items = doc[layer] as unknown[];
    const max = MAX_ITEMS[layer] ?? Infinity;
    const texted = layer === 'quotes' || layer === 'claims';
    if (items.length <= max && !texted) continue;
    const kept = keepWithin(items, max, texted ? budget : Infinity, (t) => (texted ? (t as Texted).text.length : 0));
    if (kept !== items) {
      (doc as unknown as Record<string, unknown[]>)[layer] = kept;
      cut(layer, items.length, kept.length);
    }
  }
  for (const e of doc.entities) {
    for (const field of ['roles', 'aliases'] as const) {
      const list = e[field];
      if (list.length > MAX_NAMES_PER_ENTITY || list.some((r) => r.length > MAX_NAME_CHARS)) {
        doc.messages.push({ source: 'limits', reason: `${field} of ${e.name.slice(0, 60)} capped after ${source}: ${list.length} kept to ${Math.min(list.length, MAX_NAMES_PER_ENTITY)}, each at most ${MAX_NAME_CHARS} characters` });
        e[field] = list.filter((r) => r.length <= MAX_NAME_CHARS).slice(0, MAX_NAMES_PER_ENTITY);
      }
    }
    if (e.mentions.length > MAX_MENTIONS_PER_ENTITY) {
      doc.messages.push({ source: 'limits', reason: `mentions of ${e.name.slice(0, 60)} capped after ${source}: kept ${MAX_MENTIONS_PER_ENTITY} of ${e.mentions.length}` });
      e.mentions = e.mentions.slice(0, MAX_MENTIONS_PER_ENTITY);
    }
  }
}
