// Story–story merges: an event whose reports formed two stories (the second began before its link to the first was
// visible) becomes one when an article joins either and the two stories' average link reaches the bar; stories of
// undated or far-apart members never merge, nor would a merge stretch a story beyond the span cap.
import { describe, expect, it } from 'vitest';
import { StoryBuilder } from '../../src/story/index.js';
import { analyzeText } from '../../src/api.js';
import { HARBOUR_FIRE_LATER, harbourAnalyses, strictLinker } from './harbour-fire.js';
import { emptyProfile, joinProfile, type ArticleView, type LinkerWeights } from '../../src/story/linker.js';
import { mayMerge, mergePartner, mergeProfiles, storyLink } from '../../src/story/merge.js';
import { MEMBERS_KEPT } from '../../src/story/members.js';

const view = (words: Record<string, number>, day: number | null, entities: Record<string, number> = {}, namesMonthOf: number[] = []): ArticleView => ({
  all: new Map(), title: new Map(), lead: new Map(), body: new Map(), words: new Map(Object.entries(words)),
  entities: new Map(Object.entries(entities).map(([id, idf]) => [id, ['person', idf]])),
  eventTypes: new Set(), participants: new Set(), years: new Set(), months: new Set(namesMonthOf.map(monthOf)), names: new Map(), day, dateConfidence: day === null ? 0 : 1, source: null,
});
/** The month (year × 12 + month − 1) a day number falls in, as features.namedMonths writes a named month. */
function monthOf(day: number): number { const d = new Date(day * 86_400_000); return d.getUTCFullYear() * 12 + d.getUTCMonth(); }
const story = (...members: ArticleView[]) => { const s = emptyProfile(); for (const m of members) joinProfile(s, m); return s; };
const bars: LinkerWeights = { features: [], weights: [], newStory: 0.5, merge: { dated: 0.3 }, maxSpanDays: 20 };

