// Reported assertions ("Israel said on Sunday it had struck a weapons depot"): a plain "said" is
// everywhere in news, so it only becomes a claim when something answers it (a later denial or
// rejection, an opposite statement) or when it asserts a contested fact (captured, struck, killed…).
// Also the actor tests the claimant choice needs: a place after "from/in/at" is where the speaker
// stood, not who spoke ("Qassem, speaking from Doha, accused").
import type { Entity } from '../../model/analysis.js';
import { canAct, type SentenceView } from '../shared/clauses.js';



/** Opposite predicates: "exports had risen" vs "they had fallen" contradict without a stance verb. */
const OPPOSITES: Array<[RegExp, RegExp]> = [
  [/\b(?:ris(?:en|e|es)|rose|increased?|grew|grown|up)\b/i, /\b(?:fall(?:en|s)?|fell|decreased?|declined?|dropped|shr[au]nk|down)\b/i],
  [/\b(?:true|correct|accurate)\b/i, /\b(?:false|untrue|wrong|inaccurate)\b/i],
  [/\b(?:continued|continues|normal|unaffected|running)\b/i, /\b(?:stopped|halted|ceased|shut down|paralysed|paralyzed)\b/i],
  [/\b(?:won|win|wins|winning)\b/i, /\b(?:lost|lose|loses|losing)\b/i],
];

/** Whether two clauses state opposite predicates (one side of a pair each). */
export function contradicts(a: string, b: string): boolean {
  return OPPOSITES.some(([x, y]) => (x.test(a) && y.test(b)) || (y.test(a) && x.test(b)));
}

const LOCATIVE = /\b(?:from|in|at|near|outside|inside|across|around)\s+(?:the\s+)?$/i;

/** An appositive or relative clause right before the verb: "The United States, a treaty ally of Manila, said". */
const APPOSITIVE = /,\s*(?:a|an|the|who|which|whose|one of)\s[^,]*,\s*$/i;

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
