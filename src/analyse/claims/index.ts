// Claims within one article: stance cues outside quotations, the claimant as the subject of the cue
// (or the quote speaker / statement event), and counter-claims linked to the claim they answer by
// anaphora, shared entities and shared content words.
import type { Annotator, ArticleDoc } from '../document.js';
import type { Claim, Entity, Stance } from '../../model/analysis.js';
import { canAct, isNounUse, quotedRanges, sentenceViews, subjectBefore, type SentenceView } from '../events/index.js';
import { ANAPHORA, COUNTER, STANCE_CUES, ULTIMATUM, overlap, stems } from './stance.js';
import { speakerAt, speakerTurns, type SpeakerTurn } from './speakers.js';

interface Cue { stance: Stance; at: number; end: number; nominal: boolean }

interface Draft { claim: Claim; sentence: number; stems: Set<string>; clause: string }

function cuesIn(text: string): Cue[] {
  const quoted = quotedRanges(text);
  const out: Cue[] = [];
  for (const c of STANCE_CUES) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(text); m; m = c.re.exec(text)) {
      if (quoted.some(([a, b]) => m!.index >= a && m!.index < b) || (!c.nominal && isNounUse(text, m.index))) continue;
      out.push({ stance: c.stance, at: m.index, end: m.index + m[0].length, nominal: c.nominal });
    }
  }
  out.sort((a, b) => a.at - b.at || b.end - a.end);
  // Overlapping cues ("insisted that" and "insisted"): keep the first, longest. A nominal cue repeating
  // the stance of an earlier cue of the sentence ("staging this provocation and fake") adds nothing.
  const kept: Cue[] = [];
  for (const c of out) {
    const prev = kept[kept.length - 1];
    if (prev && c.at < prev.end) continue;
    if (c.nominal && kept.some((k) => k.stance === c.stance)) continue;
    kept.push(c);
  }
  return kept;
}

/** A speech verb whose subject owns a nominal cue later in the sentence. */
const SPEECH = /\b(?:said|says|stated|states|noted|notes|stressed|stresses|emphasi[sz]ed|added|told|wrote|called it)\b/;

