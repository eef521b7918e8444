// Thin helpers over htmlparser2's DOM (domhandler nodes). htmlparser2 was chosen by measurement:
// parse-only it is ~6x faster than linkedom and ~3x faster than parse5 (docs/decisions/extract-html.md).
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';

export type { AnyNode, Document, Element };
export { isTag, isText };

export function parseHtml(html: string): Document {
  return parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true });
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
export function textOf(node: AnyNode): string {
  let out = '';
  const walk = (n: AnyNode): void => {
    if (isText(n)) out += n.data;
    else if (isTag(n)) {
      if (NON_CONTENT.has(n.name)) return;
      if (n.name === 'br' || BLOCK_TAGS.has(n.name)) out += ' ';
      for (const c of n.children) walk(c);
      if (BLOCK_TAGS.has(n.name)) out += ' ';
    }
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
}

/** Length of the text inside links over the whole text length (0..1). */
export function linkDensity(el: Element, text = textOf(el)): number {
  if (!text.length) return 0;
  let linked = 0;
  for (const a of elements(el)) if (a.name === 'a' && a !== el) linked += textOf(a).length;
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

export function absoluteUrl(href: string, base: string | undefined): string | null {
  const h = href.trim();
  if (!h || /^(javascript|data|mailto|tel):/i.test(h)) return null;
  try {
    return new URL(h, base).href;
  } catch {
    return /^https?:\/\//i.test(h) ? h : null;
  }
}
