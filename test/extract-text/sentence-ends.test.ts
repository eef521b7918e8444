// A line ends like a sentence when its last mark before any closing quotes or brackets is a sentence end, in any
// script's punctuation; the check reads the line backwards from its end.
import { describe, expect, it } from 'vitest';
import { endsSentence } from '../../src/extract/text/lines.js';
import { assembleText } from '../../src/extract/assemble.js';

describe('sentence ends and block text', () => {
  it('reads the mark before the closing run', () => {
    for (const t of ['He left.', 'Really?”', 'Stop!»)', 'Wait…', '完了。」', 'انتهى؟', '.', 'He said "no."', 'A (list).]']) expect(endsSentence(t), t).toBe(true);
    for (const t of ['', '”', ')', 'No end', 'Ends in a quote ”', 'Dot then space. ', '3.5', 'A.b', 'Title:']) expect(endsSentence(t), t).toBe(false);
  });

  it('joins blocks with their whitespace collapsed only where it is more than single spaces', () => {
    const { text, blocks } = assembleText([
      { kind: 'paragraph', text: 'One two three.' }, { kind: 'paragraph', text: '  Four\tfive\n six  ' }, { kind: 'paragraph', text: ' \n ' },
      { kind: 'heading', text: 'Seven  eight' },
    ]);
    expect(text).toBe('One two three.\n\nFour five six\n\nSeven eight');
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['One two three.', 'Four five six', 'Seven eight']);
  });
});
