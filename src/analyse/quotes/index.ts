// Public surface of the quotes annotators: marked (direct/partial) quotes and reported (indirect)
// speech, each with its cue and speaker resolved against the entities layer.
import type { Quote, Span } from '../../model/analysis.js';
import { sentenceIndexAt, type Annotator, type ArticleDoc } from '../document.js';
import { attributionAfter, attributionBefore, attributionRightBefore, type Attribution } from './attribution.js';
import { indirectSpeech } from './reported.js';
import { CUE_FORMS } from '../../lang/en/speech.js';
import { DETERMINERS, INTRO } from '../../lang/en/speaker-phrases.js';
import { findMarkedQuotes, isTitleCase, type MarkedQuote } from '../shared/quotation.js';
import { continueQuotes } from './continued.js';
import { creditRepeatedWords, namedAsTerm } from './repeated.js';
import { transcriptTurns } from './transcript.js';
import { fallbackAttribution, subjectOfQuotedPredicate } from './fallback.js';
import { entityGenders } from './gender.js';
import { personNamedBefore, windowStart } from './antecedents.js';
import { genderOf, resolveSpeaker, type Previous, type Resolved, type SpeakerContext } from './resolve.js';

export { findMarkedQuotes } from '../shared/quotation.js';

/** Blank out quoted words (keeping offsets) so attribution patterns never look inside a quotation. */
function maskQuotes(text: string, quotes: MarkedQuote[]): string {
  // the blanked stretches in order, overlapping ones merged, then copied around (not character by character)
  const spans = quotes.map((q) => [q.open + 1, Math.min(q.close, text.length)] as [number, number]).filter(([a, b]) => a < b).sort((a, b) => a[0] - b[0]);
  let out = '', at = 0;
  for (const [a, b] of spans) {
    if (b <= at) continue;
    const from = Math.max(a, at);
    out += text.slice(at, from) + '_'.repeat(b - from);
    at = b;
  }
  return out + text.slice(at);
}

/**
 * A quote is direct when it stands as a whole utterance (starts its sentence, follows a colon, or a clause after a
 * comma). `before`: the sentence's masked text before the quotation, trimmed.
 */
