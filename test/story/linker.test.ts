// The learned linker's features that tell two events of one kind apart: the story's own recurring
// names the article lacks (the other boxer), and years named on both sides that never meet.
import { describe, expect, it } from 'vitest';
import { FEATURES, linkFeatures } from '../../src/story/index.js';
import { emptyProfile, joinProfile, joins, type ArticleView, type LinkerWeights } from '../../src/story/linker.js';
import { capitalisedWords, namedNumbers, namedYears } from '../../src/story/features.js';
import { MEMBERS_KEPT, memberScore } from '../../src/story/members.js';
import { loadState, saveState } from '../../src/story/incremental-state.js';

const view = (entities: Record<string, number>, years: number[] = []): ArticleView => ({
  all: new Map(), title: new Map(), lead: new Map(), body: new Map(), words: new Map(),
  entities: new Map(Object.entries(entities).map(([id, idf]) => [id, ['person', idf]])),
  eventTypes: new Set(), participants: new Set(), years: new Set(years), names: new Map(), day: null, dateConfidence: 0, source: null,
});
const feature = (x: number[], name: (typeof FEATURES)[number]) => x[FEATURES.indexOf(name)]!;

describe('story linker features', () => {
  // Two bouts of one champion: every member names the champion and the first opponent.
  const story = emptyProfile();
  for (let i = 0; i < 3; i++) joinProfile(story, view({ champion: 4, rahman: 5, mannheim: 5 }, [2008]));

  it('scores the story\'s recurring rare names the article also names', () => {
    const same = linkFeatures(view({ champion: 4, rahman: 5, mannheim: 5 }), story, 0.4, 100);
    const other = linkFeatures(view({ champion: 4, thompson: 5 }), story, 0.4, 100);
    expect(feature(same, 'storyEntitiesCovered')).toBeGreaterThan(0.5);
    expect(feature(other, 'storyEntitiesCovered')).toBeLessThan(feature(same, 'storyEntitiesCovered') / 2);
  });

  it('counts a shared person only as far as the texts share content', () => {
    // A war's reports all name its leaders: "Putin" alone must not carry a Bucha statement into the talks' story.
    const shared = feature(linkFeatures(view({ champion: 4 }), story, 0.4, 100), 'person×cos');
    expect(shared).toBeGreaterThan(0);
    expect(feature(linkFeatures(view({ champion: 4 }), story, 0, 100), 'person×cos')).toBe(0);
    expect(feature(linkFeatures(view({ champion: 4 }), story, 0.1, 100), 'person×cos')).toBeCloseTo(shared / 4);
  });

  it('marks years apart only when both sides name years and none is shared', () => {
    expect(feature(linkFeatures(view({ champion: 4 }, [2012]), story, 0.4, 100), 'yearsApart')).toBe(1);
    expect(feature(linkFeatures(view({ champion: 4 }, [2012, 2008]), story, 0.4, 100), 'yearsApart')).toBe(0);
    expect(feature(linkFeatures(view({ champion: 4 }), story, 0.4, 100), 'yearsApart')).toBe(0);
  });

  it('takes years the text writes out and a sure publication year, not years inferred for a weekday', () => {
    const times = [
      { text: 'in 2001', value: '2001' }, { text: 'March 3, 2012', value: '2012-03-03' },
      { text: 'Tuesday', value: '2026-12-29' }, { text: '36-year', value: 'P36Y' },
    ];
    expect(namedYears(times, '2013-07-01', 1).sort()).toEqual([2001, 2012, 2013]);
    expect(namedYears(times, '2013-07-01', 0.4).sort()).toEqual([2001, 2012]);
  });

  it('scores the average link: the mean cosine of the article\'s word vector with each member\'s', () => {
    const unit = (m: Record<string, number>) => { const n = Math.hypot(...Object.values(m)); return new Map(Object.entries(m).map(([k, x]) => [k, x / n])); };
    const members = [unit({ quake: 2, chile: 1 }), unit({ quake: 1, tsunami: 1 }), unit({ chile: 1, copper: 3 })];
    const s = emptyProfile();
    for (const words of members) joinProfile(s, { ...view({}), words });
    const a = unit({ quake: 1, chile: 1, santiago: 1 });
    const cos = (x: Map<string, number>, y: Map<string, number>) => [...x].reduce((t, [k, v]) => t + v * (y.get(k) ?? 0), 0);
    const expected = members.reduce((t, m) => t + cos(a, m), 0) / members.length;
    expect(feature(linkFeatures({ ...view({}), words: a }, s, 0.4, 100), 'averageLink')).toBeCloseTo(expected, 10);
    expect(feature(linkFeatures({ ...view({}), words: unit({ football: 1 }) }, s, 0.4, 100), 'averageLink')).toBe(0);
  });

  it('reads names from words capitalised inside a sentence, not from sentence or quotation starts', () => {
    const words = capitalisedWords('The champion beat Tony Thompson in Bern. Rain fell. He said: "Great night" and left with Hasim Rahman.');
    expect(words.sort()).toEqual(['bern', 'hasim', 'rahman', 'thompson', 'tony']);
  });

  it('scores the article against the story\'s latest members, not its sums, and keeps only the latest', () => {
    const unit = (m: Record<string, number>) => { const n = Math.hypot(...Object.values(m)); return new Map(Object.entries(m).map(([k, x]) => [k, x / n])); };
    const s = emptyProfile();
    joinProfile(s, { ...view({}), words: unit({ quake: 1, chile: 1 }) });
    for (let i = 0; i < MEMBERS_KEPT; i++) joinProfile(s, { ...view({}), words: unit({ flood: 1, [`town${i}`]: 1 }) });
    expect(s.members).toHaveLength(MEMBERS_KEPT);
    // The quake member has left the kept window: an article like it no longer matches any member.
    expect(memberScore(unit({ quake: 1, chile: 1 }), s.members, 'max')).toBe(0);
    const flood = unit({ flood: 1, town3: 1 });
    expect(memberScore(flood, s.members, 'max')).toBeCloseTo(1, 6);
    expect(memberScore(flood, s.members, 'top3')).toBeCloseTo((1 + 0.5 + 0.5) / 3, 6);
    expect(feature(linkFeatures({ ...view({}), words: flood }, s, 0.4, 100), 'memberMax')).toBeCloseTo(1, 6);
  });

  it('stores and reloads the member sketches and capitalised names with the story state', () => {
    const s = emptyProfile();
    joinProfile(s, { ...view({}), words: new Map([['quake', 0.8], ['chile', 0.6]]), names: new Map([['santiago', 3.5]]), day: 15000 });
    const back = loadState(saveState({ id: 'x', first: 15000, last: 15000, sum: new Map(), centroid: new Map(), profile: s, titles: [], copies: 0 })).profile;
    expect(back.members).toEqual([{ day: 15000, words: new Map([['quake', 0.8], ['chile', 0.6]]) }]);
    expect(back.names.get('santiago')).toEqual([1, 3.5]);
  });

  it('with a member-level check, refuses a join the probability allows when the article is unlike every kept member', () => {
    const s = emptyProfile();
    joinProfile(s, { ...view({}), words: new Map([['quake', 1]]), day: 15000 });
    const w: LinkerWeights = { features: [], weights: [], newStory: 0.2, member: { score: 'max', dated: 0.3, undated: 0.5 } };
    const like = { ...view({}), words: new Map([['quake', 0.8], ['chile', 0.6]]), day: 15001 };
    const unlike = { ...view({}), words: new Map([['flood', 1]]), day: 15001 };
    expect(joins(w, like, s, 0.9, 1)).toBe(true);
    expect(joins(w, like, s, 0.1, 1)).toBe(false);
    expect(joins(w, unlike, s, 0.9, 1)).toBe(false);
    // An undated article meets the undated bar: 0.8 passes 0.5, and without the check anything above the threshold joins.
    expect(joins(w, { ...like, day: null }, s, 0.9, 1)).toBe(true);
    expect(joins({ ...w, member: { score: 'max', dated: 0.3, undated: 0.9 } }, { ...like, day: null }, s, 0.9, 1)).toBe(false);
    expect(joins({ ...w, member: undefined }, unlike, s, 0.9, 1)).toBe(true);
  });

  it('refuses a join below the content floor whatever the probability, and applies no floor when the weights have none', () => {
    const s = emptyProfile();
    joinProfile(s, { ...view({}), words: new Map([['quake', 1]]), day: 15000 });
    const a = { ...view({}), day: 15001 };
    const w: LinkerWeights = { features: [], weights: [], newStory: 0.2, minContent: 0.05 };
    expect(joins(w, a, s, 0.9, 0.03)).toBe(false);
    expect(joins(w, a, s, 0.9, 0.05)).toBe(true);
    expect(joins({ ...w, minContent: undefined }, a, s, 0.9, 0)).toBe(true);
  });

  it('reads the figures a text writes, not one-digit counts or years, and compares them with the story\'s', () => {
    expect(namedNumbers('Robbers took $137,000,000 in 2008 (2.6 million euros), 4 men, 160 rounds; 2.6 again.').sort()).toEqual(['137000000', '160', '2.6']);
    // a grouped number before a comma is still one number ('killed 1,200, including …'), not '1' and '200' lost
    expect(namedNumbers('The quake killed 1,200, including 35 children, and left 12,500.5, it said.').sort()).toEqual(['1200', '12500.5', '35']);
    const s = emptyProfile();
    joinProfile(s, { ...view({}), numbers: new Set(['137', '4.5', '80']) });
    const same = { ...view({}), numbers: new Set(['137', '12', '65']) };
    const other = { ...view({}), numbers: new Set(['2.6', '30', '65']) };
    expect(feature(linkFeatures(same, s, 0.4, 100), 'numbersShared×cos')).toBeCloseTo(0.4 / 4, 6);
    expect(feature(linkFeatures(same, s, 0.4, 100), 'numbersApart')).toBe(0);
    expect(feature(linkFeatures(other, s, 0.4, 100), 'numbersApart')).toBe(1);
    // Too few figures on one side say nothing.
    expect(feature(linkFeatures({ ...view({}), numbers: new Set(['30']) }, s, 0.4, 100), 'numbersApart')).toBe(0);
    const back = loadState(saveState({ id: 'x', first: null, last: null, sum: new Map(), centroid: new Map(), profile: s, titles: [], copies: 0 })).profile;
    expect(back.numbers).toEqual(new Map([['137', 1], ['4.5', 1], ['80', 1]]));
  });
});
