// The key that links one entity across articles: its type and its name folded to ASCII lowercase.
import { EntityType, type Analysis, type Entity } from '../model/analysis.js';

export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function entityKey(e: Pick<Entity, 'name' | 'type'>): string {
  return `${e.type}:${foldName(e.name)}`;
}

/** The entities the store links across articles: a generic group ("the government") is its article's actor only. */
export function linkedEntities(a: Pick<Analysis, 'entities'>): Entity[] {
  return a.entities.some((e) => e.generic) ? a.entities.filter((e) => !e.generic) : a.entities;
}

/** Every entity type the analysis format knows: the store keeps a count of keys per type (store_totals, "entity:<type>"). */
export const ENTITY_TYPES: readonly string[] = EntityType.anyOf.map((t) => t.const);
