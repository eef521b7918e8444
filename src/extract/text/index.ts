// Plain-text extraction for article text scraped or copied from web pages.
// Steps: (1) consume galleries, related-link blocks and one-line boilerplate, (2) join the rest into
// paragraph units, (3) keep the highest-scoring prose region as the body, (4) type its blocks.
import type { Dropped, MediaItem, RelatedLink } from '../../model/analysis.js';
import { assembleText } from '../assemble.js';
import type { DroppedKind, ExtractedArticle, ExtractOptions } from '../types.js';
import { boilerplateKind, commentsMarker, isBylineOrDate, isTimestampLine } from './boilerplate.js';
import { isAppeal, isArticleEnd, isLegalNotices } from '../article-end.js';
import { classifyUnits } from './blocks.js';
import { captionText, creditName, isCredit, isGalleryHeader, readGallery, splitCaptionCredit } from './gallery.js';
import { isBodyLike, isHeadlineCase, isTitleLike, splitLines, wordCount, type Line } from './lines.js';
import { detectLanguage, hasLetters } from '../language.js';
import { findPublished, findTitle } from './meta.js';
import { bodyRegion, buildUnits, type Unit } from './paragraphs.js';
import { headAboveStory, storyFromDateline } from './story-start.js';
import { isWireDateline } from './wire.js';
import { inlineRelated, opensOnRelatedMarker, readRelatedBlock } from './related.js';

/**
 * Letters outside table rows enough to tell the language by: a wire table's one-line intro ("Summaries of Dutch first
 * division matches played on Sunday :") tells it better than the names of its rows.
 */
const PROSE_LETTERS_FOR_LANGUAGE = 25;

/** One phrase of three words or more, written again once or twice after itself (not a chant: "Lock her up! Lock her up!"). */
const SAID_OVER = /^([^\s!?,]+(?:\s+[^\s!?,]+){2,}?)(?:\s+\1){1,2}$/u;
/** The longest line SAID_OVER is tried on: the pattern's work grows with the square of the line (a teaser is short). */
const MAX_SAID_OVER = 400;
/**
 * A line that is one phrase said two or three times over: a teaser's picture, headline and link run together (never
 * prose. Also tried: any short line the page prints three times or more; held-out recall fell 0.007).
 */
const isSaidOver = (t: string) => t.length <= MAX_SAID_OVER && !isBodyLike(t) && SAID_OVER.test(t);

interface Furniture {
  /** lines closing the article, once its prose has begun */
  ends: Set<number>;
  related: RelatedLink[];
  media: MediaItem[];
  dropped: Dropped[];
  /** kept[i]: line i may be body text */
  kept: boolean[];
  /** lines that are the story's byline or date line */
  meta: Set<number>;
}

/** Pass 1: galleries, related blocks, credits and one-line boilerplate, in reading order. */
function removeFurniture(lines: Line[], skip: Set<number>): Furniture {
  const out: Furniture = { ends: new Set(), related: [], media: [], dropped: [], kept: lines.map((l) => !!l.text && !skip.has(l.index)), meta: new Set() };
  const drop = (kind: DroppedKind, text: string) => out.dropped.push({ kind, text });
  /** Lines from..to (exclusive) are furniture of this kind: record their text and keep them out of the body. */
  const dropLines = (kind: DroppedKind, text: string, from: number, to: number) => {
    drop(kind, text);
    for (let j = from; j < to; j++) out.kept[j] = false;
  };
  // photo furniture ends a related block: a gallery, a credit line, a caption carrying its credit
  const startsGallery = (j: number) => isGalleryHeader(lines[j].text) || readGallery(lines, j) !== null ||
    isCredit(lines[j].text) || splitCaptionCredit(lines[j].text) !== null;
  const bodyWords = lines.map((l) => (isBodyLike(l.text) ? wordCount(l.text) : 0));
  const totalBody = bodyWords.reduce((a, b) => a + b, 0);
  let bodyBefore = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    bodyBefore += bodyWords[i];
    if (bodyBefore > 0 && t && (isArticleEnd(t) || bodyBefore >= totalBody / 2 && (isAppeal(t) || isLegalNotices(t)))) {
      out.ends.add(i);
      if (out.kept[i]) dropLines('other', t, i, i + 1);
      continue;
    }
    if (!out.kept[i]) continue;
    // a wire dateline on its own line is the story's first line, as in the hand-checked bodies (not a date stamp);
    // below prose a place-and-date line is the page's date stamp, dropped as before
    if (bodyBefore === 0 && isWireDateline(t)) continue;
    const comments = commentsMarker(t);
    // comments follow the article: cut there once the body has started (a bare "Comments" button
    // may sit in a share bar at the top, so it only counts after half of the prose)
    if (comments && bodyBefore > 0 && (comments === 'strong' || bodyBefore >= totalBody / 2)) {
      dropLines('other', lines.slice(i).map((l) => l.text).filter(Boolean).join('\n'), i, lines.length);
      break;
    }
    const gallery = readGallery(lines, i);
    if (gallery) {
      out.media.push(...gallery.items);
      dropLines('gallery', gallery.raw, i, gallery.end);
      i = gallery.end - 1;
      continue;
    }
    const block = readRelatedBlock(lines, i, startsGallery);
    if (block) {
      out.related.push(...block.links);
      dropLines('related', block.raw, i, block.end);
      i = block.end - 1;
      continue;
    }
    const inline = inlineRelated(t);
    if (inline) { out.related.push(inline); dropLines('related', t, i, i + 1); continue; }
    const captioned = splitCaptionCredit(t);
    if (captioned) {
      out.media.push({ caption: captioned.caption, credit: captioned.credit || null, url: null });
      dropLines('gallery', t, i, i + 1);
      continue;
    }
    if (isCredit(t)) {
      // a lone photo: its caption is the caption-like line just before the credit, or else just after it
      const prev = neighbour(lines, i, -1), next = neighbour(lines, i, 1);
      const cap = prev !== null && out.kept[prev] && isLoneCaption(lines[prev].text) ? prev
        : next !== null && out.kept[next] && isLoneCaption(lines[next].text, true) && !isCredit(lines[next].text) ? next : null;
      out.media.push({ caption: cap === null ? null : captionText(lines[cap].text), credit: t, url: null });
      drop('gallery', cap === null ? t : cap < i ? `${lines[cap].text}\n${t}` : `${t}\n${lines[cap].text}`);
      out.kept[i] = false;
      if (cap !== null) { out.kept[cap] = false; if (cap > i) i = cap; }
      continue;
    }
    if (isSaidOver(t)) { dropLines('related', t, i, i + 1); continue; }
    const kind = boilerplateKind(t);
    if (kind) dropLines(kind, t, i, i + 1);
    if (kind && isBylineOrDate(t)) out.meta.add(i);
  }
  return out;
}

