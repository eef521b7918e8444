// Walks the article container in document order and emits text blocks (paragraph, heading,
// list-item, quote); boilerplate, related boxes and media go to their own lists instead.
import type { Dropped, MediaItem, RelatedLink } from '../../model/analysis.js';
import type { TextBlock } from '../types.js';
import { BLOCK_TAGS, isTag, isText, NON_CONTENT, textOf, type AnyNode, type Element } from './dom.js';
import { ADVERT_LINE, BOILERPLATE_LINE, classify, isLinkLine, isRelatedLabel, isShoutedLink } from './boilerplate.js';
import { galleryItems, mediaOf } from './media.js';
import { relatedLinks } from './related.js';

export interface WalkResult {
  blocks: TextBlock[];
  related: RelatedLink[];
  media: MediaItem[];
  dropped: Dropped[];
}

const LINE_TAGS = new Set(['p', 'div', 'li', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function walkContent(roots: Element[], base: string | undefined): WalkResult {
  const res: WalkResult = { blocks: [], related: [], media: [], dropped: [] };
  let buf = '';
  let kind: TextBlock['kind'] = 'paragraph';
  let lastWasBr = false;
  // After a bare "You may also like..." label, the link-only lines that follow are the box's items.
  let relatedRun = false;

  const flush = (): void => {
    const text = buf.replace(/\s+/g, ' ').trim();
    buf = '';
    if (!text) return;
    if (BOILERPLATE_LINE.test(text)) res.dropped.push({ kind: ADVERT_LINE.test(text) ? 'advert' : 'other', text });
    else res.blocks.push({ kind, text });
  };
  const drop = (k: Dropped['kind'], el: Element): void => {
    const text = textOf(el);
    if (text) res.dropped.push({ kind: k, text });
  };
  const within = (k: TextBlock['kind'], el: Element): void => {
    flush();
    const outer = kind;
    // A quote containing a list stays a quote; a heading never becomes a list item.
    if (!(outer === 'quote' && k === 'list-item')) kind = k;
    for (const c of el.children) visit(c);
    flush();
    kind = outer;
  };

  const visit = (node: AnyNode): void => {
    if (isText(node)) {
      buf += node.data;
      if (node.data.trim()) lastWasBr = false;
      return;
    }
    if (!isTag(node) || NON_CONTENT.has(node.name)) return;
    const el = node;
    if (el.name === 'br') {
      // <br><br> separates paragraphs in older markup.
      if (lastWasBr) flush();
      else buf += ' ';
      lastWasBr = true;
      return;
    }
    lastWasBr = false;
    const role = classify(el);
    switch (role.kind) {
      case 'drop': flush(); return drop(role.dropped, el);
      case 'related': {
        flush();
        const links = relatedLinks(el, base);
        if (links.length) res.related.push(...links);
        return drop(links.length ? 'related' : 'other', el);
      }
      case 'media': {
        flush();
        const m = mediaOf(el, base);
        if (m) res.media.push(m);
        return drop('gallery', el);
      }
      case 'gallery': flush(); res.media.push(...galleryItems(el, base)); return drop('gallery', el);
      case 'content': break;
    }
    if (LINE_TAGS.has(el.name)) {
      const t = textOf(el);
      if (isRelatedLabel(t) || (relatedRun && isLinkLine(el, t)) || isShoutedLink(el, t)) {
        flush();
        relatedRun = true;
        res.related.push(...relatedLinks(el, base));
        return drop('related', el);
      }
      if (t) relatedRun = false;
    }
    if (el.name === 'img') {
      const m = mediaOf(el, base);
      if (m?.url && (m.caption || Number(el.attribs.width ?? 999) >= 200)) res.media.push(m);
      return;
    }
    if (/^h[1-6]$/.test(el.name)) return within('heading', el);
    if (el.name === 'li' || el.name === 'dd' || el.name === 'dt') return within(kind === 'quote' ? 'quote' : 'list-item', el);
    if (el.name === 'blockquote') return within('quote', el);
    if (BLOCK_TAGS.has(el.name)) return within(kind, el);
    for (const c of el.children) visit(c);
  };

  for (const root of roots) {
    // A root that is itself a paragraph-like block keeps its kind (heading, quote, list item).
    if (root.name === 'p' || /^h[1-6]$/.test(root.name) || root.name === 'blockquote' || root.name === 'ul' || root.name === 'ol') visit(root);
    else for (const c of root.children) visit(c);
    flush();
  }
  return res;
}
