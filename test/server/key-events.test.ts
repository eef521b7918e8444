// The story page leads with the events that matter; the rest stay one click away.
import { describe, expect, it } from 'vitest';
import { keyEvents } from '../../src/server/views/key-events.js';

const ev = (type: string, sources: string[], participants: string[] = []) => ({ type, participants, sources: sources.map((articleId) => ({ articleId })) });

describe('keyEvents', () => {
  it('shows a short timeline whole', () => {
    const t = [ev('statement', ['a']), ev('other', ['b'])];
    expect(keyEvents(t)).toEqual({ key: t, rest: 0 });
  });
  it('keeps multi-source events and substantive events with participants from a long timeline', () => {
    const talk = Array.from({ length: 20 }, () => ev('statement', ['a'], ['p']));
    const merged = ev('statement', ['a', 'b']);
    const meeting = ev('meeting', ['c'], ['putin']);
    const lonelyMeeting = ev('meeting', ['c']);
    const { key, rest } = keyEvents([...talk, merged, meeting, lonelyMeeting]);
    expect(key).toEqual([merged, meeting]);
    expect(rest).toBe(21);
  });
  it('falls back to the first events when none stands out', () => {
    const talk = Array.from({ length: 20 }, () => ev('statement', ['a']));
    expect(keyEvents(talk).key).toHaveLength(12);
  });
});
