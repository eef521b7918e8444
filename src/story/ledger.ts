// The claims ledger of a story and actors' stated positions. Within an article the claim annotator
// already links a denial to the claim it answers; across articles a counter-claim (deny/reject) meets
// an assertion from another article of the story when their subjects overlap (shared entities or
// content words), which is how one government's statement meets the other's denial.
import type { Claim, Stance } from '../model/analysis.js';
import { COUNTER, overlap, stems } from '../analyse/claims/stance.js';

/** A claim with claimant, about and disputedBy mapped to linked entity ids. */
export interface SourcedClaim {
  articleId: string; date: string | null; claim: Claim;
  /** linked ids of all entities mentioned in the claim's evidence (places included), when known */
  entities?: string[];
}

export interface LedgerSide { entity: string; articleId: string; date: string | null; stance: Stance; text: string }

export interface LedgerEntry {
  claimant: string;
  stance: Stance;
  text: string;
  about: string[];
  assertedBy: LedgerSide[];
  disputedBy: LedgerSide[];
}

const side = (c: SourcedClaim): LedgerSide => ({ entity: c.claim.claimant, articleId: c.articleId, date: c.date, stance: c.claim.stance, text: c.claim.text });

/** Weight of a shared entity: 1 when rare among the story's claims, less when most claims name it. */
export type EntityWeight = (entity: string) => number;

const about = (c: SourcedClaim) => new Set([...c.claim.about, ...(c.entities ?? [])]);
const days = (a: string | null, b: string | null) => (a && b ? Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000 : 0);

/**
 * How strongly `counter` answers `target` across articles (0 = not at all): an opposing stance, another
 * claimant, within `windowDays`, then shared entities (weighted, places included) + 0.5 × shared stems
 * + 0.5 when the assertion names every entity of the counter-claim.
 */
export function crossScore(counter: SourcedClaim, target: SourcedClaim, counterStems = stems(counter.claim.text),
  targetStems = stems(target.claim.text), weight: EntityWeight = () => 1, windowDays = 14): number {
  if (!COUNTER[counter.claim.stance].includes(target.claim.stance)) return 0;
  if (counter.claim.claimant === target.claim.claimant) return 0;
  if (days(counter.date, target.date) > windowDays) return 0;
  const theirs = about(target);
  theirs.add(target.claim.claimant);
  let shared = 0, mine = 0, covered = 0;
  for (const e of about(counter)) {
    if (e === counter.claim.claimant) continue;
    mine++;
    if (theirs.has(e)) { shared += weight(e); covered++; }
  }
  // A counter-claim whose every entity the assertion names ("the fake in Bucha") is about that assertion.
  const coverage = mine > 0 && covered === mine ? 0.5 : 0;
  return shared + coverage + 0.5 * Math.min(4, overlap(counterStems, targetStems));
}

/** idf-like weights over the story's claims: an entity in more than half of them counts less. */
function entityWeights(claims: SourcedClaim[]): EntityWeight {
  const df = new Map<string, number>();
  for (const c of claims) for (const e of about(c)) df.set(e, (df.get(e) ?? 0) + 1);
  const n = claims.length;
  return (e) => Math.min(1, Math.log2((n + 1) / ((df.get(e) ?? 0) + 1)));
}

/** Build the ledger from every claim of one story. `minScore` is the cross-article link threshold. */
export function claimsLedger(claims: SourcedClaim[], minScore = 2): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  const ofClaim = new Map<SourcedClaim, LedgerEntry>();
  const stemsOf = new Map(claims.map((c) => [c, stems(c.claim.text)]));
  const weight = entityWeights(claims);
  const assertions = claims.filter((c) => !COUNTER[c.claim.stance].length);
  // Assertions by the same claimant with mostly the same words are one ledger line said several times.
  for (const a of assertions) {
    const st = stemsOf.get(a)!;
    const same = entries.find((e) => e.claimant === a.claim.claimant && e.stance === a.claim.stance &&
      overlap(st, stems(e.text)) >= 0.5 * Math.min(st.size, stems(e.text).size));
    const entry = same ?? { claimant: a.claim.claimant, stance: a.claim.stance, text: a.claim.text, about: [...a.claim.about], assertedBy: [], disputedBy: [] };
    if (!same) entries.push(entry);
    entry.assertedBy.push(side(a));
    ofClaim.set(a, entry);
  }
  for (const c of claims.filter((x) => COUNTER[x.claim.stance].length)) {
    // Same article: trust the annotator's links (claims whose disputedBy names this counter's claimant).
    const local = assertions.filter((a) => a.articleId === c.articleId && a.claim.disputedBy.includes(c.claim.claimant));
    let targets = local;
    if (!targets.length) {
      let best: SourcedClaim | null = null, bestScore = minScore;
      for (const a of assertions) {
        if (a.articleId === c.articleId) continue;
        const s = crossScore(c, a, stemsOf.get(c), stemsOf.get(a), weight);
        if (s >= bestScore) { best = a; bestScore = s; }
      }
      targets = best ? [best] : [];
    }
    for (const t of targets) {
      const e = ofClaim.get(t)!;
      if (!e.disputedBy.some((d) => d.articleId === c.articleId && d.text === c.claim.text)) e.disputedBy.push(side(c));
    }
  }
  return entries.filter((e) => e.disputedBy.length > 0 || e.assertedBy.length > 1)
    .sort((a, b) => b.disputedBy.length - a.disputedBy.length || b.assertedBy.length - a.assertedBy.length);
}

export interface Position { date: string | null; stance: Stance; text: string; articleId: string; about: string[] }

/** Each actor's stated positions over time (their claims, oldest first). */
export function actorPositions(claims: SourcedClaim[]): Map<string, Position[]> {
  const out = new Map<string, Position[]>();
  for (const c of claims) {
    const list = out.get(c.claim.claimant) ?? [];
    list.push({ date: c.date, stance: c.claim.stance, text: c.claim.text, articleId: c.articleId, about: c.claim.about });
    out.set(c.claim.claimant, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  return out;
}
