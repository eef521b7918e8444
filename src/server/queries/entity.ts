// One entity across articles: the store links entities by `key`; the rest comes from each article's analysis.
import type { Static } from '@sinclair/typebox';
import { splitSentences } from '../../analyse/sentences.js';
import type { Analysis, Geo } from '../../model/analysis.js';
import type { Store } from '../../store/index.js';
import type { EntityDetail } from '../schemas.js';

export type EntityDetailT = Static<typeof EntityDetail>;

/** The sentence holding a span, found with the same segmenter the analysis uses, within the span's block. */
export function sentenceAround(a: Analysis, start: number, end: number): string {
  const block = a.article.blocks.find((b) => b.start <= start && start < b.end) ?? { start: 0, end: a.article.text.length };
  const sentences = splitSentences(a.article.text, block.start, block.end);
  const first = sentences.find((s) => s.start <= start && start < s.end);
  const last = sentences.find((s) => s.start < end && end <= s.end) ?? first;
  if (!first || !last) return a.article.text.slice(start, end);
  return a.article.text.slice(first.start, Math.max(first.end, last.end));
}

export async function entityDetail(store: Store, key: string, maxArticles = 200): Promise<EntityDetailT | null> {
  const rows = await store.entityRows(key, maxArticles);
  if (!rows.length) return null;
  const roles = new Set<string>();
  const aliases = new Set<string>();
  const names = new Map<string, number>();
  let geo: Geo | null = null;
  const out: EntityDetailT = { key, name: rows[0]!.name, type: rows[0]!.type as EntityDetailT['type'], roles: [], aliases: [], geo: null, articles: [], quotes: [] };
  for (const r of rows) {
    for (const x of JSON.parse(r.roles) as string[]) roles.add(x);
    for (const x of JSON.parse(r.aliases) as string[]) aliases.add(x);
    // the key's own spellings name it; a lone surname read as this person is an alias
    if (r.key === key) names.set(r.name, (names.get(r.name) ?? 0) + 1); else aliases.add(r.name);
    if (!geo && r.lat !== null && r.lon !== null) geo = { lat: r.lat, lon: r.lon, country: r.country };
    const a = await store.getAnalysis(r.article_id);
    if (!a) continue;
    const ref = { id: a.article.id, title: a.article.title, published: a.article.published };
    const ent = a.entities.find((e) => e.id === r.local_id);
    out.articles.push({ ...ref, localId: r.local_id, mentions: (ent?.mentions ?? []).map((m) => ({ ...m, text: a.article.text.slice(m.start, m.end) })) });
    for (const q of a.quotes) {
      if (q.speaker !== r.local_id) continue;
      out.quotes.push({ ...q, article: ref, sentence: sentenceAround(a, q.start, q.end) });
    }
  }
  // The most frequent spelling names the entity; the others are aliases.
  out.name = [...names.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? out.name;
  for (const n of names.keys()) if (n !== out.name) aliases.add(n);
  out.roles = [...roles];
  out.aliases = [...aliases].filter((x) => x !== out.name);
  out.geo = geo;
  const full = await store.fullNameOf(key);
  if (full) out.readAs = { key: full.key, name: full.name };
  return out;
}
