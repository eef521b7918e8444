// The store-backed halves of placing one article (incremental.ts): entity linking over the stored name keys, and
// term weights from the stored document frequencies. The linker and the weights are synchronous; the store may not
// be (PostgreSQL), so each reads what one article can ask for first, in a few batched look-ups (as steps, see
// src/store/steps.ts), and the linker's writes are flushed afterwards.
import type { Entity } from '../model/analysis.js';
import { entityKey } from '../store/keys.js';
import { call, type Steps } from '../store/steps.js';
import type { EntityNodeRow, GlobalEntityRow, StoryIndex, TermCounts } from '../store/story-types.js';
import { lookupKeysOf, type LinkerBackend, type LinkerNode } from './names.js';
import { baseIdf, sourceDiscount, type TermWeights } from './terms.js';

const toNode = (r: EntityNodeRow): LinkerNode => {
  const state = JSON.parse(r.state ?? '{"given":[],"names":[]}') as { given: string[]; names: Array<[string, number]> };
  return { id: r.id, name: r.name, type: r.type as Entity['type'], aliases: JSON.parse(r.aliases) as string[], members: [], given: new Set(state.given), names: new Map(state.names) };
};
const blank = (e: Pick<Entity, 'name' | 'type'>): LinkerNode => ({ id: '', name: e.name, type: e.type, aliases: [], members: [], given: new Set(), names: new Map() });
/** How many suffixed ids (key~2, key~3, …) are checked per look-up when a new node needs a free id. */
const ID_PROBE = 8;

/** Entity linking over the store's name keys, from what was read for one article; writes kept for `flush`. */
export class StoredLinker implements LinkerBackend {
  readonly touched = new Map<string, LinkerNode>();
  private writes: Array<{ node: GlobalEntityRow; keys: string[] }> = [];

  private constructor(private byKey: Map<string, LinkerNode[]>, private taken: Set<string>) {}

  /** Reads every key the article's entities can be looked up by, and which ids their new nodes could not take. */
  static *load(store: StoryIndex, entities: Entity[]): Steps<StoredLinker> {
    // Every key the linker may ask for (a run that finds nothing asks for all of them).
    const rows = yield* call(store.entityNodesByKey([...lookupKeysOf(entities)]));
    const byKey = new Map([...rows].map(([k, list]) => [k, list.map(toNode)]));
    // A new node takes its key, else key~2, key~3, … (the first free one): the taken ones of a key are consecutive.
    // One look-up for every key's first few ids; a key whose every probed id is taken is probed further.
    const taken = new Set<string>();
    let open = [...new Set(entities.map((e) => entityKey(e)))];
    for (let n = 1; open.length; n += ID_PROBE) {
      const idsOf = (key: string) => Array.from({ length: ID_PROBE }, (_, i) => (n + i === 1 ? key : `${key}~${n + i}`));
      const have = yield* call(store.existingEntities(open.flatMap(idsOf)));
      for (const id of have) taken.add(id);
      open = open.filter((key) => idsOf(key).every((id) => have.has(id)));
    }
    return new StoredLinker(byKey, taken);
  }

  find(key: string): LinkerNode[] { return this.byKey.get(key) ?? []; }

  create(e: Pick<Entity, 'name' | 'type'>): LinkerNode {
    const key = entityKey(e);
    let id = key;
    for (let n = 2; this.taken.has(id) || this.touched.has(id); n++) id = `${key}~${n}`;
    return { ...blank(e), id };
  }

  save(node: LinkerNode, keys: string[]): void {
    this.touched.set(node.id, node);
    this.writes.push({ node: { id: node.id, name: node.name, type: node.type, aliases: [...node.aliases],
      state: JSON.stringify({ given: [...node.given], names: [...node.names] }) }, keys });
    // What the store would answer now: the node's new state wherever it is filed, and under its keys too, in id
    // order like the stored key index.
    for (const list of this.byKey.values()) list.forEach((n, i) => { if (n.id === node.id) list[i] = node; });
    for (const k of keys) {
      const list = (this.byKey.get(k) ?? []).filter((n) => n.id !== node.id);
      list.push(node);
      this.byKey.set(k, list.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)));
    }
  }

  /** Writes the nodes the linker saved, in the order it saved them. */
  *flush(store: StoryIndex): Steps<void> {
    if (this.writes.length) yield* call(store.saveEntities(this.writes));
    this.writes = [];
  }
}

/** Document frequencies from the store, counted and read in one statement per table for each article. */
export class StoredTerms implements TermWeights {
  private cache = new Map<string, number>();
  private constructor(private freq: TermCounts, private discount: boolean) {}

  /**
   * Counts the article's features as one more document of `source` and reads the counts after it.
   * `discount`: articles without a site are not one source's boilerplate (as in the in-memory TermStats)
   */
  static *observe(store: StoryIndex, features: string[], source: string, discount = true): Steps<StoredTerms> {
    return new StoredTerms(yield* call(store.observeAndCount(features, source)), discount);
  }

  /** Documents counted, the article's own included. */
  get docs(): number { return this.freq.docs; }

  count(f: string): number { return this.freq.df.get(f) ?? 0; }
  idf(f: string): number {
    let x = this.cache.get(f);
    if (x === undefined) {
      x = baseIdf(this.freq.docs, this.count(f));
      if (this.discount) x = sourceDiscount(x, this.freq.sourceDocs, this.freq.sourceDf.get(f) ?? 0);
      this.cache.set(f, x);
    }
    return x;
  }
}
