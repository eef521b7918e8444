// Shared server types: the TypeBox type provider (5 lines, so no extra package) and the plugin options.
import type { FastifyInstance, FastifyTypeProvider, RawServerDefault, FastifyBaseLogger } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Static, TSchema } from '@sinclair/typebox';
import type { Store } from '../store/index.js';
import type { StoryProvider } from './queries/stories.js';
import type { SiteGuard } from './security.js';
import type { AnalyseFn } from './ingest.js';

/** Lets Fastify infer request and reply types from the TypeBox schemas given to each route. */
export interface TypeBoxTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends TSchema ? Static<this['schema']> : unknown;
  serializer: this['schema'] extends TSchema ? Static<this['schema']> : unknown;
}

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, TypeBoxTypeProvider>;

export interface ServerDeps {
  /** the store, either engine */
  store: Store;
  stories: StoryProvider;
  /** today's date for the analysis of posted articles (YYYY-MM-DD); the system clock when absent */
  today?: string;
  guard: SiteGuard;
  analyse: AnalyseFn;
}
