// "Read also" / related-article boxes → RelatedLink { title, section, url } with absolute URLs.
import type { RelatedLink } from '../../model/analysis.js';
import { absoluteUrl, attr, elements, hintOf, isTag, textOf, type Element } from './dom.js';
import { RELATED_LABEL } from './boilerplate.js';
import { SECTION_HINT } from '../../lang/en/boilerplate.js';


/** The item around one link: the closest ancestor (below the box) holding only this link. */
function itemOf(a: Element, box: Element): Element {
  let item = a;
  for (let p = a.parent; p && isTag(p) && p !== box; p = p.parent) {
    if ([...elements(p)].filter((e) => e.name === 'a' && textOf(e)).length > 1) break;
    item = p;
  }
  return item;
}

function sectionOf(item: Element, a: Element, title: string): string | null {
  const labelled = [...elements(item)].find((e) => e !== a && SECTION_HINT.test(hintOf(e)) && textOf(e) && textOf(e) !== title);
  if (labelled) return textOf(labelled);
  // Short text beside the title (e.g. "world") is the section label.
  const rest = textOf(item).replace(title, '').replace(/^[\s\-–—|·:]+|[\s\-–—|·:]+$/g, '');
  return rest && rest.length <= 30 && rest.split(/\s+/).length <= 3 ? rest : null;
}

export function relatedLinks(box: Element, base: string | undefined): RelatedLink[] {
  const out: RelatedLink[] = [];
  for (const a of elements(box)) {
    if (a.name !== 'a') continue;
    const heading = [...elements(a)].find((e) => /^h[1-6]$/.test(e.name));
    const title = textOf(heading ?? a);
    if (title.length < 12 || RELATED_LABEL.test(title) || out.some((r) => r.title === title)) continue;
    const item = itemOf(a, box);
    out.push({ title, section: sectionOf(item, a, textOf(a)), url: absoluteUrl(attr(a, 'href'), base) });
  }
  return out;
}
