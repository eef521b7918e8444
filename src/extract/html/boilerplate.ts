// Classifies elements inside the article container: boilerplate to drop (navigation, share bars,
// comments, cookie banners, newsletter boxes, adverts), related-article boxes, and media (figures,
// galleries). General class/id/role/link-density signals only, no per-site rules. The class/id words are data in
// src/lang/page-hints.ts, the words of one-line furniture in src/lang/en/furniture.ts (shared with the text path).
import type { DroppedKind } from '../types.js';
import { PUBLISHER_MARKER, RELATED_MARKERS } from '../../lang/en/boilerplate.js';
import { attr, hintOf, linkDensity, textOf, type Element } from './dom.js';
import { NEGATIVE_HINT } from './score.js';
import { ADVERT_HINTS, BYLINE_HINTS, classHintPattern, EMBED_HINTS, GALLERY_HINTS, NAV_HINTS, RELATED_HINTS } from '../../lang/page-hints.js';
import { ADVERT_LINES, INLINE_LINK_LABELS, NAVIGATION_LINES, PARAGRAPH_ONLY_FURNITURE } from '../../lang/en/furniture.js';

export type Role = { kind: 'content' } | { kind: 'drop'; dropped: DroppedKind } | { kind: 'related' } | { kind: 'media' } | { kind: 'gallery' };

const CONTENT: Role = { kind: 'content' };
export const RELATED_LABEL = new RegExp(`^(?:${RELATED_MARKERS.join('|')})(?![\\p{L}])`, 'iu');
// The whole label, trying every marker: "Related articles" is "related" plus a word for RELATED_LABEL's first match.
const RELATED_LABEL_LINE = new RegExp(`^(?:${RELATED_MARKERS.join('|')})[\\s.:…!>»-]*$`, 'iu');
// "READ: headline", "WATCH – headline": a link label only with its separator, as in the text path (text/related.ts).
const INLINE_LINK_LABEL = new RegExp(`^(?:${INLINE_LINK_LABELS.join('|')})\\s*[:：|–—-]\\s*\\S`, 'iu');
const RELATED_HINT = classHintPattern(RELATED_HINTS);
const ADVERT_HINT = classHintPattern(ADVERT_HINTS);
const NAV_HINT = classHintPattern(NAV_HINTS);
const GALLERY_HINT = classHintPattern(GALLERY_HINTS);
// Embedded tweets are walked as `quote` blocks: all 5 dev pages with tweets count their text as body.
const EMBED_HINT = classHintPattern(EMBED_HINTS);
// Byline and date stamps are metadata (read by metadata.ts), not body; only short ones are dropped.
const BYLINE_HINT = classHintPattern(BYLINE_HINTS);
const ROLE_DROP: Record<string, DroppedKind> = {
  navigation: 'navigation', menu: 'navigation', menubar: 'navigation', banner: 'other', contentinfo: 'other',
  complementary: 'other', dialog: 'other', alertdialog: 'other', search: 'navigation',
};
const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'table', 'aside', 'span', 'dl']);

/** A substantial run of prose is never dropped on class hints alone (e.g. class="story share-enabled"). */
function isProse(el: Element): boolean {
  const t = textOf(el);
  return t.length >= 400 && linkDensity(el, t) < 0.25;
}

function firstWords(el: Element): string {
  return textOf(el).slice(0, 60);
}

export function classify(el: Element): Role {
  const name = el.name;
  const hint = hintOf(el);
  if (name === 'figure' || name === 'picture') return { kind: 'media' };
  if (GALLERY_HINT.test(hint) && !isProse(el)) return { kind: 'gallery' };
  if (name === 'nav') return { kind: 'drop', dropped: 'navigation' };
  const role = attr(el, 'role');
  if (role && ROLE_DROP[role]) return { kind: 'drop', dropped: ROLE_DROP[role]! };
  const hasLinks = linkDensity(el) > 0.3;
  if ((RELATED_HINT.test(hint) || (CONTAINERS.has(name) || name === 'p') && (RELATED_LABEL.test(firstWords(el)) || INLINE_LINK_LABEL.test(firstWords(el)))) && hasLinks && !isProse(el)) {
    return { kind: 'related' };
  }
  if (name === 'aside' || name === 'footer' || name === 'header' || name === 'form' || name === 'figcaption') return { kind: 'drop', dropped: 'other' };
  if (hint.trim() && (NEGATIVE_HINT.test(hint) || EMBED_HINT.test(hint)) && !isProse(el)) {
    return { kind: 'drop', dropped: ADVERT_HINT.test(hint) ? 'advert' : NAV_HINT.test(hint) ? 'navigation' : RELATED_HINT.test(hint) ? 'related' : 'other' };
  }
  if (BYLINE_HINT.test(hint) && textOf(el).length < 200) return { kind: 'drop', dropped: 'other' };
  if (CONTAINERS.has(name) && name !== 'span') {
    const t = textOf(el);
    if (t.length > 0 && t.length < 1000 && linkDensity(el, t) > 0.6) return { kind: 'drop', dropped: 'navigation' };
  }
  return CONTENT;
}

/**
 * One-line boilerplate paragraphs that survive structural filtering ("Advertisement", "Share this", "Close"): the
 * text path's navigation and advert lines, and the controls only a whole paragraph is judged as.
 */
export const BOILERPLATE_LINE = new RegExp(`^(?:${[...ADVERT_LINES, ...NAVIGATION_LINES, ...PARAGRAPH_ONLY_FURNITURE].join('|')})$`, 'i');
/** Which of those are adverts ("Advertisement", "Sponsored content", "Subscribe now") rather than other furniture. */
export const ADVERT_LINE = new RegExp(`^(?:${ADVERT_LINES.join('|')})$`, 'i');

/**
 * A line that is only a related-box label ("You may also like...", "DON'T MISS", "Related:") or a publisher's
 * "More from Sportsnet" / "Also on DW": the markers the text path reads (text/related.ts), from the same tables.
 */
export function isRelatedLabel(text: string): boolean {
  if (text.length > 40) return false;
  return RELATED_LABEL_LINE.test(text) || PUBLISHER_MARKER.test(text.trim());
}

/** A short block made (almost) only of link text: a headline teaser, not prose. */
export function isLinkLine(el: Element, text = textOf(el)): boolean {
  return text.length > 0 && text.length < 400 && linkDensity(el, text) >= 0.8;
}

/** An all-capitals linked headline of 3+ words between paragraphs ("SEAN SPICER ELIMINATED FROM …"). */
export function isShoutedLink(el: Element, text = textOf(el)): boolean {
  return isLinkLine(el, text) && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) && text.split(/\s+/).length >= 3;
}
