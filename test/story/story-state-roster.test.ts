// A stored story state is read back with its roster parsed only when read (most loaded states are candidates scored by
// their profile alone): the roster read, written, or saved again is the one a full parse of the stored text gives,
// whatever the titles and feature names hold, and states without a roster (null, or stored before the split check)
// read as before.
import { describe, expect, it } from 'vitest';
import { emptyProfile, joinProfile, type ArticleView } from '../../src/story/linker.js';
import { loadState, saveState, type StoryState } from '../../src/story/incremental-state.js';
import { rosterEntry, rosterFromJson } from '../../src/story/roster.js';

// text that looks like the state's own keys, inside strings (titles, feature names)
const TRICKY = 'Fire ,"roster":[ and ,"profile":{ \\ "quoted"';
const view = (word: string, day: number | null): ArticleView => ({
  all: new Map([[word, 1]]), title: new Map([[TRICKY, 0.3]]), lead: new Map(), body: new Map([[word, 0.7]]), words: new Map([[word, 0.5], [TRICKY, 0.25]]),
  entities: new Map([['e1', ['person', 2.5]]]), eventTypes: new Set(['fire']), participants: new Set(['e1']), years: new Set([2026]),
  names: new Map([['Kessel', 3.25]]), numbers: new Set(['12']), day, dateConfidence: 1, source: 'site',
});

function state(words: string[], roster = true): StoryState {
  const profile = emptyProfile();
  const entries = words.map((w, i) => { const v = view(w, 100 + i); joinProfile(profile, v); return rosterEntry(`a${i}`, `${TRICKY} ${i}`, new Map([[w, 1], [TRICKY, 0.5]]), v); });
  return {
    id: 's1', first: 100, last: 100 + words.length - 1, sum: new Map([[TRICKY, 1.5], ['fire', 1]]), centroid: new Map([['fire', 1]]), profile,
    titles: [{ title: TRICKY, v: new Map([[TRICKY, 1]]) }], copies: 2, roster: roster ? entries : null,
  };
}

/** What loadState gave before the roster was read lazily: the whole text parsed at once. */
const fullRoster = (text: string) => (JSON.parse(text) as { roster?: Parameters<typeof rosterFromJson>[0][] | null }).roster?.map(rosterFromJson) ?? null;

describe('stored story state', () => {
  it('reads the roster from the stored text on demand, the same as a full parse, titles and names holding key-like text', () => {
    const text = saveState(state(['kessel', 'dorn', 'roof']));
    const back = loadState(text);
    expect(back.profile.n).toBe(3);
    expect(back.titles[0]!.title).toBe(TRICKY);
    expect(back.roster).toEqual(fullRoster(text));
    expect(back.roster!.map((e) => e.title)).toEqual([0, 1, 2].map((i) => `${TRICKY} ${i}`));
    // saved again, with or without the roster read first, it is the same text
    expect(saveState(loadState(text))).toBe(text);
    expect(saveState(back)).toBe(text);
  });

  it('keeps a roster written over the stored one', () => {
    const back = loadState(saveState(state(['kessel', 'dorn'])));
    const kept = back.roster!.slice(0, 1);
    back.roster = kept;
    expect(back.roster).toBe(kept);
    expect(loadState(saveState(back)).roster!.map((e) => e.id)).toEqual(['a0']);
    back.roster = null;
    expect(loadState(saveState(back)).roster).toBeNull();
  });

  it('reads a state without a roster as before: null, or absent in a state stored before the split check', () => {
    const text = saveState(state(['kessel'], false));
    expect(loadState(text).roster).toBeNull();
    const old = JSON.parse(text) as Record<string, unknown>;
    delete old.roster;
    const oldText = JSON.stringify(old);
    expect(loadState(oldText).roster).toBeNull();
    expect(loadState(oldText).profile.n).toBe(1);
  });
});
