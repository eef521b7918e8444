// Whole-store exports: JSON (analyses + stories), CSV (one row per event), JSON-LD (schema.org) and a
// GDELT-like event TSV. Every event row keeps its article id and character offsets for provenance.
import { stringify } from 'csv-stringify/sync';
import type { Analysis, Entity, StoryEvent } from '../model/analysis.js';
import { asStore, type SqliteStore, type Store } from '../store/index.js';
import { storedDetail } from '../server/queries/stories.js';
import { ensureStories } from '../story/refresh.js';

export const EXPORT_FORMATS = ['json', 'csv', 'jsonld', 'tsv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface Loaded { analyses: Analysis[]; storyOf: Map<string, string>; globalOf: Map<string, string> }

/** Every event of every article with its article, resolved actors and place. */
function eventRows(l: Loaded): Array<{ a: Analysis; e: StoryEvent; actors: Entity[]; place: Entity | null }> {
  return l.analyses.flatMap((a) => {
    const byId = new Map(a.entities.map((x) => [x.id, x]));
    return a.events.map((e) => ({ a, e, actors: e.participants.map((p) => byId.get(p)).filter((x): x is Entity => !!x), place: e.place ? byId.get(e.place) ?? null : null }));
  });
}

const sourceUrl = (a: Analysis) => a.article.source.url ?? a.article.source.path ?? '';

function toCsv(l: Loaded): string {
  const header = ['event_id', 'article_id', 'story_id', 'date', 'type', 'summary', 'participants', 'place', 'lat', 'lon', 'start', 'end', 'evidence', 'title', 'source'];
  const rows = eventRows(l).map(({ a, e, actors, place }) => [
    `${a.article.id}#${e.id}`, a.article.id, l.storyOf.get(a.article.id) ?? '', e.date ?? '', e.type, e.summary,
    actors.map((x) => x.name).join('; '), place?.name ?? '', place?.geo?.lat ?? '', place?.geo?.lon ?? '',
    e.evidence.start, e.evidence.end, a.article.text.slice(e.evidence.start, e.evidence.end), a.article.title ?? '', sourceUrl(a),
  ]);
  return stringify([header, ...rows]);
}

// GDELT's event table is tab-separated without quoting, so tabs and line breaks inside a value become spaces.
const flat = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

function toTsv(l: Loaded): string {
  const header = ['GLOBALEVENTID', 'SQLDATE', 'Actor1Name', 'Actor1Type', 'Actor2Name', 'Actor2Type', 'EventType', 'ActionGeo_FullName',
    'ActionGeo_Lat', 'ActionGeo_Long', 'SOURCEURL', 'ArticleId', 'EventId', 'StartOffset', 'EndOffset'];
  const rows = eventRows(l).map(({ a, e, actors, place }, i) => [
    i + 1, (e.date ?? a.article.published ?? '').slice(0, 10).replace(/-/g, ''), actors[0]?.name, actors[0]?.type, actors[1]?.name, actors[1]?.type,
    e.type, place?.name, place?.geo?.lat, place?.geo?.lon, sourceUrl(a), a.article.id, e.id, e.evidence.start, e.evidence.end,
  ].map(flat));
  return stringify([header, ...rows], { delimiter: '\t', quote: false });
}

const SCHEMA_TYPE: Record<Entity['type'], string> = { person: 'Person', organization: 'Organization', place: 'Place', other: 'Thing' };
const urn = (kind: string, id: string) => `urn:storyline:${kind}:${encodeURIComponent(id)}`;

function toJsonLd(l: Loaded): object {
  const graph: object[] = [];
  const seen = new Set<string>();
  for (const a of l.analyses) {
    const art = a.article;
    const entityId = (local: string) => urn('entity', l.globalOf.get(`${art.id}#${local}`) ?? `${art.id}#${local}`);
    const articleId = urn('article', art.id);
    graph.push({ '@id': articleId, '@type': 'NewsArticle', identifier: art.id, headline: art.title ?? undefined, datePublished: art.published ?? undefined,
      url: art.source.url ?? undefined, inLanguage: art.language, publisher: art.siteName ? { '@type': 'Organization', name: art.siteName } : undefined,
      mentions: a.entities.map((e) => ({ '@id': entityId(e.id) })) });
    for (const e of a.entities) {
      const id = entityId(e.id);
      if (seen.has(id)) continue;
      seen.add(id);
      graph.push({ '@id': id, '@type': SCHEMA_TYPE[e.type], name: e.name, alternateName: e.aliases.length ? e.aliases : undefined,
        geo: e.geo ? { '@type': 'GeoCoordinates', latitude: e.geo.lat, longitude: e.geo.lon } : undefined });
    }
    // An appearance points into the article by character offsets (UTF-16, end exclusive).
    const at = (start: number, end: number) => ({ '@type': 'CreativeWork', isPartOf: { '@id': articleId }, text: art.text.slice(start, end),
      identifier: `${art.id}#char=${start},${end}` });
    for (const c of a.claims) {
      graph.push({ '@id': urn('claim', `${art.id}#${c.id}`), '@type': 'Claim', text: c.text, author: { '@id': entityId(c.claimant) },
        about: c.about.map((x) => ({ '@id': entityId(x) })), appearance: at(c.evidence.start, c.evidence.end), keywords: c.stance });
    }
    for (const e of a.events) {
      graph.push({ '@id': urn('event', `${art.id}#${e.id}`), '@type': 'Event', name: e.summary, startDate: e.date ?? undefined, additionalType: e.type,
        actor: e.participants.map((p) => ({ '@id': entityId(p) })), location: e.place ? { '@id': entityId(e.place) } : undefined,
        subjectOf: at(e.evidence.start, e.evidence.end) });
    }
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

export async function exportStore(given: Store | SqliteStore, format: ExportFormat): Promise<string> {
  const store = asStore(given);
  await ensureStories(store);
  const l: Loaded = await store.stories.exportData();
  switch (format) {
    case 'csv': return toCsv(l);
    case 'tsv': return toTsv(l);
    case 'jsonld': return `${JSON.stringify(toJsonLd(l), null, 2)}\n`;
    case 'json': {
      const total = (await store.stories.list({ limit: 1, offset: 0 })).total;
      const stories: unknown[] = [];
      for (const s of (await store.stories.list({ limit: Math.max(total, 1), offset: 0 })).items) stories.push(await storedDetail(store, s.id));
      return `${JSON.stringify({ analyses: l.analyses, stories }, null, 2)}\n`;
    }
  }
}
