// Thin helpers over htmlparser2's DOM (domhandler nodes). htmlparser2 was chosen by measurement:
// parse-only it is ~6x faster than linkedom and ~3x faster than parse5 (docs/decisions/extract-html.md).
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';
import { NON_PAGE_URL_SCHEMES } from '../../lang/page-hints.js';

export type { AnyNode, Document, Element };
export { isTag, isText };

/**
 * Deepest element kept as an element. Real pages nest a few dozen levels; 10k nested <b> or unclosed tags
 * made every per-element text and link-density look-up walk the whole chain (quadratic, and the recursion
 * overflowed the stack). Like browsers' parsers (Chromium stops nesting at 512), content below this depth is
 * kept as the text of the element at the limit, so each look-up is bounded by MAX_DEPTH × text length.
 */
export const MAX_DEPTH = 128;

export function parseHtml(html: string): Document {
  const doc = parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true });
  capDepth(doc, MAX_DEPTH);
  return doc;
}

/** Replaces the subtree of every element at `max` depth by its readable text nodes, in document order. */
export function capDepth(doc: Document, max: number): void {
  const stack: Array<[AnyNode, number]> = [[doc, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!('children' in node)) continue;
    if (depth >= max && isTag(node)) {
      const texts = readableTextNodes(node);
      for (const t of texts) t.parent = node;
      node.children = texts;
      continue;
    }
    for (const c of node.children) stack.push([c, depth + 1]);
  }
}

function readableTextNodes(root: Element): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) out.push(n);
    else if (isTag(n) && !NON_CONTENT.has(n.name)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  for (let i = 0; i < out.length; i++) {
    out[i]!.prev = out[i - 1] ?? null;
    out[i]!.next = out[i + 1] ?? null;
  }
  return out;
}

export const attr = (el: Element, name: string): string => el.attribs[name] ?? '';

/**
 * class + id, lower-cased: the string the class/id hints are matched against. camelCase and
 * PascalCase names are split first ("imageEmbedCaption" → "image-embed-caption",
 * "ArticlePage-articleBody" → "article-page-article-body") so that word-bounded hints match them too.
 */
export const hintOf = (el: Element): string =>
  `${attr(el, 'class')} ${attr(el, 'id')}`.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

/** Elements whose content never belongs to readable text. */
export const NON_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'source', 'track', 'map', 'head', 'title', 'link', 'meta', 'button', 'select',
  'input', 'textarea', 'option', 'label', 'dialog',
]);

/** Block-level tags: they start a new text block when walked. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
  'figure', 'figcaption', 'form', 'fieldset', 'address', 'hr', 'br', 'center', 'details', 'summary', 'caption',
]);

export function* elements(node: AnyNode): Generator<Element> {
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (isTag(n)) yield n;
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
}

export const byTag = (root: AnyNode, tag: string): Element[] => [...elements(root)].filter((e) => e.name === tag);

/** Visible text of a subtree (non-content elements skipped), whitespace collapsed. */
// textOf is asked for the same element many times (scoring, classifying, link density); the tree only
// changes in prune(), which calls forgetTexts().
let texts = new WeakMap<AnyNode, string>();
export const forgetTexts = (): void => { texts = new WeakMap(); };

export function textOf(node: AnyNode): string {
  let text = texts.get(node);
  if (text === undefined) texts.set(node, (text = computeText(node)));
  return text;
}

function computeText(node: AnyNode): string {
  const parts: string[] = [];
  // Iterative (a deep tree must not overflow the stack): a string entry is the space closing a block.
  const stack: Array<AnyNode | string> = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') { parts.push(n); continue; }
    if (isText(n)) parts.push(n.data);
    else if (isTag(n)) {
      if (NON_CONTENT.has(n.name)) continue;
      if (n.name === 'br' || BLOCK_TAGS.has(n.name)) parts.push(' ');
      if (BLOCK_TAGS.has(n.name)) stack.push(' ');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Length of the text inside links over the whole text length (0..1). */
export function linkDensity(el: Element, text = textOf(el)): number {
  if (!text.length) return 0;
  let linked = 0;
  // Outermost links only: a link nested in a link is already counted (and counting each level made nested
  // anchors quadratic).
  const stack: AnyNode[] = [...el.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    if (n.name === 'a') linked += textOf(n).length;
    else for (const c of n.children) stack.push(c);
  }
  return Math.min(1, linked / text.length);
}

export function isHidden(el: Element): boolean {
  if ('hidden' in el.attribs || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== '' && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export function closest(el: Element, pred: (e: Element) => boolean): Element | null {
  for (let p: AnyNode | null = el; p; p = p.parent) if (isTag(p) && pred(p)) return p;
  return null;
}

const NON_PAGE_URL = new RegExp(`^(${NON_PAGE_URL_SCHEMES.join('|')}):`, 'i');

export function absoluteUrl(href: string, base: string | undefined): string | null {
  const h = href.trim();
  if (!h || NON_PAGE_URL.test(h)) return null;
  try {
    return new URL(h, base).href;
  } catch {
    return /^https?:\/\//i.test(h) ? h : null;
  }
}
