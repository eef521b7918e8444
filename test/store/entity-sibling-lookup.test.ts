// The totals triggers ask, for every entity row written or deleted, whether its article has another entity with the
// same key. That question must be answered from the article's own rows: read through an index of the key alone it
// visited every row of the key in the store, so each save cost more as the store grew.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';

describe('the totals triggers look up an entity key within its article', () => {
  it('plan every sibling question of the entity triggers as a search on key and article id together', () => {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'storyline-sibling-')), 'test.db'));
    try {
      const db = store.db;
      const triggers = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entities'").pluck().all() as string[];
      const questions = triggers.flatMap((sql) => sql.match(/SELECT 1 FROM entities s WHERE [^)]*/g) ?? []);
      // the insert trigger asks twice (the count and the totals row), the delete trigger twice
      expect(questions.length).toBe(4);
      for (const q of questions) {
        const plan = db.prepare(`EXPLAIN QUERY PLAN ${q.replace(/\b(?:NEW|OLD)\.(\w+)/g, ':$1')}`)
          .all({ article_id: 'a', key: 'k', rowid: 1 }) as Array<{ detail: string }>;
        expect(plan.map((r) => r.detail).join('; ')).toMatch(/USING (?:COVERING )?INDEX entities_key \(key=\? AND article_id=\?\)/);
      }
    } finally {
      store.close();
    }
  });
});
