// Turns the body region's units into typed blocks: headings (title-like lines followed by body),
// list items (marker removed), block quotes and paragraphs. Short non-sentences in the body region
// (stray UI labels, photo numbers) are returned as leftovers instead of body.
import type { TextBlock } from '../types.js';
import { endsSentence, isBodyLike, isHeadlineCase, isShortSentence, isTitleLike, stripListMarker, wordCount } from './lines.js';
import type { Unit } from './paragraphs.js';

export interface Classified {
  blocks: TextBlock[];
  leftovers: Unit[];
}

/** A whole line inside quotation marks, or a ">" quoted line: a block quote. */
function quoteText(text: string): string | null {
  if (/^>\s*/.test(text)) return text.replace(/^>\s*/, '');
  const m = /^[“"«]([^“”"«»]{20,})[”"»]$/u.exec(text);
  return m ? text : null;
}

function isBodyUnit(u: Unit | undefined): boolean {
  return !!u && (u.listItem || isBodyLike(u.text) || (isShortSentence(u.text) && wordCount(u.text) >= 5));
}

/** A headline of another story: Title Case, no sentence end ("Keck Observatory: Twin Telescopes on Mauna Kea"). */
const isLinkHeadline = (u: Unit | undefined) => !!u && !u.listItem && isTitleLike(u.text) && isHeadlineCase(u.text);

export function classifyUnits(units: Unit[]): Classified {
  const blocks: TextBlock[] = [];
  const leftovers: Unit[] = [];
  units.forEach((u, i) => {
    const t = u.text;
    if (u.dateline) { blocks.push({ kind: 'paragraph', text: t }); return; }
    if (u.tableRow || u.announced) { blocks.push({ kind: 'list-item', text: t }); return; }
    if (u.tableHead) { blocks.push({ kind: isTitleLike(t) ? 'heading' : 'paragraph', text: t }); return; }
    // two headlines in a row with no paragraph between them are links to other stories, not a section heading
    if (isLinkHeadline(u) && (isLinkHeadline(units[i - 1]) || isLinkHeadline(units[i + 1]))) { leftovers.push(u); return; }
    if (u.listItem) {
      const item = stripListMarker(t);
      if (wordCount(item) >= 1) blocks.push({ kind: 'list-item', text: item });
      return;
    }
    const q = quoteText(t);
    if (q) { blocks.push({ kind: 'quote', text: q }); return; }
    if (isTitleLike(t) && wordCount(t) >= 2 && isBodyUnit(units[i + 1]) && !isBodyLike(t)) {
      blocks.push({ kind: 'heading', text: t });
      return;
    }
    if (isBodyLike(t) || isShortSentence(t) || (endsSentence(t) || /:$/.test(t)) && wordCount(t) >= 3 || wordCount(t) >= 10) {
      blocks.push({ kind: 'paragraph', text: t });
      return;
    }
    leftovers.push(u);
  });
  return { blocks, leftovers };
}

