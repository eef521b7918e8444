// Events within one article: one trigger-lexicon pass per sentence. A sentence yields its first
// speech event (who said it) and its first non-speech event (what happened), each with participants,
// place and date taken from the same sentence, an anaphoric next sentence, or the reference date.
import { findLast, type Annotator, type ArticleDoc } from '../document.js';
import type { Entity, EventType, StoryEvent } from '../../model/analysis.js';
import { canAct, isNounUse, nearestDate, sentenceViews, subjectBefore, type DateGuess, type SentenceView } from '../shared/clauses.js';
import { ANAPHORIC_EVENT, PRESENT_OR_PERFECT, TRIGGERS, conceptOf } from '../../lang/en/events.js';
import { DEMONYMS } from '../../lang/en/entities.js';
import { lookupPlace } from '../shared/places.js';
import { quotedRanges } from '../shared/quotation.js';
import { allMatches } from '../shared/word-anchored.js';
import { countryActors, demonymActors } from './demonyms.js';
import {
  DATING_EVENT_BEFORE, MOOD_BEFORE, NOUN_OR_STATEMENT, PARTICIPANTS_AFTER, PLACE_BEFORE, PRONOUN_BEFORE_VERB, REBUTTAL, STATE_BODY,
  VERB_AFTER_PLURAL_NOUN, VERB_ONLY_STATEMENT,
} from '../../lang/en/events.js';

interface Hit { type: EventType; at: number; end: number; word: string }

const inRanges = (r: ReadonlyArray<readonly [number, number]>, i: number) => r.some(([a, b]) => i >= a && i < b);

