// The merged timeline of a story: events of the same type, on the same day, with at least one
// participant in common (after cross-article entity linking) are one event reported by many sources.
import type { StoryEvent } from '../model/analysis.js';

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
  const merged: TimelineEvent[] = [];
  const byKey = new Map<string, TimelineEvent[]>();
  for (const { articleId, event } of events) {
    const key = event.date ? `${event.type}|${event.date.slice(0, 10)}` : null;
    const same = key && event.participants.length
      ? (byKey.get(key) ?? []).find((m) => m.participants.some((p) => event.participants.includes(p)))
      : undefined;
    const source = { articleId, eventId: event.id, evidence: event.evidence };
    if (same) {
      for (const p of event.participants) if (!same.participants.includes(p)) same.participants.push(p);
      same.place ??= event.place;
      if (!same.sources.some((s) => s.articleId === articleId)) same.sources.push(source);
      continue;
    }
    const m: TimelineEvent = {
      id: `t${merged.length + 1}`, type: event.type, date: event.date, participants: [...event.participants],
      place: event.place, summary: event.summary, sources: [source],
    };
    merged.push(m);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  return merged.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}
