// Builds an ArticleDoc whose entity and time layers are set by hand, so the event and claim
// annotators can be tested without the entity and time annotators.
import { createDocument, type ArticleDoc } from '../../src/analyse/document.js';
import { sentenceAnnotator } from '../../src/analyse/sentences.js';
import { assembleText } from '../../src/extract/assemble.js';
import type { Article, Entity, EntityType } from '../../src/model/analysis.js';

export interface HandEntity { name: string; type: EntityType; aliases?: string[] }
export interface HandTime { text: string; value: string }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function handDoc(raw: string, opts: { entities?: HandEntity[]; times?: HandTime[]; published?: string | null; id?: string; title?: string } = {}): ArticleDoc {
  const { text, blocks } = assembleText(raw.split(/\n\s*\n|\n/).map((t) => ({ kind: 'paragraph' as const, text: t })));
  const article: Article = {
    id: opts.id ?? 'test', source: { fetchedAt: '2025-12-05T00:00:00Z' }, title: opts.title ?? null,
    published: opts.published ?? null, publishedFrom: opts.published ? 'given' : null, language: 'en',
    text, blocks, related: [], media: [], dropped: [],
  };
  const doc = createDocument(article, { today: '2025-12-05' });
  sentenceAnnotator.annotate(doc);
  const taken: Array<[number, number]> = [];
  const specs = (opts.entities ?? []).flatMap((e, i) => [e.name, ...(e.aliases ?? [])].map((n) => ({ n, i })))
    .sort((a, b) => b.n.length - a.n.length);
  const entities: Entity[] = (opts.entities ?? []).map((e, i) => ({
    id: `e${i + 1}`, name: e.name, type: e.type, roles: [], aliases: e.aliases ?? [], mentions: [], geo: null,
  }));
  for (const { n, i } of specs) {
    const re = new RegExp(`\\b${escape(n)}\\b`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index, e = s + n.length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      taken.push([s, e]);
      entities[i].mentions.push({ start: s, end: e });
    }
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  doc.entities = entities;
  doc.times = (opts.times ?? []).map((t) => {
    const start = text.indexOf(t.text);
    if (start < 0) throw new Error(`time text not found: ${t.text}`);
    return { text: t.text, value: t.value, start, end: start + t.text.length };
  });
  return doc;
}

export const nameOf = (doc: ArticleDoc, id: string | null) => doc.entities.find((e) => e.id === id)?.name ?? null;
