// Which stance answers which, and the content-word overlap that links a denial or rejection to the claim it answers.
// The cue words themselves are language data: src/lang/en/stance.ts.
import type { Stance } from '../../model/analysis.js';
import { STEM_STOP_WORDS } from '../../lang/en/stance.js';

export const COUNTER: Record<Stance, Stance[]> = {
  deny: ['assert', 'accuse', 'confirm'],
  reject: ['demand', 'assert', 'confirm'],
  assert: [], confirm: [], demand: [], accuse: [],
};

/** Content-word stems (5-letter prefixes) for overlap between claims: cheap, language-agnostic enough. */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) if (!STEM_STOP_WORDS.has(w)) out.add(w.slice(0, 5));
  return out;
}

export function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
