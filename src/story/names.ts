// Entity linking across articles: one "Zelensky" whatever the transliteration (Zelenskyy, Zelenskiy),
// one "Kyiv" for "Kiev". Names are reduced to a consonant skeleton that absorbs the usual
// Cyrillic-to-Latin variants; people link on surname skeleton plus compatible given-name initials.
import type { Entity, EntityType } from '../model/analysis.js';
import { INITIALS_SKIPPED, KEY_TITLES, LEGAL_FORMS } from '../lang/en/name-keys.js';
import { distance } from 'fastest-levenshtein';
import { lookupPlace } from '../analyse/shared/places.js';
import { boundedMemo } from '../model/memo.js';

const TITLES: ReadonlySet<string> = new Set(KEY_TITLES);
/** Names and words whose folded forms are remembered at once. */
const NAMES_KEPT = 20_000;

/**
 * Lower-case, accent-free, punctuation-free words of a name, possessive "'s" dropped (read only: the array is shared).
 * Remembered: placing an article folds the same names several times (its keys, the given names, the key look-ups),
 * and the names of a stream repeat.
 */
const foldedWords = boundedMemo((name: string): readonly string[] => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean), NAMES_KEPT);

/** The folded words of a name, titles removed. */
export function nameWords(name: string): string[] {
  return foldedWords(name).filter((w) => !TITLES.has(w));
}

/**
 * A transliteration-tolerant key of one word: first letter kept, later vowels (and y) dropped, "g" read
 * as "h" (Lugansk/Luhansk), doubled letters and "zhzh" collapsed (Donbass/Donbas, Zaporizhzhia/Zaporizhia).
 */
