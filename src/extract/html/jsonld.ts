// schema.org JSON-LD: the most trusted metadata source. Handles arrays, @graph and sloppy JSON.
import { byTag, type Document } from './dom.js';
import { SCHEMA_ARTICLE_TYPES } from '../../lang/page-hints.js';

export type LdNode = Record<string, unknown>;

const ARTICLE_TYPE = new RegExp(SCHEMA_ARTICLE_TYPES.join('|'));

function typesOf(n: LdNode): string[] {
  const t = n['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function flatten(value: unknown, out: LdNode[]): void {
  if (Array.isArray(value)) for (const v of value) flatten(v, out);
  else if (value && typeof value === 'object') {
    const n = value as LdNode;
    out.push(n);
    if (n['@graph']) flatten(n['@graph'], out);
  }
}

function parseLoose(src: string): unknown {
  const cleaned = src.replace(/^\s*(<!\[CDATA\[|\/\/\s*<!\[CDATA\[)/, '').replace(/(\]\]>|\/\/\s*\]\]>)\s*$/, '').trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      // Common breakage: raw newlines/tabs inside strings.
      return JSON.parse(cleaned.replace(/[\n\r\t]+/g, ' '));
    } catch {
      return null;
    }
  }
}

export interface JsonLd {
  article: LdNode | null;
  all: LdNode[];
}

export function readJsonLd(doc: Document): JsonLd {
  const all: LdNode[] = [];
  for (const s of byTag(doc, 'script')) {
    if (!/ld\+json/i.test(s.attribs.type ?? '')) continue;
    const text = s.children.map((c) => ('data' in c ? c.data : '')).join('');
    flatten(parseLoose(text), all);
  }
  const article = all.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t))) ?? null;
  return { article, all };
}

export const ldType = (n: LdNode, re: RegExp): boolean => typesOf(n).some((t) => re.test(t));

/** A string, or the name of an object, or the names of an array of either. */
export function ldNames(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(ldNames);
  if (value && typeof value === 'object') return ldNames((value as LdNode).name);
  return [];
}

export function ldString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return ldString(value[0]);
  if (value && typeof value === 'object') {
    const n = value as LdNode;
    return ldString(n['@id'] ?? n.url ?? n.name);
  }
  return null;
}
