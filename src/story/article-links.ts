// One article's entities as the story layer reads them. A linked entity has its cross-article id (names.ts). An
// entity the linker leaves unlinked — a generic group, "the government" of this article, which names no particular
// government (Entity.generic) — stays its article's own: the dossier keeps it as an actor under an id scoped to its
// article, and the story features never read it, since it is evidence of nothing beyond its article.
import type { Analysis } from '../model/analysis.js';
import type { EntityMention } from './features.js';

/**
 * The id entities of article `articleId` have in a story dossier: the linked id, else `${articleId}#${localId}`
 * (as LinkedEntity.members writes a member). Local ids restart in every article ("e3", "ec1"), so a bare local
 * id would make two articles' generic groups one actor of the story's ledger and positions.
 */
export function dossierIds(links: Map<string, string>, articleId: string): (localId: string) => string {
  return (localId) => links.get(localId) ?? `${articleId}#${localId}`;
}

/** Display names of the article's unlinked entities, under their dossier ids. */
export function unlinkedNames(a: Analysis, links: Map<string, string>): Map<string, string> {
  const id = dossierIds(links, a.article.id);
  return new Map(a.entities.filter((e) => !links.has(e.id)).map((e) => [id(e.id), e.name]));
}

/** What story features read of an article's entities: linked ones only, by linked id. */
export interface LinkedInputs {
  /** linked ids, one per linked entity */
  entities: string[];
  /** linked id → entity type */
  types: Record<string, string>;
  mentions: EntityMention[];
  /** the article's events with their linked participants and place (unlinked ones left out) */
  events: Array<{ type: string; participants: string[]; place: string | null }>;
}

export function linkedInputs(a: Analysis, links: Map<string, string>): LinkedInputs {
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
