// Linking counter-claims to the claim they answer, within one article. A deny/reject answers an earlier
// claim (or an earlier clause of its own sentence: "X demanded …; Y rejected the demand", "…, which the
// Kremlin denied") by anaphora, shared entities and words; an assertion answers one by stating the
// opposite predicate ("exports had risen" / "they had fallen"). Reported assertions ("X said …") that
// nobody answers and that state no contested fact are dropped afterwards.
import type { Claim, Stance } from '../../model/analysis.js';
import { COUNTER, overlap } from './stance.js';
import { ANAPHORA } from '../../lang/en/stance.js';
import { contradicts } from './reported.js';
import { CONTESTED, OBJECT_STANCES } from '../../lang/en/stance.js';
import { REBUTTAL_OBJECT as OBJECT } from '../../lang/en/claim-grammar.js';

export interface Draft {
  claim: Claim; sentence: number; stems: Set<string>; clause: string;
  /** a plain "said" clause: kept only when answered, answering, or contested */
  tentative?: boolean; answering?: boolean;
  /** a reported attack by another side, made an accusation: "denied the report" answers it too */
  reported?: boolean;
  /** stances the rebuttal's object noun names ("rejected the accusation" → accuse) */
  object?: Stance[];
  /** the claimant's country, and the entities (and their countries) the claim's text names */
  side?: string; named?: Set<string>; namedSides?: Set<string>;
}

/** The stances a rebuttal's object noun names, if its clause opens with one. */
export function objectStances(clause: string): Stance[] | undefined {
  const m = OBJECT.exec(clause);
  return m ? OBJECT_STANCES.find(([re]) => re.test(m[1]!))![1] : undefined;
}

const answerable = (counter: Draft): Stance[] => counter.object ?? COUNTER[counter.claim.stance];

/** Score how well `counter` answers `target`; higher is better, below 1 is no link. */
function linkScore(counter: Draft, target: Draft, previous: Draft | undefined): number {
  const can = answerable(counter);
  if (!can.includes(target.claim.stance) && !(target.reported && can.includes('assert'))) return 0;
  if (counter.claim.claimant === target.claim.claimant) return 0;
  let score = 0.5;
  // The object noun names the target's stance: enough for a link; nearer ones win among several.
  if (counter.object) score += 1.5;
  if (previous === target && counter.sentence - target.sentence <= 2 && ANAPHORA.test(counter.clause)) score += 3;
  // The rebutter is usually the one the claim accuses or addresses: named in it, or of the same
  // country as an actor named in it ("… accused Saudi Arabia" / "Saudi Arabia's energy ministry denied").
  const side = counter.side;
  if (target.named?.has(counter.claim.claimant) || (side && side !== target.side && target.namedSides?.has(side))) score += 1;
  // …and the rebuttal names the claimant's side ("Moscow denied that the ship had entered Norwegian waters")
  if (target.side && target.side !== side && counter.namedSides?.has(target.side)) score += 1;
  // A rebuttal in the sentence of the claim answers it ("a target Spain has rejected").
  if (counter.sentence === target.sentence) score += 1;
  // The answer to a demand is a refusal: a rejection shortly after a demand needs no shared words
  // ("demanding guarantees …" / "rejected any exemption").
  else if (counter.claim.stance === 'reject' && target.claim.stance === 'demand' && counter.sentence - target.sentence <= 2) score += 0.5;
  const sharedAbout = counter.claim.about.filter((a) => target.claim.about.includes(a) || a === target.claim.claimant).length;
  score += sharedAbout + Math.min(2, overlap(counter.stems, target.stems) * 0.5);
  return score;
}

const dispute = (t: Draft, by: string) => { if (!t.claim.disputedBy.includes(by)) t.claim.disputedBy.push(by); };

/** How far back (in sentences) a counter-claim looks: bounds the work per claim, so linking stays linear. */
const WINDOW = 30;

/** Attach each deny/reject to the earlier claim it answers, and to that claimant's neighbouring claims of the same stance. */
export function linkCounterClaims(drafts: Draft[]): void {
  let lo = 0;
  drafts.forEach((counter, i) => {
    if (counter.claim.stance === 'assert') linkContradiction(drafts, i);
    if (!COUNTER[counter.claim.stance].length) return;
    const allowed = answerable(counter);
    while (drafts[lo].sentence < counter.sentence - WINDOW) lo++;
    // Earlier in text order: a claim of the same sentence counts only when it comes first.
    const previous = i > 0 ? drafts[i - 1] : undefined;
    let best: Draft | null = null, bestRank = -Infinity;
    for (let j = lo; j < i; j++) {
      const t = drafts[j];
      const s = linkScore(counter, t, previous);
      // Below 1 is no link; among links, nearer claims win ties.
      const rank = s - 0.01 * (counter.sentence - t.sentence);
      if (s >= 1 && rank > bestRank) { best = t; bestRank = rank; }
    }
    if (!best) return;
    counter.answering = true;
    for (let j = lo; j < i; j++) {
      const t = drafts[j];
      // The thread: the answered claim, its claimant's neighbouring claims of that stance, and what that
      // claimant said earlier in the same sentence ("X said two soldiers died …, which it blamed on Y").
      const sameClaimant = t.claim.claimant === best.claim.claimant;
      const sameThread = t === best || (sameClaimant && t.claim.stance === best.claim.stance && Math.abs(t.sentence - best.sentence) <= 3)
        || (sameClaimant && t.sentence === best.sentence)
        // …and what that claimant said in the next or previous sentence, when it is answerable too
        // ("X said Seoul had asked for talks. \"This is politically motivated,\" X told a briefing.").
        || (sameClaimant && Math.abs(t.sentence - best.sentence) <= 1 && allowed.includes(t.claim.stance));
      if (sameThread) dispute(t, counter.claim.claimant);
    }
  });
}

/** An assertion stating the opposite of another side's assertion in the same or the previous sentence disputes it. */
function linkContradiction(drafts: Draft[], i: number): void {
  const c = drafts[i];
  for (let j = i - 1; j >= 0 && c.sentence - drafts[j].sentence <= 1; j--) {
    const t = drafts[j];
    if (t.claim.stance !== 'assert' || t.claim.claimant === c.claim.claimant) continue;
    if (contradicts(t.clause, c.clause)) { dispute(t, c.claim.claimant); c.answering = true; return; }
  }
}

/** Drop reported assertions nobody answers that answer nothing and state no contested fact. */
export function keepAnswered(drafts: Draft[]): Draft[] {
  return drafts.filter((d) => !d.tentative || d.answering || d.claim.disputedBy.length > 0 || CONTESTED.test(d.clause));
}
