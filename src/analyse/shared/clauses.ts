// Sentence-level helpers shared by the event and claim annotators: which entity mentions and time
// expressions fall in a sentence, and who the grammatical subject before a verb probably is.
// Everything is computed once per document in one sorted sweep, so the annotators stay linear.
import { sentenceIndexAt, type ArticleDoc, type Sentence } from '../document.js';
import type { Entity, Quote, Span, StoryEvent, TimeExpression } from '../../model/analysis.js';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../../lang/en/determiners.js';

export interface MentionRef { entity: Entity; start: number; end: number }

export interface SentenceView {
  index: number;
  span: Sentence;
  text: string;
  mentions: MentionRef[];
  times: TimeExpression[];
  /** the quotes and events whose span overlaps the sentence, in the document's order (asked per cue: a scan of
   * every quote per sentence made pages of quoted sentences quadratic) */
  quotes: Quote[];
  events: StoryEvent[];
}


/** Calls `add(i, item)` for every sentence i that `spanOf(item)` overlaps (start < sentence end, end > sentence start). */
function addOverlapping<T>(sentences: Sentence[], items: readonly T[], spanOf: (t: T) => Span, add: (i: number, t: T) => void): void {
  for (const item of items) {
    const { start, end } = spanOf(item);
    // the first sentence ending after the item's start
    let lo = 0, hi = sentences.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sentences[mid]!.end > start) hi = mid; else lo = mid + 1; }
    for (let i = lo; i < sentences.length && sentences[i]!.start < end; i++) add(i, item);
  }
}

export function sentenceViews(doc: ArticleDoc): SentenceView[] {
  const views: SentenceView[] = doc.sentences.map((s, index) => ({
    index, span: s, text: doc.text.slice(s.start, s.end), mentions: [], times: [], quotes: [], events: [],
  }));
  addOverlapping(doc.sentences, doc.quotes, (q) => q, (i, q) => views[i]!.quotes.push(q));
  addOverlapping(doc.sentences, doc.events, (e) => e.evidence, (i, e) => views[i]!.events.push(e));
  for (const entity of doc.entities) {
    for (const m of entity.mentions) {
      const i = sentenceIndexAt(doc.sentences, m.start);
      if (i >= 0) views[i].mentions.push({ entity, start: m.start, end: m.end });
    }
  }
  for (const t of doc.times) {
    const i = sentenceIndexAt(doc.sentences, t.start);
    if (i >= 0) views[i].times.push(t);
  }
  for (const v of views) v.mentions.sort((a, b) => a.start - b.start);
  return views;
}

/** Actors can speak: people and organisations, and capitals/countries used as metonyms ("Moscow announced"). */
export const canAct = (e: Entity): boolean => e.type !== 'other';

/**
 * The subject of a verb at absolute offset `verbAt`: the last actor mentioned before the verb,
 * but not inside a "that"-complement or a quotation opened between the subject and the verb.
 */
export function subjectBefore(view: SentenceView, verbAt: number, from: number): Entity | null {
  let best: MentionRef | null = null;
  // "KFOR, which has 4,500 soldiers in Kosovo, said": names inside a relative clause are not the subject
  const rel = RELATIVE.exec(view.text.slice(Math.max(0, from - view.span.start), verbAt - view.span.start));
  const relAt = rel ? Math.max(from, view.span.start) + rel.index : Infinity;
  for (const m of view.mentions) {
    if (m.start < from || m.end > verbAt) continue;
    if (m.start > relAt && best) continue;
    if (!canAct(m.entity)) continue;
    // a name nested in a description ("UN" in "The UN chief") yields to the description's referent
    if (best && m.start >= best.start && m.end <= best.end && m.end - m.start < best.end - best.start) continue;
    best = m;
  }
  // "Rahul Gandhi, the Congress party leader, said": the apposition describes the subject before it
  if (best) {
    const prior = [...view.mentions].reverse().find((m) => m.end <= best!.start && m.start >= from && canAct(m.entity) && m.entity.type === 'person');
    if (prior && best.entity.type !== 'person' && APPOSITION.test(view.text.slice(prior.end - view.span.start, verbAt - view.span.start))) best = prior;
  }
  return best?.entity ?? null;
}

const RELATIVE = /,\s*(?:which|who|whose)\s(?:[^,]|,(?=\d))*,\s*(?:\p{Ll}+ly\s+)?$/u;

/** ", the Congress party leader, " between a person and the verb (an optional adverb may follow). */
const APPOSITION = new RegExp(String.raw`^\s*,\s*(?:${[...ARTICLES, ...POSSESSIVE_DETERMINERS].join('|')})\s[^,;"“”]{1,60},\s*(?:\p{Ll}+ly\s+)?$`, 'u');

export interface DateGuess { date: string; precision: 'day' | 'month' | 'year' | 'time' }

export function dateOf(t: TimeExpression): DateGuess | null {
  const v = t.value;
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return { date: v.slice(0, 10), precision: 'time' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return { date: v, precision: 'day' };
  if (/^\d{4}-\d{2}$/.test(v)) return { date: v, precision: 'month' };
  if (/^\d{4}$/.test(v)) return { date: v, precision: 'year' };
  return null;
}

/** The resolved time expression nearest to `pos` in the sentence, preferring day precision. */
export function nearestDate(view: SentenceView, pos: number): DateGuess | null {
  let best: { g: DateGuess; d: number } | null = null;
  for (const t of view.times) {
    const g = dateOf(t);
    if (!g) continue;
    const d = Math.abs(t.start - pos) + (g.precision === 'day' || g.precision === 'time' ? 0 : 1000);
    if (!best || d < best.d) best = { g, d };
  }
  return best?.g ?? null;
}

/**
 * Whether the cue word at `at` is used as a noun ("the Kremlin's main demands", "these claims"): it follows a
 * determiner or possessive plus at most one lower-case modifier, or is capitalised mid-sentence. Past tenses in -ed are always verbs here.
 */
export function isNounUse(text: string, at: number): boolean {
  // A capitalised word inside a sentence is part of a name ("United States"), not a verb.
  if (at > 0 && /^\p{Lu}/u.test(text[at]) && !/[“"‘(:]\s*$/.test(text.slice(0, at))) return true;
  if (/^\w+ed\b/.test(text.slice(at, at + 30))) return false;
  const before = text.slice(Math.max(0, at - 40), at);
  // (?<!\p{L}) rather than \b: \b is ASCII-only, so "Erdoğan rejects" would end in the article "an"
  return /(?:(?<!\p{L})(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Yy]our|[Tt]hese|[Tt]hose|[Tt]his|of)\s+(?:[a-z][\w-]*\s+)?|['’]s\s+(?:[a-z][\w-]*\s+)?)$/u.test(before);
}
