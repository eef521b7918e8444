// Claims within one article: stance cues outside quotations, the claimant as the subject of the cue
// (or the quote speaker / statement event), reported assertions kept when answered or contested, and
// counter-claims linked to the claim they answer (`linking.ts`).
import type { Annotator, ArticleDoc } from '../document.js';
import type { Claim, Entity, Stance } from '../../model/analysis.js';
import { canAct, isNounUse, sentenceViews, type SentenceView } from '../shared/clauses.js';
import { quotedRanges } from '../shared/quotation.js';
import { allMatches } from '../shared/word-anchored.js';
import { stems } from './stance.js';
import { STANCE_CUES, ULTIMATUM } from '../../lang/en/stance.js';
import { speakerAt, speakerTurns, type SpeakerTurn } from './speakers.js';
import { collectiveAnnotator } from './collectives.js';
import { actorBefore } from './reported.js';
import { CONTESTED, REPORTED } from '../../lang/en/stance.js';
import {
  CLAUSE_OPENING, COORDINATED, CUE_DETERMINER as ADJECTIVE, PRONOUN_SUBJECT as PRONOUN, RELATIVE_CLOSE, RELATIVE_OPEN, SPEECH_VERB as SPEECH, TRAILING,
} from '../../lang/en/claim-grammar.js';
import { DEMONYMS } from '../../lang/en/entities.js';
import { keepAnswered, linkCounterClaims, objectStances, type Draft } from './linking.js';
import { sidesOf } from './sides.js';
import { placeSides, quoteDrafts, quotesBySentence } from './quoted.js';

interface Cue { stance: Stance; at: number; end: number; nominal: boolean; tentative?: boolean }