describe('story merge decision', () => {
  const a = story(view({ fire: 0.8, harbour: 0.6 }, 100), view({ fire: 0.6, harbour: 0.8 }, 101));
  const b = story(view({ fire: 1 }, 103), view({ harbour: 1 }, 104));

  it('reads the average link of two stories from their summed word vectors', () => {
    // every pair's cosine: 0.8, 0.6, 0.6, 0.8 -> mean 0.7
    expect(storyLink(a, b)).toBeCloseTo(0.7);
    expect(storyLink(a, emptyProfile())).toBe(0);
  });

  it('merges dated stories within the window above the bar, never undated ones without an undated bar, nor beyond the cap', () => {
    expect(mayMerge(bars, a, b, 0.7, 10)).toBe(true);
    expect(mayMerge(bars, a, b, 0.2, 10)).toBe(false);
    expect(mayMerge({ ...bars, merge: undefined }, a, b, 0.7, 10)).toBe(false);
    const far = story(view({ fire: 1 }, 130));
    expect(mayMerge(bars, a, far, 0.9, 10)).toBe(false); // 29 days after the story's last member
    const undated = story(view({ fire: 1 }, null));
    expect(mayMerge(bars, a, undated, 0.9, 10)).toBe(false);
    expect(mayMerge({ ...bars, merge: { dated: 0.3, undated: 0.5 } }, a, undated, 0.9, 10)).toBe(true);
    const long = story(view({ fire: 1 }, 105), view({ fire: 1 }, 118));
    expect(mayMerge(bars, a, long, 0.9, 10)).toBe(true); // 100..118: 18 days, within the cap of 20
    expect(mayMerge({ ...bars, maxSpanDays: 15 }, a, long, 0.9, 10)).toBe(false);
    expect(mayMerge({ ...bars, maxSpanDays: undefined }, a, long, 0.9, 10)).toBe(true);
  });

  it('merges dated stories however far apart at the far bar, unless every member of both comes from one site', () => {
    // the later story names the month of the earlier one: a follow-up
    const later = story(view({ fire: 0.6, harbour: 0.8 }, 300, {}, [100]), view({ fire: 0.8, harbour: 0.6 }, 301));
    const farBars = { ...bars, merge: { dated: 0.3, far: 0.5 } };
    expect(mayMerge(bars, a, later, 0.9, 10)).toBe(false); // 199 days apart: beyond the window and the cap
    expect(mayMerge(farBars, a, later, 0.9, 10)).toBe(true);
    expect(mayMerge(farBars, a, later, 0.4, 10)).toBe(false); // below the far bar, the window applies again
    const site = (p: ReturnType<typeof story>, name: string) => { p.sources = new Map([[name, p.n]]); return p; };
    const briefingA = site(story(view({ fire: 1 }, 100), view({ fire: 1 }, 101)), 'kremlin.ru');
    const briefingB = site(story(view({ fire: 1 }, 300, {}, [101]), view({ fire: 1 }, 301)), 'kremlin.ru');
    expect(mayMerge(farBars, briefingA, briefingB, 0.9, 10)).toBe(false); // one site's statements months apart
    expect(mayMerge(farBars, briefingA, site(story(view({ fire: 1 }, 300, {}, [100])), 'tass.ru'), 0.9, 10)).toBe(true);
    expect(mayMerge(farBars, briefingA, site(story(view({ fire: 1 }, 300, {}, [100])), 'unknown'), 0.9, 10)).toBe(true); // the store's name for no site
    expect(mayMerge(farBars, a, story(view({ fire: 1 }, null)), 0.9, 10)).toBe(false); // undated: the undated bar only
    // a story of undated reports that one dated report made "dated" does not bridge months
    const mostlyUndated = story(view({ fire: 1 }, null), view({ fire: 1 }, null), view({ fire: 1 }, 300, {}, [100]));
    expect(mayMerge(farBars, a, mostlyUndated, 0.9, 10)).toBe(false);
  });

  it('merges far only a follow-up: a story naming a month, with its year, within the other story\'s span', () => {
    const farBars = { ...bars, merge: { dated: 0.3, far: 0.5 } };
    const repeat = story(view({ fire: 1 }, 400), view({ fire: 1 }, 401)); // the same kind of event, a year on
    expect(mayMerge(farBars, a, repeat, 0.9, 10)).toBe(false);
    expect(mayMerge(farBars, a, story(view({ fire: 1 }, 400, {}, [200])), 0.9, 10)).toBe(false); // a month, not the earlier story's
    expect(mayMerge(farBars, a, story(view({ fire: 1 }, 400, {}, [101])), 0.9, 10)).toBe(true);
    // either way round: a report naming the month a later trial is set for
    expect(mayMerge(farBars, story(view({ fire: 1 }, 100, {}, [400])), repeat, 0.9, 10)).toBe(true);
  });

  it('makes a far merge only with the closest offered story: a closer one the bars keep apart wins', () => {
    const farBars = { ...bars, merge: { dated: 0.3, far: 0.5 } };
    const grown = story(view({ fire: 1 }, 300, {}, [100]), view({ fire: 1 }, 301));
    const later = { profile: story(view({ fire: 0.8, harbour: 0.6 }, 100)) }; // link 0.8, 199 days before
    const undatedTwin = { profile: story(view({ fire: 1 }, null)) }; // link 1, undated: no merge
    expect(mergePartner(farBars, grown, [later], 10)).toBe(later);
    expect(mergePartner(farBars, grown, [later, undatedTwin], 10)).toBeNull();
    const near = { profile: story(view({ fire: 0.6, harbour: 0.8 }, 302)) }; // link 0.6, within the window
    expect(mergePartner(farBars, grown, [near, undatedTwin], 10)).toBe(near); // an ordinary merge is not held back
  });

  it('picks the offered story with the highest average link, not the story itself, and none below the bar', () => {
    const weak = story(view({ fire: 0.3, port: 0.95 }, 102), view({ port: 1 }, 102));
    expect(mergePartner(bars, a, [{ profile: a }, { profile: weak }, { profile: b }], 10)?.profile).toBe(b);
    expect(mergePartner(bars, a, [{ profile: weak }], 10)).toBeNull();
    expect(mergePartner(bars, story(view({ fire: 1 }, 100)), [{ profile: b }], 10)).toBeNull(); // a single article's story: the linker just decided
    // ... but a story the window hid from the linker, far away, it may join
    const farBars = { ...bars, merge: { dated: 0.3, far: 0.5 } };
    const lone = story(view({ fire: 1 }, 300, {}, [101]));
    const close = story(view({ fire: 1 }, 296), view({ harbour: 1 }, 297));
    expect(mergePartner(farBars, lone, [{ profile: close }], 10)).toBe(null); // within the window: the linker saw it
    expect(mergePartner(farBars, lone, [{ profile: a }], 10)?.profile).toBe(a); // 199 days apart, link 0.8
  });

  it('folds one profile into another: sizes, spans, names and the latest members', () => {
    const into = story(...Array.from({ length: MEMBERS_KEPT }, (_, i) => view({ fire: 1 }, 100 + i, { mayor: 3 })));
    const from = story(view({ arson: 1 }, 90, { mayor: 3, inspector: 4 }), view({ arson: 1 }, 200));
    mergeProfiles(into, from);
    expect(into.n).toBe(MEMBERS_KEPT + 2);
    expect([into.first, into.last]).toEqual([90, 200]);
    expect(into.entities.get('mayor')?.[1]).toBe(MEMBERS_KEPT + 1);
    expect(into.entities.get('inspector')?.[1]).toBe(1);
    expect(into.words.get('arson')).toBeCloseTo(2);
    expect(into.members).toHaveLength(MEMBERS_KEPT);
    expect(into.members.at(-1)!.day).toBe(200);
    expect(into.members.some((m) => m.day === 90)).toBe(false); // the oldest falls out
  });
});

