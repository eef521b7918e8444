// Stories that stop chaining and undated articles placed by an estimated date: the span cap ends a story
// whose members each arrive within the window of the last, and an undated article takes a date from its
// URL or a title date line (less sure than a published date), never from dates its sentences recall.
import { describe, expect, it } from 'vitest';
import { StoryClusterer } from '../../src/story/index.js';
import { dateLine, placementDate, urlDate } from '../../src/story/dates.js';
import { LEARNED, emptyProfile, joinProfile, joins, overSpan, type ArticleView, type LinkerWeights } from '../../src/story/linker.js';

const view = (day: number | null): ArticleView => ({
  all: new Map(), title: new Map(), lead: new Map(), body: new Map(), words: new Map(), entities: new Map(),
  eventTypes: new Set(), participants: new Set(), years: new Set(), names: new Map(), day, dateConfidence: day === null ? 0 : 1, source: null,
});

describe('span cap', () => {
  const story = emptyProfile();
  joinProfile(story, view(100));
  joinProfile(story, view(108));
  const capped: LinkerWeights = { features: [], weights: [], newStory: 0.2, maxSpanDays: 14 };

  it('refuses a join that would stretch the story beyond the cap, in either direction, and nothing else', () => {
    expect(overSpan(capped, view(114), story)).toBe(false);
    expect(overSpan(capped, view(115), story)).toBe(true);
    expect(overSpan(capped, view(93), story)).toBe(true);
    expect(overSpan(capped, view(null), story)).toBe(false);
    expect(overSpan({ ...capped, maxSpanDays: undefined }, view(400), story)).toBe(false);
    expect(joins(capped, view(110), story, 0.9, 1)).toBe(true);
    expect(joins(capped, view(118), story, 0.9, 1)).toBe(false);
  });

  it('ends a chain of one ministry\'s near-identical daily statements at the cap and starts a new story', () => {
    const text = (i: number) => `The ministry of harbours in Valdoria issued its daily statement on the Kessel strait blockade, number ${i}. ` +
      'Valdoria says the Kessel strait stays closed to tankers while the harbour talks continue, the ministry said in its statement.';
    const run = (linker: LinkerWeights) => {
      const c = new StoryClusterer({ linker, windowDays: 10 });
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) {
        const date = new Date(Date.UTC(2022, 1, 1 + 5 * i)).toISOString().slice(0, 10);
        // one site: a far merge (merge.ts) never joins one site's statements across months, so the cap alone decides
        ids.push(c.add({ id: `a${i}`, date, title: 'Daily statement on the Kessel strait blockade', text: text(i), entities: [], source: 'harbours.example' }));
      }
      return ids;
    };
    const open = run({ ...LEARNED, maxSpanDays: undefined });
    expect(new Set(open).size).toBe(1); // every statement is 5 days after the last: one story of 55 days
    const capped = run({ ...LEARNED, maxSpanDays: 21 });
    expect(capped[0]).toBe(capped[4]); // days 0..20
    expect(capped[5]).not.toBe(capped[4]); // day 25 would stretch it to 25 days
    expect(new Set(capped).size).toBe(3);
  });
});

describe('date estimate for undated articles', () => {
  it('reads a date from a URL path in the common layouts, and only a valid one', () => {
    expect(urlDate('http://www.itv.com/news/westcountry/story/2013-07-21/wellington-supermarket-fire/')).toBe('2013-07-21');
    expect(urlDate('https://example.org/2009/03/04/obama-species')).toBe('2009-03-04');
    expect(urlDate('https://example.org/news/20121120-arson')).toBe('2012-11-20');
    expect(urlDate('https://example.org/2013-13-45/x')).toBeNull();
    expect(urlDate('http://sports.yahoo.com/mlb/news?slug=ge-teixeiraredsoxmeet121808')).toBeNull();
    expect(urlDate(null)).toBeNull();
  });

  it('reads a date line in a title or first line, with a misspelt or capitalised month', () => {
    expect(dateLine('Novemer 27, 2005')).toBe('2005-11-27');
    expect(dateLine('End of Watch: Friday, June 24, 2005')).toBe('2005-06-24');
    expect(dateLine('Article posted on 08.07. 2012')).toBe('2012-07-08');
    expect(dateLine('Published: 2012. 08.08 09:01 AM')).toBe('2012-08-08');
    expect(dateLine('DA SAYSSEPTEMBER 19, 2013')).toBe('2013-09-19');
    expect(dateLine('Four men rammed a store, the latest since the December 8, 2008 raid.')).toBeNull();
    expect(dateLine('Ellen DeGeneres to host Oscars in 2014')).toBeNull();
    expect(dateLine('WASHINGTON-April 27 -')).toBeNull();
  });

  it('keeps a published date, estimates an undated one less surely, and ignores dates the sentences recall', () => {
    const base = { title: 'Paris thieves nab jewellery', text: 'Four men rammed a store, the latest since the December 8, 2008 raid.', source: {} };
    expect(placementDate({ ...base, published: '2013-09-09T10:00:00Z', publishedFrom: 'metadata' })).toEqual({ date: '2013-09-09', confidence: 1, from: 'metadata' });
    const fromUrl = placementDate({ ...base, published: null, source: { url: 'http://news.example/2013/09/09/heist' } });
    expect(fromUrl.date).toBe('2013-09-09');
    expect(fromUrl.confidence).toBeGreaterThan(0.4);
    expect(fromUrl.confidence).toBeLessThan(0.8);
    expect(placementDate({ ...base, published: null })).toEqual({ date: null, confidence: 0, from: null });
  });
});
