// Story splits: a story that grew by joins made on content alone (undated articles, two events of one kind) can hold
// two groups of members with no strong link across, which no story merge undoes. When a story grows, its members
// (capped: larger stories are not checked, so the work per article stays bounded) are clustered by average link
// over their word sketches, reweighted by how rare each word is among the members themselves (what every member says
// is no seam); the first merge of two groups of at least `minPart` members each is the story's weakest seam. The story
// splits there when the seam's average link is below the bar and the dates side with it: one group mostly undated and
// the other mostly dated, or both dated and further apart than the date window. Content alone did not earn a split on
// ECB+ train (every bar that split anything cost cross-validated F1: one event's reports differ as much as two events').
import { cosine, type Vector } from './terms.js';

/** The bar the seam's average link must fall below, and the smallest group that may leave (smaller ones are outliers). */
export interface SplitBars { bar: number; minPart: number }

/** Stories with more members are not checked (the check is quadratic in the members). */
export const SPLIT_MEMBERS = 40;

/** One member as the split check sees it. */
export interface SplitMember { id: string; words: Vector; day: number | null }

/**
 * The members that leave when the story splits (the group without the story's first member), or null. The seam is
 * found by average-link agglomeration (Lance–Williams on the members' cosines), as the tf-idf baseline clusters.
 */
export function splitOff(members: SplitMember[], bars: SplitBars, windowDays: number): string[] | null {
  const n = members.length;
  if (n < 2 * bars.minPart || n > SPLIT_MEMBERS) return null;
  const words = localIdf(members.map((m) => m.words));
  const sim = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[i]![j] = sim[j]![i] = cosine(words[i]!, words[j]!);
  const size = new Array<number>(n).fill(1), alive = new Array<boolean>(n).fill(true), group = members.map((_, i) => i);
  for (let step = 0; step < n - 1; step++) {
    let bi = -1, bj = -1, best = -Infinity;
    for (let i = 0; i < n; i++) if (alive[i]) for (let j = i + 1; j < n; j++) if (alive[j] && sim[i]![j]! > best) { best = sim[i]![j]!; bi = i; bj = j; }
    if (size[bi]! >= bars.minPart && size[bj]! >= bars.minPart) {
      if (best >= bars.bar) return null;
      if (!datedApart(members.filter((_, k) => group[k] === bi), members.filter((_, k) => group[k] === bj), windowDays)) return null;
      // the two groups are bi's and bj's; members in still smaller groups stay with the story
      const keepRoot = group[0] === bj ? bj : bi, leaveRoot = keepRoot === bi ? bj : bi;
      return members.filter((_, k) => group[k] === leaveRoot).map((m) => m.id);
    }
    for (let k = 0; k < n; k++) if (alive[k] && k !== bi && k !== bj) sim[bi]![k] = sim[k]![bi] = (size[bi]! * sim[bi]![k]! + size[bj]! * sim[bj]![k]!) / (size[bi]! + size[bj]!);
    size[bi]! += size[bj]!; alive[bj] = false;
    for (let k = 0; k < n; k++) if (group[k] === bj) group[k] = bi;
  }
  return null;
}

/** The members' vectors reweighted by the words' rarity among the members themselves: what all of them share is no seam. */
function localIdf(vs: Vector[]): Vector[] {
  const df = new Map<string, number>();
  for (const v of vs) for (const f of v.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  return vs.map((v) => {
    const out = new Map<string, number>();
    let q = 0;
    for (const [f, x] of v) { const y = x * (Math.log((1 + vs.length) / (1 + df.get(f)!)) + 1); out.set(f, y); q += y * y; }
    const k = Math.sqrt(q) || 1;
    for (const [f, y] of out) out.set(f, y / k);
    return out;
  });
}

/** Date evidence for a seam: one group mostly undated and the other mostly dated, or both dated and further apart than `days`. */
function datedApart(a: SplitMember[], b: SplitMember[], days: number): boolean {
  const share = (g: SplitMember[]) => g.filter((m) => m.day !== null).length / g.length;
  const [sa, sb] = [share(a), share(b)];
  if ((sa <= 1 / 3 && sb >= 2 / 3) || (sb <= 1 / 3 && sa >= 2 / 3)) return true;
  const span = (g: SplitMember[]) => { const d = g.flatMap((m) => (m.day === null ? [] : [m.day])); return d.length ? [Math.min(...d), Math.max(...d)] as const : null; };
  const [pa, pb] = [span(a), span(b)];
  return !!pa && !!pb && Math.max(pa[0] - pb[1], pb[0] - pa[1]) > days;
}
