// The member-level check before a join: an article must look like some of the story's own members,
// not only like the story's running sums. A story's sums drift as it grows (each new member pulls them
// a little), so an article can match the sums of a long story while resembling none of its articles:
// that is how two events of one kind, or months of one site's briefings, chain into one story. Each
// story keeps a bounded sketch of its latest members (their heaviest words), stored with its profile.
import { cosine, type Vector } from './terms.js';

/** One member as the check sees it: its heaviest words (tf-idf, from its unit word vector) and its day. */
export interface MemberSketch { day: number | null; words: Vector }

/** Members kept per story (the latest) and words kept per member: bounded in memory and in the store. */
export const MEMBERS_KEPT = 12;
export const MEMBER_WORDS = 40;

/** How the member-level score is read from the cosines with the kept members. */
export type MemberScore = 'max' | 'top3' | 'mean';

export interface MemberCheck {
  score: MemberScore;
  /** the article starts a new story unless its member-level score reaches this (the article and the story dated) */
  dated: number;
  /** the same when either side is undated: no date window, so content alone must carry the join */
  undated: number;
}

/** The sketch of an article that joins a story. */
export function sketch(words: Vector, day: number | null): MemberSketch {
  return { day, words: new Map([...words].sort((x, y) => y[1] - x[1]).slice(0, MEMBER_WORDS)) };
}

/** Add the newest member, dropping the oldest beyond MEMBERS_KEPT. */
export function keepMember(members: MemberSketch[], m: MemberSketch): MemberSketch[] {
  const out = [...members, m];
  return out.length > MEMBERS_KEPT ? out.slice(out.length - MEMBERS_KEPT) : out;
}

/** The article's cosine with each kept member of a story, highest first. */
export function memberSimilarities(words: Vector, members: MemberSketch[]): number[] {
  return members.map((m) => cosine(words, m.words)).sort((x, y) => y - x);
}

/** The article's member-level score against a story's kept members (0 for a story without any). */
export function memberScore(words: Vector, members: MemberSketch[], how: MemberScore): number {
  return scoreOfSimilarities(memberSimilarities(words, members), how);
}

/** A member-level score from the similarities `memberSimilarities` gives (0 for none). */
export function scoreOfSimilarities(sims: number[], how: MemberScore): number {
  if (!sims.length) return 0;
  if (how === 'max') return sims[0]!;
  const k = how === 'top3' ? Math.min(3, sims.length) : sims.length;
  let t = 0;
  for (let i = 0; i < k; i++) t += sims[i]!;
  return t / k;
}