export const skeleton = boundedMemo(skeletonOf, NAMES_KEPT);
function skeletonOf(word: string): string {
  const w = word.toLowerCase().replace(/[ʹʼ'’]/g, '').replace(/g/g, 'h').replace(/ck/g, 'k').replace(/ph/g, 'f');
  const rest = w.slice(1).replace(/[aeiouy]/g, '').replace(/(zh|kh|sh|ch|ts)\1+/g, '$1').replace(/(.)\1+/g, '$1');
  return w[0] + rest;
}

export const nameKey = (name: string) => nameWords(name).map(skeleton).join(' ');

/** Legal-form words that outlets add or drop at will: "General Motors Corporation" = "General Motors". */
const LEGAL_FORM: ReadonlySet<string> = new Set(LEGAL_FORMS);

/** A name's folded words without the legal-form words that close it (one word at least stays). */
function withoutLegalForm(words: readonly string[]): readonly string[] {
  let end = words.length;
  while (end > 1 && LEGAL_FORM.has(words[end - 1]!)) end--;
  return end < words.length ? words.slice(0, end) : words;
}
const LINKING: ReadonlySet<string> = new Set(INITIALS_SKIPPED);

/** "GM", "USAF", "DJIA": a short all-capital word, read as initials. */
export const isAcronym = (name: string) => /^[A-Z]{2,6}$/.test(name.replace(/[.&]/g, ''));

/** Initials of a multi-word name without its legal form and linking words ("United States Air Force" → "usaf"). */
export function initials(name: string): string | null {
  // Titles stay: the "General" of "General Motors" is part of the initials.
  const words = foldedWords(name).filter((w) => w !== 'the' && !LEGAL_FORM.has(w) && !LINKING.has(w));
  return words.length >= 2 && words.length <= 6 ? words.map((w) => w[0]).join('') : null;
}

/**
 * Keys of a non-person name: its skeleton, the skeleton without a trailing legal form, and for
 * acronyms / multi-word names an initials key in two spaces (`a:` short form, `f:` full form) so that
 * an acronym meets full names and full names meet acronyms, but two full names never meet through
 * their initials (General Motors ≠ General Mills).
 */
export function orgKeys(name: string): string[] {
  const words = nameWords(name);
  if (!words.length) return [];
  // An acronym is filed under its letters ("x:"), not their skeleton: the skeleton of "UN" is that of "union" (vowels
  // after the first letter dropped, doubled letters collapsed), which filed the United Nations with every "union",
  // the European Union's tail included. A one-word name is filed under its letters too, so "Nato" meets "NATO".
  const letters = name.replace(/[.&\s]/g, '');
  const acronym = isAcronym(name.trim());
  const out = acronym ? [`x:${letters.toLowerCase()}`, `a:${letters.toLowerCase()}`] : [`n:${words.map(skeleton).join(' ')}`];
  // "AT & T" meets "AT&T": capitals spaced out are the acronym's letters too
  if (!acronym && words.length === 1) out.push(`x:${words[0]}`);
  else if (!acronym && /\s/.test(name) && /^[A-Z]{2,6}$/.test(letters)) out.push(`x:${letters.toLowerCase()}`);
  const bare = withoutLegalForm(words);
  if (bare.length < words.length) out.push(`n:${bare.map(skeleton).join(' ')}`);
  if (!acronym) { const i = initials(name); if (i) out.push(`f:${i}`); }
  return out;
}

/** The key space an initials key must be looked up in: acronyms look for full names and vice versa. */
const lookupKey = (k: string) => (k.startsWith('a:') ? `f:${k.slice(2)}` : k.startsWith('f:') ? `a:${k.slice(2)}` : k);

/**
 * The keys an entity is filed under. Changing what they are changes the keys a store must hold: the stores' migrations
 * file every linked entity again (`fileEntityKeysAgain` in src/store/migrations.ts and its PostgreSQL twin).
 */
export function linkKeys(e: Pick<Entity, 'name' | 'aliases' | 'type'>): string[] {
  const names = [e.name, ...e.aliases];
  if (e.type === 'person') return [...new Set(names.map((n) => nameWords(n)).filter((w) => w.length).map((w) => `p:${skeleton(w[w.length - 1]!)}`))];
  return [...new Set(names.flatMap(orgKeys))];
}

/** Every key linking `entities` may look up (`LinkerBackend.find`): each entity's keys, in their look-up space. */
export function lookupKeysOf(entities: Array<Pick<Entity, 'name' | 'aliases' | 'type'>>): Set<string> {
  const out = new Set<string>();
  for (const e of entities) for (const k of linkKeys(e)) out.add(lookupKey(k));
  return out;
}

export interface LinkedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** `${articleId}#${localEntityId}` of every entity linked here */
  members: string[];
}

/** A linked entity with what linking needs: given-name initials seen and how often each name form was used. */
export interface LinkerNode extends LinkedEntity { given: Set<string>; names: Map<string, number> }
type Node = LinkerNode;

/**
 * Where linked entities live: in memory (the default) or in the store (src/story/incremental.ts), so
 * that linking one article costs a few key look-ups whatever the size of the collection.
 */
export interface LinkerBackend {
  /** nodes filed under one key */
  find(key: string): Node[];
  /** a new node for `e`, with its id */
  create(e: Pick<Entity, 'name' | 'type'>): Node;
  /** `node` changed; file it under `keys` too */
  save(node: Node, keys: string[]): void;
}

class MemoryBackend implements LinkerBackend {
  nodes: Node[] = [];
  private byKey = new Map<string, Node[]>();
  find(key: string): Node[] { return this.byKey.get(key) ?? []; }
  create(e: Pick<Entity, 'name' | 'type'>): Node {
    const node: Node = { id: `g${this.nodes.length + 1}`, name: e.name, type: e.type, aliases: [], members: [], given: new Set(), names: new Map() };
    this.nodes.push(node);
    return node;
  }
  save(node: Node, keys: string[]): void {
    for (const k of keys) {
      const list = this.byKey.get(k) ?? [];
      if (!list.includes(node)) list.push(node);
      this.byKey.set(k, list);
    }
  }
}

/** A name's words without titles and a trailing legal form, joined: what two spellings of one name are compared by. */
const bareName = boundedMemo((name: string) => withoutLegalForm(nameWords(name)).join(' '), NAMES_KEPT);

/** The gazetteer's place for a name, or null (lookupPlace remembers its answers). */
const placeKey = (name: string) => lookupPlace(name)?.key ?? null;

/** The edits between two names' bare forms, and the letters of the longer one. */
function editsApart(a: string, b: string): { edits: number; letters: number } {
  const x = bareName(a), y = bareName(b);
  return { edits: distance(x, y), letters: Math.max(x.length, y.length, 1) };
}

/**
 * Two names filed under one consonant skeleton are one name spelled two ways only when the rest agrees. Places the
 * gazetteer knows must be the same place (Kiev = Kyiv, Zaporozhye = Zaporizhzhia through its variants; Tennessee ≠
 * Tunisia, Gaza ≠ Giza); a name it knows and one it does not must differ in at most 40% of their letters (Avdeyevka ~
 * Avdiivka, but not Sanaa ~ Sun or Maine ~ Moon); names it knows neither of link by the skeleton alone, as
 * transliterations need (Hodeidah ~ Hudaydah). Organisations that are no place differ in at most two edits or a
 * quarter of their letters (Hezbollah ~ Hizballah; not Court ~ Crete, where Crete is a place).
 */
function spelledAlike(e: Pick<Entity, 'name' | 'aliases' | 'type'>, n: Pick<LinkerNode, 'name' | 'aliases' | 'names' | 'type'>): boolean {
  const mine = [e.name, ...e.aliases];
  // the node's names as linking counted them, and its display name and aliases (a node read back without them)
  const theirs = [...new Set([n.name, ...n.aliases, ...n.names.keys()])];
  const myPlaces = new Set(mine.map(placeKey).filter((k) => k !== null));
  const theirPlaces = new Set(theirs.map(placeKey).filter((k) => k !== null));
  if (myPlaces.size && theirPlaces.size) return [...myPlaces].some((k) => theirPlaces.has(k));
  const close = (ok: (d: { edits: number; letters: number }) => boolean) => mine.some((a) => theirs.some((b) => ok(editsApart(a, b))));
  if (myPlaces.size || theirPlaces.size) return close(({ edits, letters }) => edits / letters <= 0.4);
  if (e.type === 'place' || n.type === 'place') return true;
  return close(({ edits, letters }) => edits <= Math.max(2, Math.floor(letters / 4)));
}

/** Whether two types can name the same thing (an organisation and its seat are often typed either way). */
const typesAgree = (a: EntityType, b: EntityType) => a === b || a === 'other' || b === 'other' ||
  (a !== 'person' && b !== 'person');

export class EntityLinker {
  private memory: MemoryBackend | null;
  private backend: LinkerBackend;

  constructor(backend?: LinkerBackend) {
    this.memory = backend ? null : new MemoryBackend();
    this.backend = backend ?? this.memory!;
  }

  /** Link one article's entities; returns local entity id → linked id. */
  add(articleId: string, entities: Entity[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const e of entities) out.set(e.id, this.linkOne(articleId, e).id);
    return out;
  }

  /** Every linked entity (in-memory linker only). */
  entities(): LinkedEntity[] {
    return (this.memory?.nodes ?? []).map(({ id, name, type, aliases, members }) => ({ id, name, type, aliases, members }));
  }

  get(id: string): LinkedEntity | undefined { return this.memory?.nodes[Number(id.slice(1)) - 1]; }

  private linkOne(articleId: string, e: Entity): Node {
    const keys = linkKeys(e);
    const given = new Set([e.name, ...e.aliases].map(nameWords).filter((w) => w.length > 1).map((w) => w[0][0]));
    let node: Node | undefined;
    for (const k of keys) {
      node = this.backend.find(lookupKey(k)).find((n) => typesAgree(n.type, e.type) &&
        (e.type !== 'person' || given.size === 0 || n.given.size === 0 || [...given].some((g) => n.given.has(g))) &&
        (!k.startsWith('f:') || !this.otherFullName(n, keys)) &&
        (!k.startsWith('n:') || spelledAlike(e, n)));
      if (node) break;
    }
    node ??= this.backend.create(e);
    if (this.memory) node.members.push(`${articleId}#${e.id}`);
    for (const g of given) node.given.add(g);
    for (const n of [e.name, ...e.aliases]) node.names.set(n, (node.names.get(n) ?? 0) + (n === e.name ? 2 : 1));
    // The display name is the most used full form; the others become aliases.
    const ranked = [...node.names.entries()].sort((a, b) => b[1] - a[1] || b[0].split(' ').length - a[0].split(' ').length);
    const full = ranked.find(([n]) => n.includes(' ')) ?? ranked[0];
    node.name = full[0];
    node.aliases = ranked.map(([n]) => n).filter((n) => n !== node!.name);
    this.backend.save(node, keys);
    return node;
  }

  /** Whether a node reached through an acronym already holds another full name with the same initials. */
  private otherFullName(n: Node, keys: string[]): boolean {
    const own = new Set(keys.filter((k) => k.startsWith('n:')));
    return [...n.names.keys()].some((name) => !isAcronym(name) && initials(name) !== null &&
      keys.includes(`f:${initials(name)}`) && !orgKeys(name).some((k) => own.has(k)));
  }
}
