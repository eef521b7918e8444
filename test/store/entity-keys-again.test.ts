// One organisation is one entity on the dashboard however an article writes it: dotted initials and well-known
// acronyms are keyed as the name they stand for ("U.S. Senate" = "US Senate", "EU" = "European Union"), and a store
// keyed before that (schema 9) is keyed again when it opens (migration 10 on both engines), its counts moved with its
// rows and a saved search following its entities where most of them went.
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { analyzeRaw } from '../../src/api.js';
import { rawFromBytes } from '../../src/ingest/raw.js';
import { openEngine } from '../../src/store/index.js';
import { entityKey, foldName } from '../../src/store/keys.js';
import { ENGINES } from '../support/engines.js';

const ARTICLES = [
  'EU leaders back new sanctions\n\nBRUSSELS, March 3, 2025 - The EU agreed new sanctions against the shipping companies on Monday, officials said. The sanctions take effect in April. The US Senate is expected to vote on a similar measure next week.\n',
  'European Union widens sanctions\n\nWASHINGTON, March 4, 2025 - The European Union widened its sanctions on Tuesday, a spokesman said. The U.S. Senate voted 60-40 to back a similar package later that day, and the measure now goes to the House.\n',
];

describe('entity keys', () => {
  it('read dotted initials as one word and a listed acronym as its full name', () => {
    expect(entityKey({ name: 'U.S. Senate', type: 'organization' })).toBe(entityKey({ name: 'US Senate', type: 'organization' }));
    expect(entityKey({ name: 'EU', type: 'organization' })).toBe('organization:european union');
    expect(entityKey({ name: 'U.N.', type: 'organization' })).toBe('organization:united nations');
    expect(entityKey({ name: 'Nato', type: 'organization' })).toBe(entityKey({ name: 'NATO', type: 'organization' }));
    // spaced initials are initials too; British and American spellings of an organisation are one
    expect(entityKey({ name: 'U. S. Senate', type: 'organization' })).toBe('organization:us senate');
    expect(entityKey({ name: 'J. R. Smith', type: 'person' })).toBe(entityKey({ name: 'J.R. Smith', type: 'person' }));
    expect(entityKey({ name: 'World Health Organisation', type: 'organization' })).toBe(entityKey({ name: 'WHO', type: 'organization' }));
    // a word is not an acronym, an acronym of two readings is not listed, only an organisation reads one
    expect(entityKey({ name: 'Who', type: 'organization' })).toBe('organization:who');
    expect(entityKey({ name: 'ECB', type: 'organization' })).toBe('organization:ecb');
    expect(entityKey({ name: 'CIA', type: 'person' })).toBe('person:cia');
    expect(entityKey({ name: 'EU', type: 'place' })).toBe('place:eu');
    expect(foldName('São Paulo')).toBe('sao paulo');
  });
});

/** Takes the store back to schema 9, its entities keyed as then (the name folded, nothing else), the counts moved by the triggers. */
async function keyedAsBefore(engine: string, db: string): Promise<void> {
  const oldKey = (r: { type: string; name: string }) => `${r.type}:${r.name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
  const columns = 'article_id, local_id, key, name, type, roles, aliases, mention_count, lat, lon, country';
  if (engine === 'sqlite') {
    const d = new Database(db);
    const rows = d.prepare(`SELECT ${columns} FROM entities`).all() as Array<Record<string, string>>;
    d.transaction(() => {
      for (const r of rows) {
        d.prepare('DELETE FROM entities WHERE article_id = ? AND local_id = ?').run(r.article_id, r.local_id);
        d.prepare(`INSERT INTO entities (${columns}) VALUES (@article_id, @local_id, @key, @name, @type, @roles, @aliases, @mention_count, @lat, @lon, @country)`)
          .run({ ...r, key: oldKey(r as { type: string; name: string }) });
      }
      d.prepare("UPDATE saved_searches SET entity_key = 'organization:eu' WHERE name = 'eu'").run();
      d.prepare("UPDATE saved_searches SET entity_key = 'organization:u s senate' WHERE name = 'senate'").run();
      // two rows named "Eu", whose key stays "organization:eu": most of that key's rows stay, and so does its search
      for (const id of d.prepare('SELECT id FROM articles').pluck().all() as string[]) {
        d.prepare(`INSERT INTO entities (${columns}) VALUES (?, 'x1', 'organization:eu', 'Eu', 'organization', '[]', '[]', 1, NULL, NULL, NULL)`).run(id);
      }
      d.exec('PRAGMA user_version = 9');
    })();
    d.close();
    return;
  }
  const c = new pg.Client({ connectionString: db });
  await c.connect();
  const { rows } = await c.query(`SELECT ${columns} FROM entities`);
  await c.query('BEGIN');
  for (const r of rows) {
    await c.query('DELETE FROM entities WHERE article_id = $1 AND local_id = $2', [r.article_id, r.local_id]);
    await c.query(`INSERT INTO entities (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [r.article_id, r.local_id, oldKey(r), r.name, r.type, r.roles, r.aliases, r.mention_count, r.lat, r.lon, r.country]);
  }
  await c.query("UPDATE saved_searches SET entity_key = 'organization:eu' WHERE name = 'eu'");
  await c.query("UPDATE saved_searches SET entity_key = 'organization:u s senate' WHERE name = 'senate'");
  for (const { id } of (await c.query<{ id: string }>('SELECT id FROM articles')).rows) {
    await c.query(`INSERT INTO entities (${columns}) VALUES ($1, 'x1', 'organization:eu', 'Eu', 'organization', '[]', '[]', 1, NULL, NULL, NULL)`, [id]);
  }
  await c.query('UPDATE storyline_schema SET version = 9');
  await c.query('COMMIT');
  await c.end();
}

describe.each(ENGINES)('the $name store lists one organisation however articles write it', (engine) => {
  it.skipIf(!engine.available)('and keys an older store again when it opens', async () => {
    const db = await engine.fresh();
    let store = await openEngine(db);
    for (const [i, text] of ARTICLES.entries()) {
      const raw = rawFromBytes(Buffer.from(text), { path: `article-${i}.txt` });
      await store.saveRaw(raw);
      await store.saveAnalysis(analyzeRaw(raw));
    }
    for (const [name, entityKey] of [['eu', 'organization:european union'], ['senate', 'organization:us senate']]) {
      await store.searches.add({ name: name!, words: null, entityKey: entityKey!, storyId: null, webhook: null, createdAt: '2025-03-05T00:00:00Z' });
    }
    const listed = async () => new Map((await store.listEntities({ type: 'organization', limit: 50 })).items.map((e) => [e.key, [e.name, e.articles]]));
    const want = new Map([['organization:european union', ['European Union', 2]], ['organization:us senate', ['U.S. Senate', 2]]]);
    expect(await listed()).toEqual(want);
    const stats = await store.stats();
    await store.close();

    await keyedAsBefore(engine.name, db);
    store = await openEngine(db);
    try {
      expect(await listed()).toEqual(new Map([...want, ['organization:eu', ['Eu', 2]]]));
      expect((await store.stats()).organizations).toBe(stats.organizations + 1);
      expect((await store.entityRows('organization:european union', 10)).map((r) => r.name).sort()).toEqual(['EU', 'European Union']);
      expect((await store.searches.get('senate'))?.entityKey).toBe('organization:us senate');
      expect((await store.searches.get('eu'))?.entityKey).toBe('organization:eu');
    } finally {
      await store.close();
    }
  });
});