function kindOf(text: string, before: string, q: MarkedQuote): Quote['kind'] {
  if (!before || /[:.!?…]$/.test(before)) return 'direct';
  const words = text.slice(q.start, q.end).split(/\s+/).length;
  // wrote "Let's ...", said on Friday "I can ...": a capitalised utterance a few words after its cue (its last words
  // split from a bounded tail: splitting the whole prefix per quotation made a sentence of many quotes quadratic)
  const near = before.slice(-300).split(/\s+/).slice(-5);
  if (near.some((w) => CUE_FORMS.has(w.toLowerCase().replace(/[^\p{L}]/gu, ''))) && !/["“”_]/.test(near.join(' ')) && /^[\p{Lu}]/u.test(text[q.start]!)) return 'direct'; // wrote "Let's ..."
  if (/,$/.test(before) && (/^[\p{Lu}]/u.test(text[q.start]!) || words >= 4)) return 'direct';
  return 'partial';
}

/** The entities with a mention ending `span` (a subject phrase: "Felt", "Network Rail"). */
const namedAtEnd = (doc: ArticleDoc, span: Span) => doc.entities.filter((e) => e.mentions.some((m) => m.start < span.end && span.end <= m.end));

/** Whether the entity named at the end of `span` was mentioned before `pos` as well (not only there). */
function talkedAboutBefore(doc: ArticleDoc, span: Span, pos: number): boolean {
  const e = namedAtEnd(doc, span)[0];
  return !!e && e.mentions.some((m) => m.end <= pos && m.end <= span.start);
}

/** Is a person other than `except` named between `from` and `to`? */
function personBetween(doc: ArticleDoc, from: number, to: number, except: string): boolean {
  return doc.entities.some((e) => e.type === 'person' && e.id !== except && e.mentions.some((m) => m.start > from && m.end <= to));
}

/** Whether a person or organisation is named at the end of `span` (a subject phrase), not a determiner's description. */
function namesSpeaker(doc: ArticleDoc, span: Span): boolean {
  if (DETERMINERS.has(doc.text.slice(span.start, span.end).split(/\s+/)[0]!.toLowerCase())) return false;
  return namedAtEnd(doc, span).some((e) => e.type === 'person' || e.type === 'organization');
}

/** The attribution opening the paragraph after a quotation that closes its own with a comma ("…,” ¶ Reliance said …"). */
function attributionOpeningNextBlock(text: string, masked: string, blocks: Span[], bi: number, q: MarkedQuote): Attribution | null {
  const next = blocks[bi + 1];
  if (!next || !/,\s*$/.test(text.slice(q.start, q.end)) || masked.slice(q.close + 1, blocks[bi]!.end).trim()) return null;
  const a = attributionAfter(masked, q.close, next.end);
  if (!a) return null;
  const opens = a.speaker.start === next.start || masked.slice(next.start).toLowerCase().startsWith(a.cue.split(/\s+/)[0]!.toLowerCase());
  return opens ? a : null;
}

interface Pending {
  span: Span; kind: Quote['kind']; attribution: Attribution | null; inheritable: boolean; block: number; weak?: boolean;
  /** the paragraph where a quotation over several paragraphs closes */
  endBlock?: number;
  /** the named subject a cue-less quotation follows ("Felt “…”"), when it does */
  predicate?: Span;
  /** a transcript turn: its speaker is its label's, its cue the label */
  turn?: { resolved: Resolved; cue: string };
}

export function annotateQuotes(doc: ArticleDoc): Quote[] {
  const { text, sentences } = doc;
  const blocks = doc.article.blocks;
  const marked = blocks.map((b) => findMarkedQuotes(text, b.start, b.end));
  const { closes, continued } = continueQuotes(text, blocks, marked, (from, to) => findMarkedQuotes(text, from, to));
  const masked = maskQuotes(text, [...marked.flat(), ...continued]);
  const pending: Pending[] = [];
  marked.forEach((qs, bi) => {
    for (const q of qs) {
      const sent = sentences[sentenceIndexAt(sentences, q.open)] ?? { start: blocks[bi]!.start, end: blocks[bi]!.end, block: bi };
      const lead = masked.slice(sent.start, q.open), before = lead.trim();
      const kind = kindOf(text, before, q);
      // ("During the premiere, “…”": an opener of time or occasion alone before the quotation; not "Reportedly,")
      const startsSentence = !before || /[.!?…]$/.test(before) || (/,\s*$/.test(lead.slice(-40)) && !/^\s*\p{L}+ly\b/u.test(lead) && INTRO.exec(lead)![0].length === lead.length);
      let attribution: Attribution | null = null;
      attribution = attributionRightBefore(masked, sent, q.open);
      if (kind === 'direct') attribution ??= attributionAfter(masked, q.close, blocks[bi]!.end, /[.!?…]$/.test(text.slice(q.start, q.end)));
      // a quotation running over paragraphs: the attribution after its closing mark, paragraphs later
      const closing = closes.get(q.open);
      if (closing) attribution ??= attributionAfter(masked, closing.close, blocks[closing.block]!.end, /[.!?…]\s*$/.test(text.slice(blocks[closing.block]!.start, closing.close)));
      attribution ??= attributionBefore(masked, sent, q.open);
      // "“… on this route,” ¶ Reliance said in an e-mailed update": a quotation closed by a comma at its paragraph's
      // end, whose attribution a break in the copy put at the head of the next paragraph (when its own sentence has none)
      if (!attribution && !closing) attribution = attributionOpeningNextBlock(text, masked, blocks, bi, q);
      const fb = attribution ? null : fallbackAttribution(text, masked, sentences, sent, q, startsSentence);
      // "Felt “disgraced himself …”": a cue-less quotation right after a named subject (not "Three “aerials,” …")
      const predicate = fb?.weak && !startsSentence && subjectOfQuotedPredicate(masked, fb.speaker, q.open) && namesSpeaker(doc, fb.speaker) ? fb.speaker : undefined;
      pending.push({ span: { start: q.start, end: q.end }, kind, attribution: attribution ?? fb, inheritable: startsSentence, block: bi, endBlock: closing?.block, weak: fb?.weak, predicate });
    }
  });
  for (const s of sentences) {
    for (const ind of indirectSpeech(masked, s)) {
      pending.push({ span: ind.clause, kind: 'indirect', attribution: { speaker: ind.speaker, cue: ind.cue }, inheritable: false, block: s.block });
    }
  }
  const ctx: SpeakerContext = { text, masked, entities: doc.entities, blocks, genders: entityGenders(text, masked, doc.entities, sentences), doc, quoted: new Set() };
  // transcript turns: unmarked speech under a speaker label (a marked quotation opening the turn is already there)
  const turns = transcriptTurns(ctx, blocks);
  const markedStarts = new Set(marked.flat().map((q) => q.start));
  for (const { turn, resolved } of turns) {
    if (markedStarts.has(turn.speech.start) || markedStarts.has(turn.speech.start + 1)) continue;
    pending.push({ span: turn.speech, kind: 'direct', attribution: null, inheritable: false, block: turn.block, turn: { resolved, cue: turn.cue } });
  }
  /** the speaker of the turn a marked quotation sits in, for quotations nothing else attributes */
  // (by binary search over the turns, in reading order: a long transcript holds thousands)
  const turnAt = (pos: number) => {
    let lo = 0, hi = turns.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (turns[mid]!.turn.speech.end <= pos) lo = mid + 1; else hi = mid; }
    const t = turns[lo];
    return t && t.turn.speech.start <= pos ? t : null;
  };
  pending.sort((a, b) => a.span.start - b.span.start);

  let last = null as (Previous & { block: number }) | null;
  // the previous speaker is in reach from the next paragraph, or a few sentences back (one-sentence paragraphs)
  const near = (prev: { block: number; at: number }, p: Pending) => p.block - prev.block <= 1 || prev.at >= windowStart(ctx, p.span.start);
  const quotes: Quote[] = [];
  for (const p of pending) {
    let resolved: Resolved = { speaker: null, speakerName: null };
    let cue: string | null = null;
    if (p.turn) {
      resolved = p.turn.resolved;
      cue = p.turn.cue;
    } else if (p.predicate && last && near(last, p) && talkedAboutBefore(doc, p.predicate, last.at)) {
      // the speaker quoted before goes on about someone already in the story ("… said Patrick J. Buchanan. ¶ Felt
      // “disgraced himself …”"); someone new to it ("Network Rail “deeply regrets …”") speaks for themselves
      resolved = last.resolved;
    } else if (p.attribution) {
      ctx.reported = p.attribution.speaker.start >= p.span.end ? p.span : null;
      resolved = resolveSpeaker(ctx, p.attribution.speaker, last && near(last, p) ? last : null);
      ctx.reported = null;
      cue = p.attribution.cue || null;
      // a sentence subject with no cue credits the quote only when it is a person or organisation
      const type = doc.entities.find((e) => e.id === resolved.speaker)?.type;
      if (p.weak && !(type === 'person' || type === 'organization' || /^(?:he|she)$/i.test(text.slice(p.attribution.speaker.start, p.attribution.speaker.end)))) resolved = { speaker: null, speakerName: null };
    } else if (p.inheritable && last && near(last, p) && blocks[p.block]?.kind !== 'heading') {
      // the next quoted sentence of the same speaker, unless the sentence before it names someone else
      const named = personNamedBefore(ctx, p.span.start, last.at);
      resolved = named && named.id !== last.resolved.speaker ? { speaker: named.id, speakerName: named.name } : last.resolved;
    }
    // "“We have one of the largest private networks,” he says …. The goal is to deliver a “seamless experience” that
    // …": words quoted in the writer's own sentence (no cue, or only the sentence's subject that names no one), in the
    // paragraph of the speaker just quoted, with no one else named since, are that speaker's (not a name or a title,
    // "Hollywood Insider")
    const writers = p.kind === 'partial' && (!p.attribution || p.weak) && !resolved.speakerName;
    if (writers && last?.resolved.speaker && last.block === p.block && !isTitleCase(text.slice(p.span.start, p.span.end)) && !personBetween(doc, last.at, p.span.start, last.resolved.speaker)) resolved = last.resolved;
    // ("the so-called “medical conscience” rule", "known as “Deep Throat”": a phrase the writer names is no one's words)
    if (p.kind === 'partial' && namedAsTerm(text, p.span.start)) resolved = { speaker: null, speakerName: null };
    // a quotation inside a turn: the turn's speaker when nothing else attributes it, or when what did is the label
    const within = p.turn || p.kind === 'indirect' ? null : turnAt(p.span.start);
    const byLabel = !!within && !!p.attribution && p.attribution.speaker.start < within.turn.label.end && p.attribution.speaker.end > within.turn.label.start;
    if (within && (byLabel || (!resolved.speakerName && p.kind === 'direct'))) resolved = within.resolved;
    if (resolved.speaker) ctx.quoted!.add(resolved.speaker);
    // (its block is where its words end: a quotation over several paragraphs hands on from its last)
    if (resolved.speakerName && !p.turn) last = { resolved, block: p.endBlock ?? p.block, at: p.attribution?.speaker.start ?? p.span.start, gender: genderOf(ctx, resolved) };
    quotes.push({ id: '', text: text.slice(p.span.start, p.span.end), kind: p.kind, speaker: resolved.speaker, speakerName: resolved.speakerName, cue, start: p.span.start, end: p.span.end });
  }
  creditRepeatedWords(quotes, text, blocks);
  const ordered = nestMarkedFirst(quotes);
  ordered.forEach((q, i) => { q.id = `q${i + 1}`; });
  return ordered;
}

/**
 * Reading order, except that a reported clause wrapping marked quotes ("said the deal sent “a clear signal”")
 * comes right after them: the quoted words are the finer unit, the clause their context.
 */
function nestMarkedFirst(quotes: Quote[]): Quote[] {
  const out: Quote[] = [];
  const held: Quote[] = [];
  const release = (pos: number) => {
    for (let i = 0; i < held.length;) { if (held[i]!.end <= pos) out.push(...held.splice(i, 1)); else i++; }
  };
  // marked quotes by start, so a clause looks only at those starting inside it (every clause scanning every
  // quote was quadratic on a page of thousands)
  const marked = quotes.filter((m) => m.kind !== 'indirect').sort((a, b) => a.start - b.start);
  const wrapsMarked = (q: Quote) => {
    let lo = 0, hi = marked.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (marked[mid]!.start < q.start) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < marked.length && marked[k]!.start <= q.end; k++) if (marked[k]!.end <= q.end) return true;
    return false;
  };
  for (const q of quotes) {
    release(q.start);
    const wraps = q.kind === 'indirect' && wrapsMarked(q);
    if (wraps) held.push(q); else out.push(q);
  }
  release(Infinity);
  return out;
}

export const quoteAnnotator: Annotator = {
  name: 'quotes',
  reads: ['sentences', 'entities'],
  writes: ['quotes'],
  needsLang: true,
  annotate(doc) { doc.quotes = annotateQuotes(doc); },
};

export const quoteAnnotators: Annotator[] = [quoteAnnotator];
