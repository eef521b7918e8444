// Finds the element holding the article body, by general signals only: schema.org articleBody,
// text density (length and commas of paragraphs, propagated to ancestors), link density and
// class/id hints, in the spirit of Readability's scoring but on a single pass over the tree.
// The class/id words are data in src/lang/page-hints.ts.
import { attr, elements, forgetTexts, hintOf, isHidden, isTag, linkDensity, NON_CONTENT, textOf, type AnyNode, type Document, type Element } from './dom.js';
import { classHintPattern, MAYBE_CONTENT_HINTS, NEGATIVE_HINTS, POSITIVE_HINTS, UNLIKELY_HINTS } from '../../lang/page-hints.js';

export const NEGATIVE_HINT = classHintPattern(NEGATIVE_HINTS);
const POSITIVE_HINT = classHintPattern(POSITIVE_HINTS);
// Like Readability's unlikelyCandidates: paragraphs under these never vote for a container.
const UNLIKELY = new RegExp(UNLIKELY_HINTS.join('|'));
const MAYBE = new RegExp(MAYBE_CONTENT_HINTS.join('|'));
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'li']);

function classWeight(el: Element): number {
  const h = hintOf(el);
  let w = 0;
  if (NEGATIVE_HINT.test(h)) w -= 25;
  if (POSITIVE_HINT.test(h)) w += 25;
  if (attr(el, 'itemprop') === 'articleBody') w += 50;
  return w;
}

function tagWeight(el: Element): number {
  switch (el.name) {
    case 'article': return 10;
    case 'div': case 'section': case 'main': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'form': case 'ol': case 'ul': case 'dl': case 'li': case 'address': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

/** Own text of a div that holds inline content directly (a paragraph without <p>). */
function directText(el: Element): string {
  let s = '';
  for (const c of el.children) if (c.type === 'text') s += (c as { data: string }).data;
  return s.replace(/\s+/g, ' ').trim();
}

export interface Candidate {
  el: Element;
  score: number;
}

/** Remove subtrees that are never content before scoring: scripts, hidden elements. */
export function prune(doc: Document): void {
  const drop: Element[] = [];
  for (const el of elements(doc)) if (NON_CONTENT.has(el.name) && el.name !== 'head' || isHidden(el)) drop.push(el);
  // One pass per parent (not per dropped element: a page of 10k scripts would be quadratic).
  const dropped = new Set(drop);
  const parents = new Set(drop.map((el) => el.parent).filter((p): p is NonNullable<typeof p> => !!p && 'children' in p));
  for (const parent of parents) parent.children = parent.children.filter((c) => !dropped.has(c as Element));
  forgetTexts();
}

function unlikely(el: Element): boolean {
  const h = hintOf(el);
  if (el.name === 'body' || el.name === 'article' || el.name === 'main') return false;
  const r = attr(el, 'role');
  if (r === 'complementary' || r === 'navigation' || r === 'contentinfo') return true;
  return h.trim() !== '' && UNLIKELY.test(h) && !MAYBE.test(h);
}

/** Elements (in document order) whose text is the article: the best-scoring one plus strong siblings. */
export function findContent(doc: Document, strict = true): Element[] {
  const blocked = new Set<Element>();
  if (strict) for (const el of elements(doc)) {
    const p = el.parent;
    if ((p && isTag(p) && blocked.has(p)) || (el.name !== 'html' && unlikely(el))) blocked.add(el);
  }
  const scores = new Map<Element, number>();
  const init = (el: Element): number => {
    let s = scores.get(el);
    if (s === undefined) scores.set(el, (s = tagWeight(el) + classWeight(el)));
    return s;
  };
  for (const el of elements(doc)) {
    let text: string;
    if (PARAGRAPH_TAGS.has(el.name)) text = textOf(el);
    else if (el.name === 'div') text = directText(el);
    else continue;
    if (text.length < 25 || blocked.has(el)) continue;
    const points = 1 + (text.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
    let level = 0;
    for (let p: AnyNode | null = el.name === 'div' ? el : el.parent; p && isTag(p) && level < 5; p = p.parent, level++) {
      if (p.name === 'body' || p.name === 'html') break;
      scores.set(p, init(p) + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  const ranked: Candidate[] = [...scores].map(([el, raw]) => ({ el, score: raw * (1 - linkDensity(el)) })).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const body = [...elements(doc)].find((e) => e.name === 'body');
  if (!best) return body ? [body] : [];
  // near-equal candidates that are the best one's own ancestors or descendants (its score propagated up,
  // or its main paragraph group) are not other sections of the article: they must not widen it
  const alternatives = ranked.slice(1, 5).filter((c) => c.score >= best.score * 0.75 && !contains(c.el, best.el) && !contains(best.el, c.el));
  const top = commonAncestor(best.el, alternatives.map((c) => c.el));
  const roots = withSiblings(top, top === best.el ? best.score : (scores.get(top) ?? best.score), scores);
  return withTwins(doc, top, roots, ranked, best.score);
}

const contains = (a: Element, b: Element): boolean => {
  for (let p: AnyNode | null = b; p; p = p.parent) if (p === a) return true;
  return false;
};

/**
 * An article cut in two by a full-width figure or pull quote often continues in a second container
 * built from the same template (same tag and class) at another depth, so it is neither a sibling nor
 * a near-equal candidate. Such "twins" that score well are added as further roots, in document order.
 */
function withTwins(doc: Document, top: Element, roots: Element[], ranked: Candidate[], best: number): Element[] {
  const cls = attr(top, 'class').trim();
  if (!cls) return roots;
  const twins = ranked.filter((c) => c.el !== top && c.el.name === top.name && attr(c.el, 'class').trim() === cls
    && c.score >= Math.max(10, best * 0.2) && !roots.some((r) => contains(r, c.el) || contains(c.el, r))).map((c) => c.el);
  if (!twins.length) return roots;
  const all = [...roots, ...twins];
  return [...elements(doc)].filter((e) => all.includes(e));
}

/** When 3+ near-equal candidates share an ancestor, the article is split into sections: take that ancestor. */
function commonAncestor(top: Element, alternatives: Element[]): Element {
  if (alternatives.length < 2) return top;
  for (let p = top.parent; p && isTag(p) && p.name !== 'body'; p = p.parent) {
    const inside = alternatives.filter((a) => { for (let q = a.parent; q; q = q.parent) if (q === p) return true; return false; });
    if (inside.length >= 2) return p;
  }
  return top;
}

/** Readability's sibling step: an article split into parts (by adverts, figures) keeps all its parts. */
function withSiblings(top: Element, score: number, scores: Map<Element, number>): Element[] {
  const parent = top.parent;
  if (!parent || !isTag(parent)) return [top];
  const threshold = Math.max(10, score * 0.2);
  const topHint = attr(top, 'class');
  return parent.children.filter((c): c is Element => {
    if (!isTag(c)) return false;
    if (c === top) return true;
    let bonus = topHint && attr(c, 'class') === topHint ? score * 0.2 : 0;
    if ((scores.get(c) ?? 0) * (1 - linkDensity(c)) + bonus >= threshold) return true;
    if (c.name !== 'p') return false;
    const t = textOf(c);
    const ld = linkDensity(c, t);
    return (t.length > 80 && ld < 0.25) || (t.length > 0 && t.length <= 80 && ld === 0 && /\.( |$)/.test(t));
  });
}
