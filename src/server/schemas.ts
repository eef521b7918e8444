// TypeBox schemas of the API's requests and responses; the OpenAPI document is generated from them.
import { Type, type TSchema } from '@sinclair/typebox';
import { Analysis, Claim, Entity, EntityType, Geo, Quantity, Quote, StoryEvent } from '../model/analysis.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const ErrorBody = Type.Object({ error: Type.String(), reason: Type.String() }, { $id: 'Error' });
export const ErrorRef = Type.Ref('Error');
/** The analysis format, registered once with app.addSchema and referenced by $id. */
export const AnalysisRef = Type.Unsafe<Analysis>(Type.Ref(Analysis.$id!));
/** The error responses every route may give. */
export const errors = { 400: ErrorRef, 404: ErrorRef, 500: ErrorRef };

/** Beyond any store's size and inside SQLite's integer range: offset=99999999999999999999 is a 400, not a 500. */
export const MAX_OFFSET = 2 ** 31 - 1;

export const PageQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  offset: Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 }),
});

export const PageOf = <T extends TSchema>(item: T) => Type.Object({
  items: Type.Array(item), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer(),
});

const Lead = Type.String({ description: 'the first characters of the text, to name an article that has no title' });

export const ArticleSummary = Type.Object({
  id: Type.String(), title: Nullable(Type.String()), lead: Lead, published: Nullable(Type.String()), language: Type.String(),
  site: Nullable(Type.String()), source: Nullable(Type.String()), entities: Type.Integer(), quotes: Type.Integer(),
});

export const ArticleQuery = Type.Intersect([PageQuery, Type.Object({
  from: Type.Optional(Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'published on or after (YYYY[-MM[-DD]])' })),
  to: Type.Optional(Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'published on or before' })),
  source: Type.Optional(Type.String({ description: 'site name, or part of the source URL or path' })),
  entity: Type.Optional(Type.String({ description: 'entity key, e.g. "person:vladimir putin"' })),
})]);

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
export const KeyParams = Type.Object({ key: Type.String({ minLength: 1, maxLength: 300 }) });

export const PostArticle = Type.Object({
  text: Type.String({ description: 'the article as plain text or HTML' }),
  format: Type.Optional(Type.Union([Type.Literal('text'), Type.Literal('html')])),
  published: Type.Optional(Type.String({ description: 'YYYY-MM-DD' })),
  url: Type.Optional(Type.String({ description: 'where the article came from' })),
});

export const SearchQuery = Type.Intersect([PageQuery, Type.Object({ q: Type.String({ minLength: 1, maxLength: 500 }) })]);
export const SearchHit = Type.Object({
  id: Type.String(), title: Nullable(Type.String()), lead: Lead, published: Nullable(Type.String()),
  snippet: Type.String({ description: 'matched words are wrapped in [ and ]' }),
});
export const SearchPage = Type.Object({
  ...PageOf(SearchHit).properties,
  totalIsLowerBound: Type.Optional(Type.Boolean({
    description: 'true when counting stopped early (a very common word on PostgreSQL): there are at least `total` matches, and the page lists the newest first',
  })),
});

export const EntitySummary = Type.Object({
  key: Type.String(), name: Type.String(), type: Type.String(), articles: Type.Integer(), mentions: Type.Integer(),
  lat: Nullable(Type.Number()), lon: Nullable(Type.Number()), country: Nullable(Type.String()),
  alsoNamed: Type.Optional(Type.Array(Type.Object({ key: Type.String(), name: Type.String(), articles: Type.Integer() }), {
    description: 'a surname named alone in other articles, read as this person (the full name named at least as often, and twice as often as anyone else of that surname); not counted in articles and mentions',
  })),
  readAs: Type.Optional(Type.Object({ key: Type.String(), name: Type.String() }, {
    description: 'for a surname named alone: the full name it is read as (see alsoNamed); the entity page of that name lists these articles too',
  })),
});
export const EntityQuery = Type.Intersect([PageQuery, Type.Object({
  type: Type.Optional(EntityType), q: Type.Optional(Type.String({ maxLength: 200 })),
})]);

