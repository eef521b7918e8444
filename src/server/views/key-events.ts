// Which timeline events to show first: a story's timeline mixes a few events that matter with many
// passing statements, so the page leads with those several sources reported or that are not mere talk.
export interface TimelineLike {
  type: string;
  sources?: Array<{ articleId: string }>;
  participants: string[];
}

const SHORT_TIMELINE = 12;
const SUBSTANTIVE = new Set(['meeting', 'negotiation', 'military', 'travel']);

export function keyEvents<T extends TimelineLike>(timeline: T[]): { key: T[]; rest: number } {
  if (timeline.length <= SHORT_TIMELINE) return { key: timeline, rest: 0 };
  const sourceCount = (e: T) => new Set((e.sources ?? []).map((s) => s.articleId)).size;
  const key = timeline.filter((e) => sourceCount(e) > 1 || (SUBSTANTIVE.has(e.type) && e.participants.length > 0));
  // A story whose events are all single-source talk still needs something up front.
  return key.length ? { key, rest: timeline.length - key.length } : { key: timeline.slice(0, SHORT_TIMELINE), rest: timeline.length - SHORT_TIMELINE };
}