function cuesIn(text: string): Cue[] {
  const quoted = quotedRanges(text);
  const inQuote = (i: number) => quoted.some(([a, b]) => i >= a && i < b);
  const out: Cue[] = [];
  for (const c of STANCE_CUES) {
    for (const m of allMatches(c.re, text)) {
      if (inQuote(m.index) || (!c.nominal && (isNounUse(text, m.index) || ADJECTIVE.test(text.slice(Math.max(0, m.index - 12), m.index))))) continue;
      out.push({ stance: c.stance, at: m.index, end: m.index + m[0].length, nominal: c.nominal });
    }
  }
  for (const m of allMatches(REPORTED, text)) {
    if (!inQuote(m.index)) out.push({ stance: 'assert', at: m.index, end: m.index + m[0].length, nominal: false, tentative: true });
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

/** A transcript speaker label opening a clause ("Vladimir Putin: …"): not part of what is claimed. */
const LEADING_LABEL = /^(?:\p{Lu}[\p{L}.'’-]*\s+(?:of\s+(?:the\s+)?)?){0,7}\p{Lu}[\p{L}.'’-]*:\s+/u;

/** Whether an actor mention ends right before the comma that precedes the verb at `verbAt`. */
function namedBeforeComma(view: SentenceView, verbAt: number): boolean {
  const lead = view.text.slice(0, verbAt - view.span.start).replace(/,\s*$/, '');
  const end = view.span.start + lead.length;
  return lead.length < verbAt - view.span.start && view.mentions.some((m) => m.end === end && canAct(m.entity));
}

const subjectBefore = (view: SentenceView, verbAt: number, from: number): Entity | null => actorBefore(view, verbAt, from)?.entity ?? null;

function claimantFor(doc: ArticleDoc, view: SentenceView, cue: Cue, prevEnd: number, first: Entity | null, byId: Map<string, Entity>, turns: SpeakerTurn[], recent: Entity | null): Entity | null {
  const base = view.span.start;
  const recentByPronoun = recent;
  const between = view.text.slice(prevEnd, cue.at);
  // "…, a charge the minister, Olamide Fashola, denied": a name closing an apposition right before the
  // comma is the verb's own subject, so the comma does not coordinate with the earlier verb.
  if (first && prevEnd > 0 && COORDINATED.test(between) && !namedBeforeComma(view, base + cue.at)) return first;
  // "China, which claims the sea, has demanded": the verb after a relative clause belongs to its antecedent
  if (first && prevEnd > 0 && RELATIVE_CLOSE.test(between) && RELATIVE_OPEN.test(view.text.slice(0, prevEnd))) return first;
  // "where they said", "He rejected": a pronoun subject continues the sentence's claimant, else the latest one
  if (!cue.nominal && PRONOUN.test(view.text.slice(prevEnd, cue.at))) {
    if (first && prevEnd > 0) return first;
    if (prevEnd === 0 && recentByPronoun) return recentByPronoun;
  }
  // The actor before a nominal cue is usually its target ("Russia's massacre", "Russia committed war
  // crimes"): the claim is the sentence's earlier claimant's or the speaker's, never the subject's.
  if (cue.nominal && first) return first;
  // …unless it is the subject of a speech verb before the cue ("Zelensky said Russia committed war crimes").
  const speech = cue.nominal ? SPEECH.exec(view.text.slice(prevEnd, cue.at)) : null;
  const subject = cue.nominal
    ? (speech ? subjectBefore(view, base + prevEnd + speech.index, base + prevEnd) : null)
    : subjectBefore(view, base + cue.at, base + prevEnd) ?? (prevEnd === 0 ? null : first);
  if (subject) return subject;
  const q = view.quotes.find((x) => x.speaker);
  if (q?.speaker && byId.has(q.speaker)) return byId.get(q.speaker)!;
  const ev = view.events.find((e) => e.type === 'statement' && e.participants.length && e.evidence.start <= base && e.evidence.end >= view.span.end);
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
  const base = view.span.start;
  // Pass 1: the claimant of every cue and where its own mention starts (sentence-relative, -1 if none).
  const who: Array<{ claimant: Entity | null; own: number }> = [];
  let first: Entity | null = null;
  let prevEnd = 0;
  cues.forEach((cue, i) => {
    const lately = view.index - recent.sentence <= 2 ? recent.claimant : null;
    const claimant = claimantFor(doc, view, cue, prevEnd, first, byId, turns, lately);
    first ??= claimant;
    const own = view.mentions.find((m) => m.entity === claimant && m.end <= base + cue.at && m.start >= base + (i ? cues[i - 1].end : 0));
    who.push({ claimant, own: own ? own.start - base : -1 });
    prevEnd = cue.end;
    if (claimant) { recent.claimant = claimant; recent.sentence = view.index; }
  });
  // Pass 2: clauses. A clause stops where the next claim's claimant is named ("…; Beijing rejected").
  const drafts: Draft[] = [];
  cues.forEach((cue, i) => {
    const claimant = who[i].claimant;
    if (!claimant) return;
    const prev = i ? cues[i - 1].end : 0;
    // A nominal cue ("it was a fake") judges what comes before it too: its clause starts after the previous cue.
    const from = cue.nominal ? prev : cue.end;
    const nextOwn = i + 1 < cues.length && who[i + 1].own > cue.end ? who[i + 1].own : Infinity;
    const rawEnd = Math.min(nextOwn, i + 1 < cues.length ? cues[i + 1].at : view.text.length);
    const clauseEnd = cue.end + view.text.slice(cue.end, rawEnd).replace(TRAILING, '').length;
    // "that" opening a complement goes; "that claim" is an anaphora the linker needs.
    let clause = view.text.slice(from, clauseEnd).replace(CLAUSE_OPENING, '');
    if (cue.nominal) clause = clause.replace(LEADING_LABEL, '');
    // A "said" that attributes a quotation ('…," Machado told supporters in Caracas') or reports
    // too little to be disputed is no claim.
    if (cue.tentative && (/[”"]/.test(view.text.slice(prev, cue.at)) || clause.split(/\s+/).length < 3)) return;
    const object = !cue.nominal && (cue.stance === 'deny' || cue.stance === 'reject') ? objectStances(clause) : undefined;
    let start = cue.nominal ? base + clauseEnd - clause.length : who[i].own >= 0 ? base + who[i].own : base + cue.at;
    let end = base + clauseEnd;
    if (clause.length < 3) {
      // A rebuttal in a relative clause says nothing after its verb ("…, which the Kremlin denied",
      // "a claim the opposition denied"): its text is the relative clause itself.
      if (cue.stance === 'assert') return;
      const lead = view.text.slice(prev, cue.at);
      const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1;
      start = base + prev + cut + (lead.length - cut - lead.slice(cut).trimStart().length);
      end = base + cue.end;
      clause = doc.text.slice(start, end);
    }
    let stance = cue.stance;
    // "dismissed the demand", "turned down the request": refusing a demand is a rejection, not a denial
    if (stance === 'deny' && object?.length === 1 && object[0] === 'demand') stance = 'reject';
    if ((stance === 'assert' || stance === 'confirm') && ULTIMATUM.test(clause)) stance = 'demand';
    const about = [...new Set(view.mentions
      .filter((m) => m.start >= base + from && m.end <= base + clauseEnd && m.entity !== claimant && canAct(m.entity))
      .map((m) => m.entity.id))];
    drafts.push({
      claim: { id: next(), claimant: claimant.id, stance, text: doc.text.slice(start, end), about, disputedBy: [], evidence: { start, end } },
      sentence: view.index, stems: stems(clause), clause, tentative: !!cue.tentative && stance === 'assert', object,
    });
  });
  return drafts;
}

/**
 * "The defence ministry said Turkish jets had violated Greek airspace": a reported attack or breach whose
 * subject is another side (a nationality word or an actor of another country opening the clause) is an
 * accusation, which "Ankara denied the charge" answers. "Its fighters had captured" stays an assertion.
 */
function reportedAccusation(d: Draft, doc: ArticleDoc, sides: Map<string, string>): void {
  if (!d.tentative || d.claim.stance !== 'assert' || !d.side || !CONTESTED.test(d.clause)) return;
  const clause = d.clause.replace(/^\s*(?:that\s+)?(?:the\s+)?/i, '');
  const word = /^\p{Lu}[\p{L}-]*/u.exec(clause)?.[0];
  if (!word) return;
  const named = doc.entities.find((e) => [e.name, ...e.aliases].some((n) => clause.startsWith(n)));
  const side = DEMONYMS[word.toLowerCase()] ?? (named ? sides.get(named.id) : undefined);
  if (!side || side === d.side) return;
  d.claim.stance = 'accuse';
  d.tentative = false;
  d.reported = true;
}

export function extractClaims(doc: ArticleDoc): Claim[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  let n = 0;
  const next = () => `cl${++n}`;
  const turns = speakerTurns(doc);
  const recent: Recent = { claimant: null, sentence: -10 };
  const sides = sidesOf(doc);
  const quotes = quotesBySentence(doc);
  const drafts = sentenceViews(doc).flatMap((v) => {
    const own = draftsFor(doc, v, byId, next, turns, recent);
    const all = [...own, ...quoteDrafts(v, quotes.get(v.index) ?? [], own, byId, next)]
      .sort((a, b) => a.claim.evidence.start - b.claim.evidence.start);
    for (const d of all) placeSides(d, v, sides);
    return all;
  });
  for (const d of drafts) reportedAccusation(d, doc, sides);
  linkCounterClaims(drafts);
  // Renumber: dropped reported assertions leave no gaps in the ids.
  return keepAnswered(drafts).map((d, i) => ({ ...d.claim, id: `cl${i + 1}` }));
}

export const claimAnnotator: Annotator = {
  name: 'claims',
  reads: ['sentences', 'entities', 'quotes', 'events'],
  writes: ['claims'],
  needsLang: true,
  annotate(doc) { doc.claims = extractClaims(doc); },
};

export { linkCounterClaims };
export const claimAnnotators: Annotator[] = [collectiveAnnotator, claimAnnotator];