/** All trigger hits outside quotations, in text order. */
export function triggerHits(text: string): Hit[] {
  const quoted = quotedRanges(text);
  const hits: Hit[] = [];
  for (const t of TRIGGERS) {
    for (const m of allMatches(t.re, text)) {
      // "said", "told", "wrote" are never nouns, whatever precedes them ("The minister said")
      if (inRanges(quoted, m.index) || (t.type === 'statement' && !VERB_ONLY_STATEMENT.test(m[0]) && isNounUse(text, m.index))) continue;
      // "Small island states walked out", "the claims were": a plural noun followed by its own verb
      if (t.type === 'statement' && NOUN_OR_STATEMENT.test(m[0]) && VERB_AFTER_PLURAL_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      // "the 21st since the full-scale invasion": an event named only to date another one is background
      if (t.type !== 'statement' && DATING_EVENT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "Tensions rose", "fears grew": a mood rising or falling is the backdrop, not an event
      if (t.type === 'other' && /^(?:rise|fall)$/.test(conceptOf(m[0])) && MOOD_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      hits.push({ type: t.type, at: m.index, end: m.index + m[0].length, word: m[0] });
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

/** Entities named in "between X and Y" / "with X" after the trigger, else every actor in the sentence. */
function participantsOf(view: SentenceView, hit: Hit, place: Entity | null): Entity[] {
  const base = view.span.start;
  // a trip is made by its subject: "Witkoff travelled to Cairo ... and is due to return to Washington"
  if (hit.type === 'travel') {
    const movers = view.mentions.filter((x) => x.start < base + hit.at && canAct(x.entity) && x.entity.type !== 'place').map((x) => x.entity);
    if (movers.length) return unique(movers);
  }
  const rest = view.text.slice(hit.end);
  const m = PARTICIPANTS_AFTER.exec(rest);
  const from = m && m.index < 40 ? base + hit.end + m.index : base;
  let picked = view.mentions.filter((x) => x.start >= from && canAct(x.entity)).map((x) => x.entity);
  if (picked.length === 0) picked = view.mentions.filter((x) => canAct(x.entity)).map((x) => x.entity);
  // "X is due to join a joint patrol with Philippine ships": the subject takes part too
  else if (m && m.index < 40 && /^with$/i.test(m[0])) {
    const subject = subjectBefore(view, base + hit.at, base);
    if (subject && subject.type !== 'place') picked.unshift(subject);
  }
  // A place that only locates the event is not a participant; people and organisations always are.
  return unique(picked.filter((e) => e !== place || e.type !== 'place'));
}

function placeOf(view: SentenceView): Entity | null {
  for (const m of view.mentions) {
    if (m.entity.type !== 'place') continue;
    const before = view.text.slice(Math.max(0, m.start - view.span.start - 8), m.start - view.span.start);
    if (PLACE_BEFORE.test(before)) return m.entity;
  }
  return null;
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/**
 * The last meeting or negotiation with a date whose sentence starts at or after `from`. Events are pushed in sentence
 * order (their evidence is their sentence), so the walk back stops at the first one before `from`.
 */
function lastDatedTalks(events: readonly StoryEvent[], from: number): StoryEvent | undefined {
  for (let i = events.length - 1; i >= 0 && events[i]!.evidence.start >= from; i--) {
    const e = events[i]!;
    if ((e.type === 'meeting' || e.type === 'negotiation') && e.date) return e;
  }
  return undefined;
}

function speakerOf(doc: ArticleDoc, view: SentenceView, hit: Hit, byId: Map<string, Entity>): Entity | null {
  const abs = view.span.start + hit.at;
  if (/^according to$/i.test(hit.word)) {
    const after = view.mentions.find((m) => m.start >= abs && canAct(m.entity));
    if (after) return after.entity;
  }
  // Start looking after the last closing quotation before the verb: "…," Trump told reporters.
  const quoted = quotedRanges(view.text).filter(([, b]) => b <= hit.at);
  const from = view.span.start + (quoted.length ? quoted[quoted.length - 1][1] : 0);
  const q = view.quotes.find((x) => x.speaker);
  // '"…," he told the AP': the pronoun is the quote's speaker, not a name inside the quotation
  const last = findLast(view.quotes, (x) => !!x.speaker && x.end <= abs && x.end > view.span.start);
  if (last?.speaker && PRONOUN_BEFORE_VERB.test(view.text.slice(from - view.span.start, hit.at))) return byId.get(last.speaker) ?? null;
  const subject = subjectBefore(view, abs, from) ?? subjectBefore(view, abs, view.span.start);
  if (subject) return subject;
  if (q?.speaker) return byId.get(q.speaker) ?? null;
  return countrySpeaking(doc, view.text.slice(0, hit.at));
}

/** "The Russian defence ministry said": an unnamed state body speaks for its country, when the country is an entity. */
function countrySpeaking(doc: ArticleDoc, before: string): Entity | null {
  const m = STATE_BODY.exec(before);
  const code = m ? DEMONYMS[m[1]!.toLowerCase()] : undefined;
  if (!code) return null;
  return doc.entities.find((e) => e.type === 'place' && e.geo?.country === code && lookupPlace(e.name)?.kind === 'country') ?? null;
}

/**
 * "Labour accused the government …, a charge the minister, Olamide Fashola, denied on Thursday": a denial
 * later in the sentence whose subject is named right before it (an apposition's comma allowed) is that
 * actor's own statement, not the first speaker's.
 */
function rebuttalHit(view: SentenceView, hits: Hit[], speech: Hit): (Hit & { by: Entity }) | null {
  for (const h of hits) {
    if (h.type !== 'statement' || h.at <= speech.at || !REBUTTAL.test(h.word)) continue;
    const lead = view.text.slice(0, h.at).replace(/,?\s*$/, '');
    const by = view.mentions.find((m) => m.end === view.span.start + lead.length && canAct(m.entity) && m.entity.type !== 'place');
    if (by && by.start > view.span.start + speech.end) return { ...h, by: by.entity };
  }
  return null;
}

function dateFor(doc: ArticleDoc, views: SentenceView[], view: SentenceView, hit: Hit, type: EventType): DateGuess | null {
  const own = nearestDate(view, view.span.start + hit.at);
  if (own) return own;
  const next = views[view.index + 1];
  if (next && next.span.block === view.span.block && ANAPHORIC_EVENT.test(next.text)) {
    const d = nearestDate(next, next.span.start);
    if (d) return d;
  }
  if (doc.referenceDate && (type === 'statement' || PRESENT_OR_PERFECT.test(view.text))) {
    return { date: doc.referenceDate, precision: 'day' };
  }
  return null;
}

const summarise = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 200 ? `${one.slice(0, 199)}…` : one;
};

export function extractEvents(doc: ArticleDoc): StoryEvent[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const views = sentenceViews(doc);
  const countries = countryActors(doc);
  const events: StoryEvent[] = [];
  for (const view of views) {
    const hits = triggerHits(view.text);
    if (!hits.length) continue;
    const speech = hits.find((h) => h.type === 'statement');
    // The first non-speech trigger, whatever its type: the main verb usually comes first ("acquired … in a deal").
    const act = hits.find((h) => h.type !== 'statement');
    const place = placeOf(view);
    const rebuttal = speech && rebuttalHit(view, hits, speech);
    for (const hit of [speech, act, rebuttal]) {
      if (!hit) continue;
      let participants: Entity[];
      if (hit === rebuttal) {
        participants = [rebuttal.by];
      } else if (hit.type === 'statement') {
        const who = speakerOf(doc, view, hit, byId);
        participants = who ? [who] : [];
      } else {
        participants = participantsOf(view, hit, place);
        // nationality words name sides no entity names ("Pakistani and Afghan forces exchanged fire")
        if (hit.type !== 'travel') participants = unique([...participants, ...demonymActors(view, countries, quotedRanges(view.text))]);
        // A reported event needs its own actors; otherwise the speech event already covers the sentence.
        if (speech && participants.length === 0) continue;
      }
      let date = dateFor(doc, views, view, hit, hit.type);
      // "at the two-day meeting" with no date of its own: a definite mention of the talks just reported
      if (!date && (hit.type === 'meeting' || hit.type === 'negotiation') && /\bthe\s+(?:[\w-]+\s+){0,2}$/i.test(view.text.slice(Math.max(0, hit.at - 30), hit.at))) {
        const prior = lastDatedTalks(events, views[view.index - 2]?.span.start ?? 0);
        if (prior) date = { date: prior.date!, precision: prior.datePrecision ?? 'day' };
      }
      events.push({
        id: `ev${events.length + 1}`,
        type: hit.type,
        date: date?.date ?? null,
        datePrecision: date?.precision ?? null,
        participants: participants.map((e) => e.id),
        place: place?.id ?? null,
        summary: summarise(view.text),
        evidence: { start: view.span.start, end: view.span.end },
      });
    }
  }
  return events;
}

/**
 * What an event is about beyond its type: for 'other', the concept of its trigger ("fall", "bankruptcy"),
 * found again in the evidence sentence (the summary) by the same first-hit rule that made the event.
 */
export function eventConcept(e: Pick<StoryEvent, 'type' | 'summary'>): string {
  if (e.type !== 'other') return e.type;
  const hit = triggerHits(e.summary).find((h) => h.type === 'other');
  return hit ? `other:${conceptOf(hit.word)}` : 'other';
}

export const eventAnnotator: Annotator = {
  name: 'events',
  reads: ['sentences', 'entities', 'times', 'quotes', 'referenceDate'],
  writes: ['events'],
  needsLang: true,
  annotate(doc) { doc.events = extractEvents(doc); },
};

export const eventAnnotators: Annotator[] = [eventAnnotator];
