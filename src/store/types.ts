// Row shapes the store returns to the CLI and the server.
export type RawStatus = 'pending' | 'analysed' | 'failed';

/** Where a walk through the raw inputs stands: the last one seen. */
export interface RawCursor { storedAt: string; id: string }

/** One raw input's state, as a store copy walks them in the order they were stored. */
export interface RawEntry extends RawCursor { status: RawStatus; error: string | null }

export interface Page<T> {
  items: T[];
  total: number;
  /** set when counting stopped early: there are at least `total` (PostgreSQL search of a very common word) */
  totalIsLowerBound?: true;
  limit: number;
  offset: number;
}

export interface ArticleFilter {
  from?: string;
  to?: string;
  source?: string;
  /** entity key, as returned by listEntities */
  entity?: string;
  limit?: number;
  offset?: number;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  /** the first characters of the text, to name an article that has no title */
  lead: string;
  published: string | null;
  language: string;
  site: string | null;
  source: string | null;
  entities: number;
  quotes: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  lead: string;
  published: string | null;
  snippet: string;
}

export interface EntitySummary {
  key: string;
  name: string;
  type: string;
  articles: number;
  mentions: number;
  lat: number | null;
  lon: number | null;
  country: string | null;
  /** A lone surname read as this person (surnames.ts): its key, name and articles (not counted in `articles`). */
  alsoNamed?: Array<{ key: string; name: string; articles: number }>;
  /** For a lone surname: the full name it is read as (surnames.ts). */
  readAs?: { key: string; name: string };
}

export interface StoreStats {
  articles: number;
  failed: number;
  people: number;
  organizations: number;
  places: number;
  quotes: number;
  dates: number;
  quantities: number;
  events: number;
  claims: number;
}

/** One article's entity as stored: roles and aliases are JSON arrays. */
/** One article's row of an entity key; `published` is the article's, for the order of rows read under two keys. */
export interface EntityRow { article_id: string; published: string | null; key: string; local_id: string; name: string; type: string; roles: string; aliases: string; lat: number | null; lon: number | null; country: string | null }
