// HTML → the clean article: parse (htmlparser2), read metadata, find the body container,
// walk it into blocks, then assemble offsets. See docs/decisions/extract-html.md.
import { assembleText } from '../assemble.js';
import { detectLanguage } from '../language.js';
import type { ExtractedArticle, ExtractOptions } from '../types.js';
import { absoluteUrl, attr, byTag, parseHtml } from './dom.js';
import { readMetadata } from './metadata.js';
import { findContent, prune } from './score.js';
import { walkContent, type WalkResult } from './walk.js';
import { isTimestampLine } from '../text/boilerplate.js';

export { readMetadata } from './metadata.js';

export function extractHtml(html: string, options: ExtractOptions = {}): ExtractedArticle {
  const doc = parseHtml(html);
  // <base href> wins over the document URL for resolving relative links.
  const baseHref = byTag(doc, 'base').map((b) => attr(b, 'href')).find(Boolean);
  const base = (baseHref && absoluteUrl(baseHref, options.url)) || options.url;
  const meta = readMetadata(doc, options.url);
  prune(doc);
  let walked = walkContent(findContent(doc), base);
  // Like Readability: when the strict pass finds little text, retry without the unlikely-candidate filter.
  if (walked.blocks.reduce((n, b) => n + b.text.length, 0) < 500) {
    const loose = walkContent(findContent(doc, false), base);
    if (loose.blocks.reduce((n, b) => n + b.text.length, 0) > walked.blocks.reduce((n, b) => n + b.text.length, 0)) walked = loose;
  }
  dropLeadingStamps(walked);
  // The headline is metadata, not body: drop a leading heading that repeats the title.
  const firstBlock = walked.blocks[0];
  if (firstBlock && firstBlock.kind === 'heading' && meta.title && sameText(firstBlock.text, meta.title)) walked.blocks.shift();
  const { text, blocks } = assembleText(walked.blocks);
  return {
    title: meta.title,
    published: meta.published,
    publishedFrom: meta.publishedFrom,
    language: detectLanguage(text, meta.language),
    text,
    blocks,
    related: walked.related,
    media: walked.media,
    dropped: walked.dropped,
    authors: meta.authors,
    siteName: meta.siteName,
    section: meta.section,
    description: meta.description,
    canonicalUrl: meta.canonicalUrl ? absoluteUrl(meta.canonicalUrl, base) : null,
    modified: meta.modified,
  };
}

const norm = (s: string): string => s.toLowerCase().replace(/\W+/g, ' ').trim();
const sameText = (a: string, b: string): boolean => norm(a) === norm(b) || norm(b).startsWith(norm(a)) && norm(a).length > 20;

const BYLINE = /^(?:By|BY)\s+\p{Lu}/u;

/** Bylines and date stamps printed as the body's first blocks are metadata, not body. */
function dropLeadingStamps(walked: WalkResult): void {
  for (let i = 0; i < Math.min(4, walked.blocks.length); i++) {
    const t = walked.blocks[i].text;
    if (t.split(/\s+/).length > 25 || !(BYLINE.test(t) || isTimestampLine(t))) continue;
    walked.dropped.push({ kind: 'other', text: t });
    walked.blocks.splice(i--, 1);
  }
}