/** A transcript speaker label opening a clause ("Vladimir Putin: …"): not part of what is claimed. */
const LEADING_LABEL = /^(?:\p{Lu}[\p{L}.'’-]*\s+(?:of\s+(?:the\s+)?)?){0,7}\p{Lu}[\p{L}.'’-]*:\s+/u;

/** "X said … and rejects …" / "X refuses …, claiming …": a coordinated verb keeps the first subject. */
const COORDINATED = /(?:\b(?:and|but|while)\s+(?:\w+ly\s+)?|,\s*)$/i;

function claimantFor(doc: ArticleDoc, view: SentenceView, cue: Cue, prevEnd: number, first: Entity | null, byId: Map<string, Entity>, turns: SpeakerTurn[], recent: Entity | null): Entity | null {
  const base = view.span.start;
  const between = view.text.slice(prevEnd, cue.at);
  if (first && prevEnd > 0 && COORDINATED.test(between)) return first;
  // The actor before a nominal cue is usually its target ("Russia's massacre", "Russia committed war
  // crimes"): the claim is the sentence's earlier claimant's or the speaker's, never the subject's.
  if (cue.nominal && first) return first;
  // …unless it is the subject of a speech verb before the cue ("Zelensky said Russia committed war crimes").
  const speech = cue.nominal ? SPEECH.exec(view.text.slice(prevEnd, cue.at)) : null;
  const subject = cue.nominal
    ? (speech ? subjectBefore(view, base + prevEnd + speech.index, base + prevEnd) : null)
    : subjectBefore(view, base + cue.at, base + prevEnd) ?? (prevEnd === 0 ? null : first);
  if (subject) return subject;
  const q = doc.quotes.find((x) => x.speaker && x.start < view.span.end && x.end > view.span.start);
  if (q?.speaker && byId.has(q.speaker)) return byId.get(q.speaker)!;
  const ev = doc.events.find((e) => e.type === 'statement' && e.participants.length && e.evidence.start <= base && e.evidence.end >= view.span.end);
  if (ev) return byId.get(ev.participants[0]) ?? null;
  // In a transcript the turn decides (a journalist's question has no claimant); elsewhere a nominal cue
  // continues the claimant of the sentence before ("He also called it genocide").
  const turn = speakerAt(turns, base + cue.at);
  return turn !== undefined ? turn : cue.nominal ? recent : null;
}

/** The claimant of the latest claim within the last two sentences: who "he also noted" continues. */
interface Recent { claimant: Entity | null; sentence: number }

function draftsFor(doc: ArticleDoc, view: SentenceView, byId: Map<string, Entity>, next: () => string, turns: SpeakerTurn[], recent: Recent): Draft[] {
  const cues = cuesIn(view.text);
  const drafts: Draft[] = [];
  let first: Entity | null = null;
  let prevEnd = 0;
  cues.forEach((cue, i) => {
    const lately = view.index - recent.sentence <= 2 ? recent.claimant : null;
    const claimant = claimantFor(doc, view, cue, prevEnd, first, byId, turns, lately);
    first ??= claimant;
    // A nominal cue ("it was a fake") judges what comes before it too: its clause starts after the previous cue.
    const from = cue.nominal ? prevEnd : cue.end;
    prevEnd = cue.end;
    if (!claimant) return;
    recent.claimant = claimant; recent.sentence = view.index;
    const rawEnd = i + 1 < cues.length ? cues[i + 1].at : view.text.length;
    // Drop the conjunction that joins this clause to the next cue ("rejects the narrative and accuses").
    const clauseEnd = cue.end + view.text.slice(cue.end, rawEnd).replace(/(?:[\s,;]+(?:and|but|while))?[\s,;.]*$/i, '').length;
    let clause = view.text.slice(from, clauseEnd).replace(/^[\s,:]*(?:that\s+)?/i, '');
    if (cue.nominal) clause = clause.replace(LEADING_LABEL, '');
    if (clause.length < 3) return;
    let stance = cue.stance;
    if ((stance === 'assert' || stance === 'confirm') && ULTIMATUM.test(clause)) stance = 'demand';
    const base = view.span.start;
    const own = view.mentions.find((m) => m.entity === claimant && m.end <= base + cue.at && m.start >= base + (i ? cues[i - 1].end : 0));
    // A nominal claim is its clause; a verbal one starts at the claimant's own mention or at the cue.
    const start = cue.nominal ? base + clauseEnd - clause.length : own ? own.start : base + cue.at;
    const end = base + clauseEnd;
    const about = [...new Set(view.mentions
      .filter((m) => m.start >= base + from && m.end <= base + clauseEnd && m.entity !== claimant && canAct(m.entity))
      .map((m) => m.entity.id))];
    drafts.push({
      claim: { id: next(), claimant: claimant.id, stance, text: doc.text.slice(start, end), about, disputedBy: [], evidence: { start, end } },
      sentence: view.index, stems: stems(clause), clause,
    });
  });
  return drafts;
}

/** Score how well `counter` answers `target`; higher is better, below 1 is no link. */
function linkScore(counter: Draft, target: Draft, previous: Draft | undefined): number {
  if (!COUNTER[counter.claim.stance].includes(target.claim.stance)) return 0;
  if (counter.claim.claimant === target.claim.claimant) return 0;
  let score = 0.5;
  if (previous === target && counter.sentence - target.sentence <= 2 && ANAPHORA.test(counter.clause)) score += 3;
  const sharedAbout = counter.claim.about.filter((a) => target.claim.about.includes(a) || a === target.claim.claimant).length;
  score += sharedAbout + Math.min(2, overlap(counter.stems, target.stems) * 0.5);
  return score;
}

/** Attach each deny/reject to the earlier claim it answers, and to that claimant's neighbouring claims of the same stance. */
export function linkCounterClaims(drafts: Draft[]): void {
  drafts.forEach((counter, i) => {
    if (!COUNTER[counter.claim.stance].length) return;
    const earlier = drafts.slice(0, i).filter((d) => d.sentence < counter.sentence);
    let best: Draft | null = null, bestRank = -Infinity;
    for (const t of earlier) {
      const s = linkScore(counter, t, earlier[earlier.length - 1]);
      // Below 1 is no link; among links, nearer claims win ties.
      const rank = s - 0.01 * (counter.sentence - t.sentence);
      if (s >= 1 && rank > bestRank) { best = t; bestRank = rank; }
    }
    if (!best) return;
    for (const t of earlier) {
      const sameThread = t === best || (t.claim.claimant === best.claim.claimant && t.claim.stance === best.claim.stance && Math.abs(t.sentence - best.sentence) <= 3);
      if (sameThread && !t.claim.disputedBy.includes(counter.claim.claimant)) t.claim.disputedBy.push(counter.claim.claimant);
    }
  });
}

export function extractClaims(doc: ArticleDoc): Claim[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  let n = 0;
  const next = () => `cl${++n}`;
  const turns = speakerTurns(doc);
  const recent: Recent = { claimant: null, sentence: -10 };
  const drafts = sentenceViews(doc).flatMap((v) => draftsFor(doc, v, byId, next, turns, recent));
  linkCounterClaims(drafts);
  return drafts.map((d) => d.claim);
}

export const claimAnnotator: Annotator = {
  name: 'claims',
  reads: ['sentences', 'entities', 'quotes', 'events'],
  writes: ['claims'],
  annotate(doc) { doc.claims = extractClaims(doc); },
};

export const claimAnnotators: Annotator[] = [claimAnnotator];
