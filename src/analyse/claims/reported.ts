// Reported assertions ("Israel said on Sunday it had struck a weapons depot"): a plain "said" is
// everywhere in news, so it only becomes a claim when something answers it (a later denial or
// rejection, an opposite statement) or when it asserts a contested fact (captured, struck, killed…).
// Also the actor tests the claimant choice needs: a place after "from/in/at" is where the speaker
// stood, not who spoke ("Qassem, speaking from Doha, accused").
import type { Entity } from '../../model/analysis.js';
import { canAct, type SentenceView } from '../shared/clauses.js';
import { OPPOSITES } from '../../lang/en/stance.js';
import { APPOSITIVE, LOCATIVE } from '../../lang/en/claim-grammar.js';

/** Whether two clauses state opposite predicates (one side of a pair each). */
export function contradicts(a: string, b: string): boolean {
  return OPPOSITES.some(([x, y]) => (x.test(a) && y.test(b)) || (y.test(a) && x.test(b)));
}

/** The subject of a cue: the last actor mentioned before it, skipping places of speaking ("from Doha")
 *  and actors inside an appositive when an actor stands before it. */
export function actorBefore(view: SentenceView, verbAt: number, from: number): { entity: Entity; start: number } | null {
  const base = view.span.start;
  const app = APPOSITIVE.exec(view.text.slice(from - base, verbAt - base));
  const appAt = app ? from + app.index : Infinity;
  let best: { entity: Entity; start: number } | null = null;
  for (const m of view.mentions) {
    if (m.start < from || m.end > verbAt || !canAct(m.entity)) continue;
    if (m.start > appAt && best) continue;
    if (LOCATIVE.test(view.text.slice(Math.max(0, m.start - base - 12), m.start - base))) continue;
    best = { entity: m.entity, start: m.start };
  }
  return best;
}
