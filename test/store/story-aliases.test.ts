// Where a merged story went: a chain of merges resolves to the live heir in one read, a live id is never an alias,
// and a rebuild forgets the aliases (its replay's own merges write them again).
import { describe, expect, it } from 'vitest';
import { asStore, SqliteStore } from '../../src/store/index.js';
import { StoryIndexStore } from '../../src/store/story-index.js';

const story = (id: string) => ({ id, title: id, firstDate: '2025-01-01', lastDate: '2025-01-02', articleCount: 1, sourceCount: 1, anchor: id, dossier: {} });

describe('the SQLite store\'s story aliases', () => {
  it('follows a chain of merges to the live story, and a rebuild forgets them', async () => {
    const sqlite = new SqliteStore(':memory:');
    const store = asStore(sqlite);
    try {
      const index = new StoryIndexStore(sqlite.db);
      for (const id of ['a', 'b', 'c']) index.saveStory(story(id));
      index.mergeStories('b', 'a');
      expect(await store.stories.mergedInto('a')).toBe('b');
      index.mergeStories('c', 'b');
      expect(await store.stories.mergedInto('a')).toBe('c');
      expect(await store.stories.mergedInto('b')).toBe('c');
      expect(await store.stories.mergedInto('c')).toBeNull();
      expect(await store.stories.mergedInto('nowhere')).toBeNull();
      await store.stories.rebuild(32, () => undefined as never);
      expect(await store.stories.mergedInto('a')).toBeNull();
    } finally { await store.close(); }
  });
});
