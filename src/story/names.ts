// Entity linking across articles: one "Zelensky" whatever the transliteration (Zelenskyy, Zelenskiy),
// one "Kyiv" for "Kiev". Names are reduced to a consonant skeleton that absorbs the usual
// Cyrillic-to-Latin variants; people link on surname skeleton plus compatible given-name initials.
import type { Entity, EntityType } from '../model/analysis.js';

const TITLES = new Set(['president', 'mr', 'mrs', 'ms', 'dr', 'sir', 'prime', 'minister', 'gen', 'general',
  'secretary', 'senator', 'sen', 'rep', 'chancellor', 'king', 'queen', 'pope', 'the']);

/** Lower-case, accent-free, punctuation-free words of a name, titles removed. */
export function nameWords(name: string): string[] {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w && !TITLES.has(w));
}

/**
 * A transliteration-tolerant key of one word: first letter kept, later vowels (and y) dropped, "g" read
 * as "h" (Lugansk/Luhansk), doubled letters and "zhzh" collapsed (Donbass/Donbas, Zaporizhzhia/Zaporizhia).
 */
export function skeleton(word: string): string {
  const w = word.toLowerCase().replace(/[ʹʼ'’]/g, '').replace(/g/g, 'h').replace(/ck/g, 'k').replace(/ph/g, 'f');
  const rest = w.slice(1).replace(/[aeiouy]/g, '').replace(/(zh|kh|sh|ch|ts)\1+/g, '$1').replace(/(.)\1+/g, '$1');
  return w[0] + rest;
}

export const nameKey = (name: string) => nameWords(name).map(skeleton).join(' ');

export interface LinkedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** `${articleId}#${localEntityId}` of every entity linked here */
  members: string[];
}

interface Node extends LinkedEntity { given: Set<string>; names: Map<string, number> }

/** Whether two types can name the same thing (an organisation and its seat are often typed either way). */
const typesAgree = (a: EntityType, b: EntityType) => a === b || a === 'other' || b === 'other' ||
  (a !== 'person' && b !== 'person');

export class EntityLinker {
  private nodes: Node[] = [];
  private byKey = new Map<string, Node[]>();

  /** Link one article's entities; returns local entity id → linked id. */
  add(articleId: string, entities: Entity[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const e of entities) out.set(e.id, this.linkOne(articleId, e).id);
    return out;
  }

  entities(): LinkedEntity[] {
    return this.nodes.map(({ id, name, type, aliases, members }) => ({ id, name, type, aliases, members }));
  }

  get(id: string): LinkedEntity | undefined { return this.nodes[Number(id.slice(1)) - 1]; }

  private keysOf(e: Entity): string[] {
    const names = [e.name, ...e.aliases];
    if (e.type === 'person') return [...new Set(names.map((n) => nameWords(n)).filter((w) => w.length).map((w) => `p:${skeleton(w[w.length - 1])}`))];
    return [...new Set(names.map(nameKey).filter(Boolean).map((k) => `n:${k}`))];
  }

  private linkOne(articleId: string, e: Entity): Node {
    const keys = this.keysOf(e);
    const given = new Set([e.name, ...e.aliases].map(nameWords).filter((w) => w.length > 1).map((w) => w[0][0]));
    let node: Node | undefined;
    for (const k of keys) {
      node = (this.byKey.get(k) ?? []).find((n) => typesAgree(n.type, e.type) &&
        (e.type !== 'person' || given.size === 0 || n.given.size === 0 || [...given].some((g) => n.given.has(g))));
      if (node) break;
    }
    if (!node) {
      node = { id: `g${this.nodes.length + 1}`, name: e.name, type: e.type, aliases: [], members: [], given: new Set(), names: new Map() };
      this.nodes.push(node);
    }
    node.members.push(`${articleId}#${e.id}`);
    for (const g of given) node.given.add(g);
    for (const n of [e.name, ...e.aliases]) node.names.set(n, (node.names.get(n) ?? 0) + (n === e.name ? 2 : 1));
    // The display name is the most used full form; the others become aliases.
    const ranked = [...node.names.entries()].sort((a, b) => b[1] - a[1] || b[0].split(' ').length - a[0].split(' ').length);
    const full = ranked.find(([n]) => n.includes(' ')) ?? ranked[0];
    node.name = full[0];
    node.aliases = ranked.map(([n]) => n).filter((n) => n !== node!.name);
    for (const k of keys) {
      const list = this.byKey.get(k) ?? [];
      if (!list.includes(node)) list.push(node);
      this.byKey.set(k, list);
    }
    return node;
  }
}
