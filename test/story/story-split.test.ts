// Story splits: a story whose members form two groups with a weak average-link seam, and whose dates side with the
// seam (one group undated and the other dated, or both dated far apart), splits into two; a seam the dates do not
// support, groups smaller than the bar's minimum and stories beyond the member cap are left whole.
import { describe, expect, it } from 'vitest';
import { StoryBuilder } from '../../src/story/index.js';
import { SPLIT_MEMBERS, splitOff, type SplitMember } from '../../src/story/split.js';
import { looseLinker, twoFireAnalyses } from './two-fires.js';
import { PROFILE_KEPT, emptyProfile, joinProfile, type ArticleView } from '../../src/story/linker.js';
import { loadState, saveState, type StoryState } from '../../src/story/incremental-state.js';
import { mergedRoster, rebuild, rosterEntry, withMember } from '../../src/story/roster.js';

const member = (id: string, day: number | null, words: string[]): SplitMember => ({ id, day, words: new Map(words.map((w) => [w, 1 / Math.sqrt(words.length)])) });
const fire = (id: string, day: number | null, extra: string) => member(id, day, ['fire', 'warehouse', 'roof', extra, `${extra}-chief`]);

describe('story split decision', () => {
  const kessel = [0, 1, 2].map((i) => fire(`k${i}`, null, 'kessel'));
  const dornDated = [0, 1, 2].map((i) => fire(`d${i}`, 500 + i, 'dorn'));

  it('splits off the group without the first member when the seam is weak and one group is undated, the other dated', () => {
    expect(splitOff([...kessel, ...dornDated], { bar: 0.9, minPart: 3 }, 10)).toEqual(['d0', 'd1', 'd2']);
  });

  it('splits two dated groups further apart than the window, not two within it', () => {
    const early = [0, 1, 2].map((i) => fire(`k${i}`, 400 + i, 'kessel'));
    expect(splitOff([...early, ...dornDated], { bar: 0.9, minPart: 3 }, 10)).toEqual(['d0', 'd1', 'd2']);
    const close = [0, 1, 2].map((i) => fire(`k${i}`, 495 + i, 'kessel'));
    expect(splitOff([...close, ...dornDated], { bar: 0.9, minPart: 3 }, 10)).toBeNull();
  });

  it('leaves the story whole when the seam reaches the bar, the groups are too small or the story is beyond the cap', () => {
    expect(splitOff([...kessel, ...dornDated], { bar: 0.1, minPart: 3 }, 10)).toBeNull();
    expect(splitOff([...kessel, ...dornDated], { bar: 0.9, minPart: 4 }, 10)).toBeNull();
    const many = Array.from({ length: SPLIT_MEMBERS + 1 }, (_, i) => (i % 2 ? fire(`d${i}`, 500, 'dorn') : fire(`k${i}`, null, 'kessel')));
    expect(splitOff(many, { bar: 0.9, minPart: 3 }, 10)).toBeNull();
  });

  it('keeps a lone outlier with the story instead of splitting it off', () => {
    const odd = member('x', 500, ['parade', 'music', 'band']);
    expect(splitOff([...kessel, odd], { bar: 0.9, minPart: 2 }, 10)).toBeNull();
  });
});

describe('story splits in the clusterer', () => {
  const run = (split: { bar: number; minPart: number } | null) => {
    const b = new StoryBuilder({ linker: looseLinker(split) });
    for (const a of twoFireAnalyses()) b.add(a);
    return b;
  };

  it('parts the undated fire from the dated one, which a loose linker had put in one story', () => {
    expect(run(null).stories().map((s) => s.articles)).toEqual([['kessel-1', 'kessel-2', 'kessel-3', 'dorn-1', 'dorn-2', 'dorn-3']]);
    const b = run({ bar: 0.5, minPart: 3 });
    const stories = b.stories();
    expect(stories.map((s) => s.articles)).toEqual([['kessel-1', 'kessel-2', 'kessel-3'], ['dorn-1', 'dorn-2', 'dorn-3']]);
    expect([stories[0]!.firstDate, stories[1]!.firstDate, stories[1]!.lastDate]).toEqual([null, '2021-06-14', '2021-06-16']);
    expect(b.clusterer.storyOf('dorn-1')).toBe(stories[1]!.id);
    expect(b.clusterer.storyOf('kessel-1')).toBe(stories[0]!.id);
  });

  it('does not split without the check, or with a bar the seam reaches', () => {
    expect(run({ bar: 0.0001, minPart: 3 }).stories()).toHaveLength(1);
  });
});

