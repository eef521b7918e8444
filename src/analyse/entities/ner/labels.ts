// BILOU labels over the four entity types, the transitions a well-formed sequence allows, and the
// conversions between labelled token sequences and spans.
import type { EntityType } from '../../../model/analysis.js';

export const NER_TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];
const SHORT: Record<EntityType, string> = { person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC' };

/** Label 0 is O; then B, I, L, U for each type in NER_TYPES order. */
export const LABELS: string[] = ['O', ...NER_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${SHORT[t]}`))];
export const N_LABELS = LABELS.length;

const prefixOf = (y: number) => (y === 0 ? 'O' : 'BILU'[(y - 1) % 4]!);
const typeIndex = (y: number) => Math.floor((y - 1) / 4);
export const typeOfLabel = (y: number): EntityType | null => (y === 0 ? null : NER_TYPES[typeIndex(y)]!);
const labelOf = (prefix: 'B' | 'I' | 'L' | 'U', type: number) => 1 + type * 4 + 'BILU'.indexOf(prefix);

/**
 * allowed[prev * N + y] for a label y after prev (prev = -1 at sentence start is passed as O);
 * `last` forbids opening or continuing a span at the final token.
 */
export function allowedAfter(prev: number, y: number, last: boolean): boolean {
  const pp = prefixOf(prev), p = prefixOf(y);
  const open = pp === 'B' || pp === 'I';
  if (open) return (p === 'I' || p === 'L') && typeIndex(prev) === typeIndex(y) && (p === 'L' || !last);
  if (p === 'I' || p === 'L') return false;
  return p !== 'B' || !last;
}

/** A precomputed table of allowedAfter for the decoder's inner loop: [last][prev][y]. */
export const TRANSITIONS: Uint8Array[][] = [false, true].map((last) =>
  LABELS.map((_, prev) => Uint8Array.from(LABELS, (_, y) => (allowedAfter(prev, y, last) ? 1 : 0))));

export interface TokenSpan { from: number; to: number; type: EntityType }

/** Token spans [from, to] (inclusive) → BILOU labels for n tokens. */
export function encode(n: number, spans: TokenSpan[]): Uint8Array {
  const y = new Uint8Array(n);
  for (const s of spans) {
    const t = NER_TYPES.indexOf(s.type);
    if (s.from === s.to) { y[s.from] = labelOf('U', t); continue; }
    y[s.from] = labelOf('B', t);
    for (let i = s.from + 1; i < s.to; i++) y[i] = labelOf('I', t);
    y[s.to] = labelOf('L', t);
  }
  return y;
}

/** BILOU labels → token spans (a well-formed sequence, as the decoder produces). */
export function decodeSpans(y: ArrayLike<number>): TokenSpan[] {
  const out: TokenSpan[] = [];
  let from = -1;
  for (let i = 0; i < y.length; i++) {
    const p = prefixOf(y[i]!);
    if (p === 'U') out.push({ from: i, to: i, type: typeOfLabel(y[i]!)! });
    else if (p === 'B') from = i;
    else if (p === 'L' && from >= 0) { out.push({ from, to: i, type: typeOfLabel(y[i]!)! }); from = -1; }
    else if (p === 'O') from = -1;
  }
  return out;
}
