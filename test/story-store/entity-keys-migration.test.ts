// A store whose linked entities were filed under an older linker's keys is filed again when it opens (migration 9 on
// both engines): the linker now files an acronym under its letters, so "UN" no longer shares the key of the "union"
// the European Union was also called, and new articles find the old nodes under the keys they look up.
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../../src/store/index.js';
import { ENGINES } from '../support/engines.js';

const NODES = [
  { id: 'organization:un', name: 'UN', aliases: [], oldKeys: ['n:un', 'a:un'] },
  { id: 'organization:european union', name: 'European Union', aliases: ['EU', 'union'], oldKeys: ['n:erpn un', 'f:eu', 'n:e', 'a:eu', 'n:un'] },
];

/** Takes a migrated store back to schema 8 with two linked entities filed under the old keys. */
async function oldStore(engine: string, db: string): Promise<void> {
  const rows = NODES.flatMap((n) => n.oldKeys.map((k) => [k, n.id]));
  if (engine === 'sqlite') {
    const d = new Database(db);
    const add = d.prepare("INSERT INTO global_entities (id, name, type, aliases, article_count, source_count, state) VALUES (?, ?, 'organization', ?, 1, 1, NULL)");
    for (const n of NODES) add.run(n.id, n.name, JSON.stringify(n.aliases));
    const key = d.prepare('INSERT INTO entity_keys (key, global_id) VALUES (?, ?)');
    for (const [k, id] of rows) key.run(k, id);
    d.exec('PRAGMA user_version = 8');
    d.close();
    return;
  }
  const c = new pg.Client({ connectionString: db });
  await c.connect();
  for (const n of NODES) await c.query("INSERT INTO global_entities (id, name, type, aliases, article_count, source_count, state) VALUES ($1, $2, 'organization', $3, 1, 1, NULL)", [n.id, n.name, JSON.stringify(n.aliases)]);
  for (const [k, id] of rows) await c.query('INSERT INTO entity_keys (key, global_id) VALUES ($1, $2)', [k, id]);
  await c.query('UPDATE storyline_schema SET version = 8');
  await c.end();
}

async function keysOf(engine: string, db: string): Promise<Map<string, string[]>> {
  let rows: Array<{ key: string; global_id: string }>;
  if (engine === 'sqlite') {
    const d = new Database(db, { readonly: true });
    rows = d.prepare('SELECT key, global_id FROM entity_keys ORDER BY key').all() as typeof rows;
    d.close();
  } else {
    const c = new pg.Client({ connectionString: db });
    await c.connect();
    rows = (await c.query('SELECT key, global_id FROM entity_keys ORDER BY key')).rows;
    await c.end();
  }
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.global_id, [...(out.get(r.global_id) ?? []), r.key]);
  return out;
}

describe.each(ENGINES)('the $name store files linked entities again under the linker\'s keys', (engine) => {
  it.skipIf(!engine.available)('when it opens after a change of keys', async () => {
    const db = await engine.fresh();
    await (await openEngine(db)).close();
    await oldStore(engine.name, db);
    await (await openEngine(db)).close();
    const keys = await keysOf(engine.name, db);
    expect(keys.get('organization:un')).toEqual(['a:un', 'x:un']);
    // the European Union keeps its own names' keys, its tail "union" among them, which no acronym shares any more
    expect(keys.get('organization:european union')).toEqual(expect.arrayContaining(['x:eu', 'f:eu', 'n:un', 'x:union']));
    expect(keys.get('organization:european union')).not.toContain('x:un');
  });
});
