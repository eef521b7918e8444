// The learned linker's features that tell two events of one kind apart: the story's own recurring
// names the article lacks (the other boxer), and years named on both sides that never meet.
import { describe, expect, it } from 'vitest';
import { FEATURES, linkFeatures } from '../../src/story/index.js';
import { emptyProfile, joinProfile, type ArticleView } from '../../src/story/linker.js';
import { namedYears } from '../../src/story/features.js';

const view = (entities: Record<string, number>, years: number[] = []): ArticleView => ({
  all: new Map(), title: new Map(), lead: new Map(), body: new Map(), words: new Map(),
  entities: new Map(Object.entries(entities).map(([id, idf]) => [id, ['person', idf]])),
  eventTypes: new Set(), participants: new Set(), years: new Set(years), day: null, dateConfidence: 0, source: null,
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
});
