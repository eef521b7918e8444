// The merged timeline of a story: events of the same kind (type, and for 'other' the trigger concept:
// "fell" = "plunged"), with at least one participant in common (after cross-article entity linking), on
// the same day, or a day apart when their sentences also share a content word, are one event reported
// by many sources (outlets date the same event by their own publication day).
import type { StoryEvent } from '../model/analysis.js';
import { eventConcept } from '../analyse/events/index.js';
import { contentWords } from './terms.js';

export interface SourcedEvent { articleId: string; event: StoryEvent }

export interface TimelineEvent {
  id: string;
  type: StoryEvent['type'];
  date: string | null;
  participants: string[];
  place: string | null;
  summary: string;
  sources: Array<{ articleId: string; eventId: string; evidence: StoryEvent['evidence'] }>;
}

/**
 * `events` carry participants and place already mapped to linked entity ids. Events without a date
 * or participants cannot be matched safely and stay single-sourced.
 */
export function mergeTimeline(events: SourcedEvent[]): TimelineEvent[] {
  type Open = TimelineEvent & { concept: string; day: number | null; words: Set<string> };
  const merged: Open[] = [];
  // Candidates by kind only: a story's events of other kinds are never compared.
  const byConcept = new Map<string, Open[]>();
  for (const { articleId, event } of events) {
    const concept = eventConcept(event);
    const day = event.date ? dayOf(event.date) : null;
    const words = new Set(contentWords(event.summary));
    const same = day === null ? undefined : (byConcept.get(concept) ?? []).find((m) => m.day !== null && Math.abs(m.day - day) <= 1 && (
      event.participants.length
        ? m.participants.some((p) => event.participants.includes(p)) && (m.day === day || shares(m.words, words, 1))
        // No actor on either side: another article, the same day and two content words in common.
        : m.participants.length === 0 && m.day === day && !m.sources.some((x) => x.articleId === articleId) && shares(m.words, words, 2)));
    const source = { articleId, eventId: event.id, evidence: event.evidence };
    if (same) {
      for (const p of event.participants) if (!same.participants.includes(p)) same.participants.push(p);
      same.place ??= event.place;
      for (const w of words) same.words.add(w);
      if (!same.sources.some((s) => s.articleId === articleId)) same.sources.push(source);
      continue;
    }
    const m: Open = {
      id: `t${merged.length + 1}`, type: event.type, date: event.date, participants: [...event.participants],
      place: event.place, summary: event.summary, sources: [source], concept, day, words,
    };
    merged.push(m);
    byConcept.set(concept, [...(byConcept.get(concept) ?? []), m]);
  }
  return merged.map(({ concept: _c, day: _d, words: _w, ...t }) => t)
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

const shares = (a: Set<string>, b: Set<string>, n: number) => { let k = 0; for (const w of b) if (a.has(w) && ++k >= n) return true; return false; };
const dayOf = (d: string) => Math.floor(Date.parse(d.slice(0, 10)) / 86_400_000);
