// A person named by surname alone in an article ("Trump said …") is read, across the store, as the full name that
// dominates that surname (src/store/surnames.ts): said in the entity index (whose rows and counts stay as stored) and
// on the entity's pages, on both engines. A surname several people share about as often, one named alone more often
// than in full, and a common word tagged as a person stay apart.
import { describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../src/api.js';
import { rawFromBytes } from '../../src/ingest/raw.js';
import { openEngine, type Store } from '../../src/store/index.js';
import { entityDetail } from '../../src/server/queries/entity.js';
import { entityPage } from '../../src/server/views/pages/entity.js';
import { dominantHolder, loneSurname, surnameOf } from '../../src/store/surnames.js';
import { ENGINES } from '../support/engines.js';

const ARTICLES: Array<[string, string]> = [
  ['2025-03-01', 'Donald Trump said on Saturday that the talks would resume in Geneva next week.'],
  ['2025-03-02', 'Donald Trump met the governor of Ohio on Sunday to discuss the steel plant.'],
  ['2025-03-03', 'Donald Trump told reporters on Monday that the tariffs would stay in place.'],
  ['2025-03-04', 'Mary Trump said on Tuesday that her book would be published in the autumn.'],
  ['2025-03-05', 'WASHINGTON — Trump said on Wednesday that the talks would go on without delay.'],
  ['2025-03-06', 'John Smith said on Thursday that the council would vote on the budget.'],
  ['2025-03-07', 'John Smith told the council on Friday that the budget was balanced.'],
  ['2025-03-08', 'Jane Smith said on Saturday that the hospital would open a new ward.'],
  ['2025-03-09', 'Jane Smith told staff on Sunday that the ward would open in May.'],
  ['2025-03-10', 'Smith said on Monday that the plan would fail, according to a statement.'],
];

async function filled(db: string, articles = ARTICLES): Promise<Store> {
  const store = await openEngine(db);
  for (const [i, [published, text]] of articles.entries()) {
    const raw = rawFromBytes(Buffer.from(text), { path: `article-${i}.txt` });
    await store.saveRaw(raw);
    await store.saveAnalysis(analyzeRaw(raw, { published, today: '2025-04-01' }));
  }
  return store;
}

const row = (key: string, articles: number) => ({ key, name: key, type: 'person', articles, mentions: articles, lat: null, lon: null, country: null });

describe('a lone surname', () => {
  it('is read as the full name named at least as often as it and twice as often as any other of that surname', () => {
    expect(dominantHolder(row('person:may', 1), [row('person:theresa may', 3)])).toBeNull(); // a common word
    expect(surnameOf('person:donald j trump')).toBe('trump');
    expect(surnameOf('person:trump')).toBeNull();
    expect(surnameOf('place:new york')).toBeNull();
    expect(loneSurname('person:trump')).toBe('trump');
    expect(loneSurname('person:donald trump')).toBeNull();
    const lone = row('person:trump', 5);
    expect(dominantHolder(lone, [row('person:donald trump', 45), row('person:mary trump', 1)])?.key).toBe('person:donald trump');
    expect(dominantHolder(lone, [row('person:donald trump', 4)])).toBeNull(); // named alone more often than in full
    expect(dominantHolder(row('person:smith', 1), [row('person:john smith', 3), row('person:jane smith', 2)])).toBeNull();
    expect(dominantHolder(row('person:smith', 1), [row('person:john smith', 1)])).toBeNull(); // one article is no evidence
    expect(dominantHolder(lone, [])).toBeNull();
  });
});

describe.each(ENGINES)('the $name store', (engine) => {
  it.skipIf(!engine.available)('reads a lone surname as the full name that dominates it, and keeps shared surnames apart', async () => {
    const store = await filled(await engine.fresh());
    try {
      const all = await store.listEntities({ type: 'person', limit: 50 });
      const people = new Map(all.items.map((e) => [e.key, e]));
      // the index keeps every row and count as stored, and says the reading on both rows
      expect(people.get('person:donald trump')).toMatchObject({ articles: 3, alsoNamed: [{ key: 'person:trump', name: 'Trump', articles: 1 }] });
      expect(people.get('person:trump')).toMatchObject({ articles: 1, readAs: { key: 'person:donald trump', name: 'Donald Trump' } });
      expect(people.get('person:mary trump')).toMatchObject({ articles: 1 });
      expect(people.get('person:mary trump')?.alsoNamed).toBeUndefined();
      expect(all.total).toBe(all.items.length);
      // two Smiths named as often: "Smith" alone is neither
      expect(people.get('person:smith')?.readAs).toBeUndefined();
      expect(people.get('person:john smith')?.alsoNamed).toBeUndefined();
      // a page that holds only one of the two rows says the reading too
      const found = (await store.listEntities({ q: 'Donald' })).items;
      expect(found.map((e) => [e.key, e.articles, e.alsoNamed?.[0]?.key])).toEqual([['person:donald trump', 3, 'person:trump']]);
      // the full name's page lists the lone surname's article too, newest first; the lone key's page only its own
      const rows = await store.entityRows('person:donald trump', 10);
      expect(rows.map((r) => [r.published, r.name])).toEqual([
        ['2025-03-05', 'Trump'], ['2025-03-03', 'Donald Trump'], ['2025-03-02', 'Donald Trump'], ['2025-03-01', 'Donald Trump']]);
      expect((await store.entityRows('person:donald trump', 2)).map((r) => r.published)).toEqual(['2025-03-05', '2025-03-03']);
      expect((await store.entityRows('person:trump', 10)).map((r) => r.published)).toEqual(['2025-03-05']);
      expect((await store.entityRows('person:mary trump', 10)).map((r) => r.name)).toEqual(['Mary Trump']);
      // the lone key's page says whom it is read as; a full name or a shared surname is read as nobody
      expect((await store.fullNameOf('person:trump'))?.key).toBe('person:donald trump');
      expect(await store.fullNameOf('person:smith')).toBeNull();
      expect(await store.fullNameOf('person:donald trump')).toBeNull();
      const page = await entityDetail(store, 'person:trump');
      expect(page?.readAs).toEqual({ key: 'person:donald trump', name: 'Donald Trump' });
      expect(entityPage(page!)).toContain('href="/entities/person%3Adonald%20trump"');
      const full = await entityDetail(store, 'person:donald trump');
      expect(full?.articles.map((a) => a.published)).toEqual(['2025-03-05', '2025-03-03', '2025-03-02', '2025-03-01']);
      expect([full?.name, full?.aliases, full?.readAs]).toEqual(['Donald Trump', ['Trump'], undefined]);
    } finally {
      await store.close();
    }
  });

  it.skipIf(!engine.available)('lists an article that names both spellings once, under the full name\'s own spelling', async () => {
    const store = await filled(await engine.fresh(), [
      ['2025-03-01', 'Recep Tayyip Erdoğan spoke in Ankara on Saturday about the gas pipeline.'],
      ['2025-03-02', 'Recep Tayyip Erdoğan met the Greek prime minister in Ankara on Sunday.'],
      // the accent differs: the article keeps a lone "Erdogan" beside the full name
      ['2025-03-03', 'Recep Tayyip Erdoğan spoke in Ankara on Monday. Later, Erdogan said the talks would go on.'],
      ['2025-03-04', 'ANKARA — Erdogan said on Tuesday that the talks would go on without delay.'],
      ['2025-03-05', 'ANKARA — Erdogan told reporters on Wednesday that the pipeline would be built.'],
    ]);
    try {
      const listed = new Map((await store.listEntities({ type: 'person' })).items.map((e) => [e.key, e]));
      expect(listed.get('person:erdogan')?.readAs?.key).toBe('person:recep tayyip erdogan');
      const rows = await store.entityRows('person:recep tayyip erdogan', 10);
      expect(rows.map((r) => [r.published, r.key])).toEqual([['2025-03-05', 'person:erdogan'], ['2025-03-04', 'person:erdogan'],
        ['2025-03-03', 'person:recep tayyip erdogan'], ['2025-03-02', 'person:recep tayyip erdogan'], ['2025-03-01', 'person:recep tayyip erdogan']]);
      const full = await entityDetail(store, 'person:recep tayyip erdogan');
      // as many lone rows as full ones, the newest lone: the key's own spelling still names the page
      expect([full?.name, full?.articles.length]).toEqual(['Recep Tayyip Erdoğan', 5]);
      expect(full?.aliases).toContain('Erdogan');
    } finally {
      await store.close();
    }
  });
});
