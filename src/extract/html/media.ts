// Figures and galleries → MediaItem { url, caption, credit }; their text never reaches article.text.
import type { MediaItem } from '../../model/analysis.js';
import { absoluteUrl, attr, elements, hintOf, textOf, type Element } from './dom.js';
import { CREDIT_HINTS } from '../../lang/page-hints.js';

const CREDIT_HINT = new RegExp(`(${CREDIT_HINTS.join('|')})`);

function imageUrl(img: Element, base: string | undefined): string | null {
  const candidates = [attr(img, 'src'), attr(img, 'data-src'), attr(img, 'data-original'), attr(img, 'data-lazy-src'),
    (attr(img, 'srcset') || attr(img, 'data-srcset')).split(',')[0]?.trim().split(/\s+/)[0] ?? ''];
  for (const c of candidates) {
    const url = c && !c.startsWith('data:') ? absoluteUrl(c, base) : null;
    if (url) return url;
  }
  return null;
}

/** One figure-like element → a media item, or null when it holds neither an image nor a caption. */
export function mediaOf(fig: Element, base: string | undefined): MediaItem | null {
  const all = [...elements(fig)];
  const img = all.find((e) => e.name === 'img') ?? all.find((e) => e.name === 'source');
  const url = img ? imageUrl(img, base) : null;
  const capEl = all.find((e) => e.name === 'figcaption') ?? all.find((e) => e !== fig && /caption/.test(hintOf(e)));
  const creditEl = all.find((e) => e !== fig && CREDIT_HINT.test(hintOf(e))) ?? (capEl ? all.find((e) => e.name === 'small' || e.name === 'cite') : undefined);
  const credit = creditEl ? textOf(creditEl) || null : null;
  let caption = capEl ? textOf(capEl) : '';
  if (credit && caption.endsWith(credit)) caption = caption.slice(0, -credit.length).trim();
  else if (credit) caption = caption.replace(credit, '').trim();
  if (!url && !caption && !credit) return null;
  return { url, caption: caption || null, credit };
}

/** Figures inside a gallery; a gallery without <figure>s counts each image as one item. */
export function galleryItems(gallery: Element, base: string | undefined): MediaItem[] {
  const figures = [...elements(gallery)].filter((e) => e.name === 'figure');
  const units = figures.length ? figures : [...elements(gallery)].filter((e) => e.name === 'img');
  return units.map((u) => mediaOf(u, base)).filter((m): m is MediaItem => m !== null);
}
