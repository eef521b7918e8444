// Quotations that run over several paragraphs. The shared finder pairs marks inside one paragraph and leaves a
// quotation open at the paragraph's end; in news copy it goes on in the next paragraphs, and the closing mark, with the
// attribution after it, stands in a later one ("“We are grateful. ¶ She will go on,” Holley said."). Wire copy rebuilt
// one sentence a paragraph does this for every quote of two sentences.
import type { Span } from '../../model/analysis.js';
import type { MarkedQuote } from '../shared/quotation.js';

/** Where an open quotation closes: the closing mark and the paragraph holding it. */
export interface QuoteClose { close: number; block: number }

/** At most this many paragraphs after the opening one are read for the closing mark. */
const MAX_PARAGRAPHS = 6;
const isMark = (c: string) => c === '“' || c === '”' || c === '"' || c === '„';

/** The closing mark of a quotation left open at the end of block `bi`, or null (a new opening mark, or none in reach). */
function closingMark(text: string, blocks: Span[], bi: number): QuoteClose | null {
  for (let j = bi + 1; j < Math.min(blocks.length, bi + 1 + MAX_PARAGRAPHS); j++) {
    const { start, end } = blocks[j]!;
    let first = -1;
    for (let i = start; i < end; i++) if (isMark(text[i]!)) { first = i; break; }
    if (first < 0) continue; // a whole paragraph of the same words
    const c = text[first]!;
    if (c === '”') return { close: first, block: j };
    if (c !== '"' || !text.slice(start, first).trim()) return null; // “ or a paragraph opening with a mark: quoted anew
    // a straight mark inside the paragraph closes when the paragraph holds an odd number of them
    let n = 0;
    for (let i = start; i < end; i++) if (text[i] === '"') n++;
    return n % 2 === 1 ? { close: first, block: j } : null;
  }
  return null;
}

/**
 * Finds where each quotation left open at its paragraph's end closes, and re-reads the paragraph of the closing mark
 * from after it (the per-paragraph finder took that mark for an opening one). `marked` is changed in place; the
 * returned spans cover the continued words, to be masked like any quotation.
 */
export function continueQuotes(text: string, blocks: Span[], marked: MarkedQuote[][], find: (from: number, to: number) => MarkedQuote[]): { closes: Map<number, QuoteClose>; continued: MarkedQuote[] } {
  const closes = new Map<number, QuoteClose>();
  const continued: MarkedQuote[] = [];
  for (let bi = 0; bi < marked.length; bi++) {
    const last = marked[bi]![marked[bi]!.length - 1];
    if (!last || last.close < blocks[bi]!.end || isMark(text[last.close] ?? '')) continue;
    const c = closingMark(text, blocks, bi);
    if (!c) continue;
    closes.set(last.open, c);
    const from = blocks[bi + 1]!.start;
    continued.push({ open: from - 1, close: c.close, start: from, end: c.close });
    for (let j = bi + 1; j < c.block; j++) marked[j] = [];
    marked[c.block] = find(c.close + 1, blocks[c.block]!.end);
    bi = c.block - 1; // the closing paragraph's own quotes may be left open in turn
  }
  return { closes, continued };
}
