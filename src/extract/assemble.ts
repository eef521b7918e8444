// Joins body blocks into article.text ("\n\n" between blocks) and records each block's offsets.
import type { Block } from '../model/analysis.js';
import type { TextBlock } from './types.js';

export const BLOCK_SEPARATOR = '\n\n';

export function assembleText(blocks: TextBlock[]): { text: string; blocks: Block[] } {
  const out: Block[] = [];
  let text = '';
  for (const b of blocks) {
    // a text whose only whitespace is single spaces is its own normal form: the replacement would copy it unchanged
    const body = (/[^\S ]|\s\s/.test(b.text) ? b.text.replace(/\s+/g, ' ') : b.text).trim();
    if (!body) continue;
    if (text) text += BLOCK_SEPARATOR;
    out.push({ kind: b.kind, start: text.length, end: text.length + body.length });
    text += body;
  }
  return { text, blocks: out };
}