const ArticleRef = Type.Object({ id: Type.String(), title: Nullable(Type.String()), published: Nullable(Type.String()) });
export const EntityDetail = Type.Object({
  key: Type.String(), name: Type.String(), type: EntityType,
  roles: Type.Array(Type.String()), aliases: Type.Array(Type.String()), geo: Nullable(Geo),
  articles: Type.Array(Type.Intersect([ArticleRef, Type.Object({ localId: Type.String(), mentions: Type.Array(Type.Object({
    start: Type.Integer(), end: Type.Integer(), text: Type.String() })) })])),
  quotes: Type.Array(Type.Intersect([Quote, Type.Object({ article: ArticleRef, sentence: Type.String() })])),
  readAs: Type.Optional(Type.Object({ key: Type.String(), name: Type.String() }, {
    description: 'for a surname named alone: the full name the entity index counts it under (see alsoNamed)',
  })),
});

export const StorySummary = Type.Object({
  id: Type.String(), title: Type.String(), articles: Type.Integer(),
  from: Nullable(Type.String()), to: Nullable(Type.String()), anchor: Type.String({ description: 'entity key the story follows' }),
});
const InArticle = Type.Object({ articleId: Type.String() });
// Stored stories (src/story/refresh.ts) add: the sources behind each merged event, the claims ledger with
// both sides and dates, and each actor's positions over time. Optional so other providers may omit them.
const Side = Type.Object({ entity: Type.String(), name: Type.String(), articleId: Type.String(), date: Nullable(Type.String()), stance: Type.String(), text: Type.String() });
const StoryExtras = Type.Object({
  sources: Type.Optional(Type.Integer({ description: 'distinct sites among the articles (copies not counted)' })),
  copies: Type.Optional(Type.Array(ArticleRef, { description: 'near-duplicate copies of the articles' })),
  ledger: Type.Optional(Type.Array(Type.Object({
    claimant: Type.String(), claimantName: Type.String(), stance: Type.String(), text: Type.String(),
    assertedBy: Type.Array(Side), disputedBy: Type.Array(Side),
  }))),
  positions: Type.Optional(Type.Array(Type.Object({ entity: Type.String(), name: Type.String(), positions: Type.Array(Type.Object({
    date: Nullable(Type.String()), stance: Type.String(), text: Type.String(), articleId: Type.String() })) }))),
});
const MergedEvent = Type.Object({
  participantNames: Type.Optional(Type.Array(Type.String())),
  sources: Type.Optional(Type.Array(Type.Object({ articleId: Type.String(), eventId: Type.String(), start: Type.Integer(), end: Type.Integer() }))),
});
export const StoryDetail = Type.Intersect([StorySummary, StoryExtras, Type.Object({
  articleList: Type.Array(ArticleRef),
  timeline: Type.Array(Type.Intersect([StoryEvent, InArticle, MergedEvent])),
  quotesBySpeaker: Type.Array(Type.Object({ speaker: Type.String(), quotes: Type.Array(Type.Intersect([Quote, InArticle])) })),
  claims: Type.Array(Type.Intersect([Claim, InArticle, Type.Object({ claimantName: Type.String(), disputedByNames: Type.Array(Type.String()) })])),
  figures: Type.Array(Type.Intersect([Quantity, InArticle])),
  places: Type.Array(Type.Object({ key: Type.String(), name: Type.String(), lat: Type.Number(), lon: Type.Number() })),
})]);

export const Stats = Type.Object({
  articles: Type.Integer(), failed: Type.Integer(), people: Type.Integer(), organizations: Type.Integer(),
  places: Type.Integer(), quotes: Type.Integer(), dates: Type.Integer(), quantities: Type.Integer(),
  events: Type.Integer(), claims: Type.Integer(),
});

export { Entity };
