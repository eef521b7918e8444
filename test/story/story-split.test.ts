// Story splits: a story whose members form two groups with a weak average-link seam, and whose dates side with the
// seam (one group undated and the other dated, or both dated far apart), splits into two; a seam the dates do not
// support, groups smaller than the bar's minimum and stories beyond the member cap are left whole.
import { describe, expect, it } from 'vitest';
import { StoryBuilder } from '../../src/story/index.js';
import { SPLIT_MEMBERS, splitOff, type SplitMember } from '../../src/story/split.js';
import { looseLinker, twoFireAnalyses } from './two-fires.js';

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