function neighbour(lines: Line[], i: number, step: 1 | -1): number | null {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j].text) return j;
  return null;
}

/**
 * A photo caption printed next to a lone credit: a short line that is not a sentence, a date, furniture or
 * a Title Case headline (a related link). After a credit (`afterCredit`: credit-first layouts,
 * "Photographer: X" / "Photo courtesy of X" then the caption) the caption may be one short full sentence:
 * "A navy frigate shadows a warship east of the island on Tuesday."
 */
function isLoneCaption(text: string, afterCredit = false): boolean {
  const w = wordCount(text);
  if (w < 4 || w > 35 || isTimestampLine(text) || boilerplateKind(text) || isHeadlineCase(text)) return false;
  if (!/[.:;!?…]["”’]?$/.test(text)) return !isBodyLike(text);
  return afterCredit && w <= 25 && /\.$/.test(text) && !/[“”"]/.test(text) && !/[.!?]\s+\p{Lu}/u.test(text);
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
  const units = buildUnits(lines, furniture.kept, furniture.ends);
  const region = bodyRegion(units) ?? [0, units.length - 1];
  region[0] = storyFromDateline(units, region[0]);
  // the region starts on prose, so a title-like line right before it is either the headline (when
  // the first line was not) or the body's first heading ("Key points")
  let title = titleIndex === null ? null : lines[titleIndex].text;
  const before = units[region[0] - 1];
  if (before && !before.listItem && isTitleLike(before.text) && !opensOnRelatedMarker(before.text)) {
    if (title === null && wordCount(before.text) >= 3) {
      title = before.text;
      units.splice(region[0] - 1, 1);
      region[1]--;
    }
    region[0]--;
  }
  region[0] += headAboveStory(units.slice(region[0], region[1] + 1), furniture.meta);
  const inRegion = units.slice(region[0], region[1] + 1);
  let { blocks: textBlocks, leftovers } = classifyUnits(inRegion);
  // no prose anywhere: short lines are the whole item (a results table, a list); keep them all and
  // let the article check decide whether they are news or a menu
  if (!textBlocks.length) {
    region[0] = 0;
    region[1] = units.length - 1;
    textBlocks = units.map((u) => ({ kind: 'paragraph' as const, text: u.text }));
    leftovers = [];
  }
  const dropped = furniture.dropped;
  dropUnits(units.slice(0, region[0]), dropped);
  dropUnits(leftovers, dropped);
  dropUnits(units.slice(region[1] + 1), dropped);
  // a heading opening the body is the headline when no title was found, or when the "title" was a
  // shouted masthead line ("DOW JONES, A NEWS CORP COMPANY")
  // (a wire headline ends on a full stop: "SOCCER - JAPAN GET LUCKY WIN.", and is kept)
  if (textBlocks[0]?.kind === 'heading' && wordCount(textBlocks[0].text) >= 3 && (title === null || !/\p{Ll}/u.test(title) && !/\.$/.test(title))) {
    title = textBlocks.shift()!.text;
  }
  const { text, blocks } = assembleText(textBlocks);
  // a results table's rows are names ("Ajax Amsterdam 2 Vitesse Arnhem 1", Dutch to a language detector): the
  // language is read from the rest when it has enough letters (lists of prose stay in: they are the language)
  const prose = inRegion.filter((u) => !u.tableRow && !u.dateline).map((u) => u.text).join('\n');
  return {
    title,
    published: published?.iso ?? null,
    publishedFrom: published ? 'metadata' : null,
    language: detectLanguage(hasLetters(prose, PROSE_LETTERS_FOR_LANGUAGE) ? prose : text),
    text,
    blocks,
    related: furniture.related,
    media: furniture.media.map((m) => ({ ...m, credit: m.credit === null ? null : creditName(m.credit) })),
    dropped,
  };
}
