// Claims made only inside a direct quotation ('"This is a politically motivated measure," Yeo told a
// briefing'): stance cues inside quotes are skipped by the cue pass (a quote often repeats the other
// side's words), so a quote whose speaker is an actor and whose words carry an unmistakable stance of
// the speaker's own (first person or a verdict: "baseless", "we reject", "we demand") becomes a claim
// by the speaker. Also the sides (countries) of the claimant and of the actors a claim names, which the
// linker uses to find the claim a rebuttal answers.
import type { Entity, Quote, Stance } from '../../model/analysis.js';
import { sentenceIndexAt, type ArticleDoc } from '../document.js';
import { canAct, type SentenceView } from '../shared/clauses.js';
import { stems } from './stance.js';
import { DEMONYMS } from '../../lang/en/entities.js';
import type { Draft } from './linking.js';
import { QUOTE_CUES } from '../../lang/en/stance.js';

/** Quotes with a speaker, grouped by the sentence they open in (one pass over the quotes). */
export function quotesBySentence(doc: ArticleDoc): Map<number, Quote[]> {
  const out = new Map<number, Quote[]>();
  for (const q of doc.quotes) {
    if (!q.speaker) continue;
    const i = sentenceIndexAt(doc.sentences, q.start);
    if (i >= 0) out.set(i, [...(out.get(i) ?? []), q]);
  }
  return out;
}

/** Claims by the speakers of this sentence's quotes, unless the sentence already has that speaker's claim of that stance. */
export function quoteDrafts(view: SentenceView, quotes: Quote[], own: Draft[], byId: Map<string, Entity>, next: () => string): Draft[] {
  const out: Draft[] = [];
  for (const q of quotes) {
    const speaker = byId.get(q.speaker!);
    if (q.kind !== 'direct' || !speaker || !canAct(speaker)) continue;
    const cue = QUOTE_CUES.find(([, re]) => re.test(q.text));
    if (!cue) continue;
    const stance = cue[0];
    if ([...own, ...out].some((d) => d.claim.claimant === speaker.id && d.claim.stance === stance)) continue;
    const about = [...new Set(view.mentions
      .filter((m) => m.start >= q.start && m.end <= q.end && m.entity !== speaker && canAct(m.entity))
      .map((m) => m.entity.id))];
    out.push({
      claim: { id: next(), claimant: speaker.id, stance, text: q.text, about, disputedBy: [], evidence: { start: q.start, end: q.end } },
      sentence: view.index, stems: stems(q.text), clause: q.text,
    });
  }
  return out;
}

/** Record the claimant's country and the actors (and countries) named in the claim's evidence. */
export function placeSides(d: Draft, view: SentenceView, sides: Map<string, string>): void {
  d.side = sides.get(d.claim.claimant);
  d.named = new Set(d.claim.about);
  for (const m of view.mentions) if (m.start >= d.claim.evidence.start && m.end <= d.claim.evidence.end) d.named.add(m.entity.id);
  d.named.delete(d.claim.claimant);
  d.namedSides = new Set([...d.named].flatMap((id) => sides.get(id) ?? []));
  // "a Russian research vessel", "Norwegian waters": a nationality adjective names that side too
  for (const w of d.clause.match(/\b\p{Lu}\p{Ll}+\b/gu) ?? []) { const c = DEMONYMS[w.toLowerCase()]; if (c) d.namedSides.add(c); }
}