describe('story merges in the clusterer', () => {
  const run = (merge: number | null) => {
    const b = new StoryBuilder({ linker: strictLinker(merge) });
    for (const a of harbourAnalyses()) b.add(a);
    return b;
  };

  it('joins the inquiry\'s story to the fire\'s once the inquiry story has grown, and keeps them apart without merges', () => {
    const apart = run(null).stories();
    expect(apart.map((s) => s.articles)).toEqual([['fire-1', 'fire-2'], ['inquiry-1', 'inquiry-2']]);
    const merged = run(0.1);
    const stories = merged.stories();
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articles.sort()).toEqual(['fire-1', 'fire-2', 'inquiry-1', 'inquiry-2']);
    for (const id of ['fire-1', 'inquiry-1']) expect(merged.clusterer.storyOf(id)).toBe(stories[0]!.id);
    expect(stories[0]!.firstDate).toBe('2021-03-01');
    expect(stories[0]!.lastDate).toBe('2021-03-05');
    expect(run(0.9).stories()).toHaveLength(2);
  });

  it('merges the inquiry\'s story, half a year later, into the fire\'s only at the far bar', () => {
    const build = (far?: number) => {
      // joins at an average link of 0.2: the window, not the linker, keeps the inquiry apart
      const b = new StoryBuilder({ linker: strictLinker(0.1, far, 0.2) });
      for (const a of harbourAnalyses(HARBOUR_FIRE_LATER)) b.add(a);
      return b.stories();
    };
    expect(build().map((s) => s.articles)).toEqual([['fire-1', 'fire-2'], ['inquiry-1', 'inquiry-2']]);
    const merged = build(0.1);
    expect(merged.map((s) => s.articles.sort())).toEqual([['fire-1', 'fire-2', 'inquiry-1', 'inquiry-2']]);
    expect([merged[0]!.firstDate, merged[0]!.lastDate]).toEqual(['2021-03-01', '2021-09-05']);
    expect(build(0.9)).toHaveLength(2);
  });

  it('gives a story opened after a merge an id of its own', () => {
    const b = run(0.1);
    const extra = analyzeText('Valdoria opened a new ferry line to the northern islands on Saturday, the transport ministry said.', { format: 'text', published: '2021-03-06', today: '2025-01-01', path: 'ferry' });
    extra.article.id = 'ferry';
    const id = b.add(extra).storyId;
    expect(b.stories().map((s) => s.id).filter((s) => s === id)).toHaveLength(1);
    expect(b.clusterer.storyOf('fire-1')).not.toBe(id);
  });
});