describe('story roster', () => {
  const view = (word: string, day: number | null): ArticleView => ({
    all: new Map([[word, 1]]), title: new Map(), lead: new Map(), body: new Map(), words: new Map([[word, 1]]), entities: new Map([['@e', ['person', 2]]]),
    eventTypes: new Set(['fire']), participants: new Set(), years: new Set([2021]), names: new Map(), numbers: new Set(['42']), day, dateConfidence: day === null ? 0 : 1, source: 'a.example',
  });

  it('rebuilds a part\'s sums, dates and profile from its members alone', () => {
    const part = rebuild([rosterEntry('a', 'A', new Map([['fire', 1]]), view('fire', 10)), rosterEntry('b', 'B', new Map([['fire', 0.5]]), view('roof', 12))]);
    expect(part.sum.get('fire')).toBeCloseTo(1.5);
    expect([part.first, part.last, part.profile.n]).toEqual([10, 12, 2]);
    expect(part.profile.entities.get('@e')?.[1]).toBe(2);
    expect(part.profile.numbers.get('42')).toBe(2);
  });

  it('is dropped once the story outgrows the cap, and after a merge beyond it', () => {
    const e = rosterEntry('x', null, new Map(), view('fire', null));
    expect(withMember([], e, 1)).toHaveLength(1);
    expect(withMember([], e, SPLIT_MEMBERS + 1)).toBeNull();
    expect(withMember(null, e, 2)).toBeNull();
    expect(mergedRoster([e], [e, e])).toHaveLength(3);
    expect(mergedRoster(Array(SPLIT_MEMBERS).fill(e), [e])).toBeNull();
  });

  it('bounds a long member\'s view as a story profile bounds its counts, so the stored roster stays bounded', () => {
    const many = (k: string, n: number) => Array.from({ length: n }, (_, i) => `${k}${i}`);
    const long: ArticleView = {
      ...view('fire', 10), words: new Map(many('w', 500).map((w, i) => [w, 1 / (i + 1)])),
      entities: new Map(many('@e', 500).map((e) => [e, ['person', 2]])), names: new Map(many('N', 500).map((w) => [w, 3])),
      participants: new Set(many('@p', 500)), numbers: new Set(many('', 500)), years: new Set(Array.from({ length: 100 }, (_, i) => 1900 + i)),
    };
    const { view: kept } = rosterEntry('a', 'A', new Map(), long);
    expect([kept.words.size, kept.entities.size, kept.names.size, kept.participants.size, kept.numbers!.size, kept.years.size])
      .toEqual([120, PROFILE_KEPT.entities, PROFILE_KEPT.names, PROFILE_KEPT.participants, PROFILE_KEPT.numbers, PROFILE_KEPT.years]);
    // a part of one member is rebuilt with the profile a story of that member alone holds
    const alone = emptyProfile();
    joinProfile(alone, long);
    const part = rebuild([rosterEntry('a', 'A', new Map(), long)]).profile;
    expect([...part.entities.keys()]).toEqual([...alone.entities.keys()]);
    expect([...part.names.keys()]).toEqual([...alone.names.keys()]);
    expect([...part.participants.keys()]).toEqual([...alone.participants.keys()]);
  });

  it('survives the stored state, and a state stored before it reads as none', () => {
    const state: StoryState = { id: 's', first: 10, last: 10, sum: new Map(), centroid: new Map(), profile: emptyProfile(), titles: [], copies: 0, roster: [rosterEntry('a', 'A', new Map([['fire', 1]]), view('fire', 10))] };
    const back = loadState(saveState(state));
    expect(back.roster?.[0]?.view.entities.get('@e')).toEqual(['person', 2]);
    expect(back.roster?.[0]?.view.years).toEqual(new Set([2021]));
    const old = JSON.parse(saveState(state)) as Record<string, unknown>;
    delete old.roster;
    expect(loadState(JSON.stringify(old)).roster).toBeNull();
  });
});
