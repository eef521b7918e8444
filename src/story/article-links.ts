// One article's entities as the story layer reads them. A linked entity has its cross-article id (names.ts). A generic
// group — "the government" of this article, which names no particular government (Entity.generic) — is its article's
// own actor: a story dossier keeps it under an id scoped to its article, so that the timeline, ledger and positions
// of a story never make two reports' "government" one actor. The story features still read it by its linked id, as
// before: taking generic groups (and head-noun keys, "Kenyan government" filed under "government") out of the
// features was measured and not shipped (docs/decisions/stories.md, "Generic groups and head-noun keys").
import type { Analysis } from '../model/analysis.js';
import type { EntityMention } from './features.js';

type Entities = Pick<Analysis, 'article' | 'entities'>;

/**
 * The id entities of article `a` have in a story dossier: the linked id, or `${articleId}#${localId}` (as
 * LinkedEntity.members writes a member) for a generic group or an entity left unlinked. Local ids restart in every
 * article ("e3", "ec1"): a bare local id would make two articles' entities one actor of the story.
 */
export function dossierIds(a: Entities, links: Map<string, string>): (localId: string) => string {
  const own = new Set(a.entities.filter((e) => e.generic).map((e) => e.id));
  return (localId) => (own.has(localId) ? undefined : links.get(localId)) ?? `${a.article.id}#${localId}`;
}

/** The article's own entities (generic or unlinked) by dossier id, with the name the article gives them. */
export function ownNames(a: Entities, links: Map<string, string>): Map<string, string> {
  const id = dossierIds(a, links);
  return new Map(a.entities.filter((e) => e.generic || !links.has(e.id)).map((e) => [id(e.id), e.name]));
}

/** The linked ids a dossier lists for the article: every linked entity but a generic group. */
export function dossierLinkedIds(a: Entities, links: Map<string, string>): string[] {
  return a.entities.filter((e) => !e.generic && links.has(e.id)).map((e) => links.get(e.id)!);
}

/** What story features read of an article's entities: every linked entity, by linked id. */
export interface LinkedInputs {
  /** linked ids, one per linked entity */
  entities: string[];
  /** linked id → entity type */
  types: Record<string, string>;
  mentions: EntityMention[];
  /** the article's events with their linked participants and place (unlinked ones left out) */
  events: Array<{ type: string; participants: string[]; place: string | null }>;
}

export function linkedInputs(a: Pick<Analysis, 'entities' | 'events'>, links: Map<string, string>): LinkedInputs {
  const linked = a.entities.filter((e) => links.has(e.id));
  const id = (local: string) => links.get(local)!;
  return {
    entities: linked.map((e) => id(e.id)),
    types: Object.fromEntries(linked.map((e) => [id(e.id), e.type])),
    mentions: linked.flatMap((e) => e.mentions.map((m) => ({ entity: id(e.id), start: m.start, end: m.end }))),
    events: a.events.map((e) => ({
      type: e.type, participants: e.participants.filter((p) => links.has(p)).map(id), place: e.place && links.has(e.place) ? id(e.place) : null,
    })),
  };
}
