// Plain-text extraction for article text scraped or copied from web pages.
// Steps: (1) consume galleries, related-link blocks and one-line boilerplate, (2) join the rest into
// paragraph units, (3) keep the highest-scoring prose region as the body, (4) type its blocks.
import type { Dropped, MediaItem, RelatedLink } from '../../model/analysis.js';
import { assembleText } from '../assemble.js';
import type { DroppedKind, ExtractedArticle, ExtractOptions } from '../types.js';
import { boilerplateKind } from './boilerplate.js';
import { classifyUnits } from './blocks.js';
import { isCredit, isGalleryHeader, readGallery } from './gallery.js';
import { splitLines, wordCount, type Line } from './lines.js';
import { detectLanguage, findPublished, findTitle } from './meta.js';
import { bodyRegion, buildUnits, type Unit } from './paragraphs.js';
import { inlineRelated, readRelatedBlock } from './related.js';

interface Furniture {
  related: RelatedLink[];
  media: MediaItem[];
  dropped: Dropped[];
  /** kept[i]: line i may be body text */
  kept: boolean[];
}

/** Pass 1: galleries, related blocks, credits and one-line boilerplate, in reading order. */
function removeFurniture(lines: Line[], skip: Set<number>): Furniture {
  const out: Furniture = { related: [], media: [], dropped: [], kept: lines.map((l) => !!l.text && !skip.has(l.index)) };
  const drop = (kind: DroppedKind, text: string) => out.dropped.push({ kind, text });
  const startsGallery = (j: number) => isGalleryHeader(lines[j].text) || readGallery(lines, j) !== null;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (!out.kept[i]) continue;
    const gallery = readGallery(lines, i);
    if (gallery) {
      out.media.push(...gallery.items);
      drop('gallery', gallery.raw);
      for (let j = i; j < gallery.end; j++) out.kept[j] = false;
      i = gallery.end - 1;
      continue;
    }
    const block = readRelatedBlock(lines, i, startsGallery);
    if (block) {
      out.related.push(...block.links);
      drop('related', block.raw);
      for (let j = i; j < block.end; j++) out.kept[j] = false;
      i = block.end - 1;
      continue;
    }
    const inline = inlineRelated(t);
    if (inline) { out.related.push(inline); drop('related', t); out.kept[i] = false; continue; }
    if (isCredit(t)) { out.media.push({ caption: null, credit: t, url: null }); drop('gallery', t); out.kept[i] = false; continue; }
    const kind = boilerplateKind(t);
    if (kind) { drop(kind, t); out.kept[i] = false; }
  }
  return out;
}

/** Leftover units outside the body: short ones are menus and links, longer ones other page text. */
function dropUnits(units: Unit[], dropped: Dropped[]): void {
  for (const u of units) dropped.push({ kind: wordCount(u.text) <= 8 ? 'navigation' : 'other', text: u.text });
}

export function extractPlainText(input: string, _options: ExtractOptions = {}): ExtractedArticle {
  const lines = splitLines(input);
  const titleIndex = findTitle(lines);
  const published = findPublished(lines);
  const skip = new Set<number>(titleIndex === null ? [] : [titleIndex]);
  const furniture = removeFurniture(lines, skip);
  const units = buildUnits(lines, furniture.kept);
  const region = bodyRegion(units) ?? [0, units.length - 1];
  const inRegion = units.slice(region[0], region[1] + 1);
  const { blocks: textBlocks, leftovers } = classifyUnits(inRegion);
  const dropped = furniture.dropped;
  dropUnits(units.slice(0, region[0]), dropped);
  dropUnits(leftovers, dropped);
  dropUnits(units.slice(region[1] + 1), dropped);
  const { text, blocks } = assembleText(textBlocks);
  return {
    title: titleIndex === null ? null : lines[titleIndex].text,
    published: published?.iso ?? null,
    publishedFrom: published ? 'metadata' : null,
    language: detectLanguage(text),
    text,
    blocks,
    related: furniture.related,
    media: furniture.media,
    dropped,
  };
}
