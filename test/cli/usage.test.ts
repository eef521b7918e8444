// Usage errors a user can act on (never "datatype mismatch"), bounded standard input, and two ingests at once.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeRaw } from '../../src/ingest/decode.js';
import { rawFromBytes } from '../../src/ingest/raw.js';
import { SqliteStore } from '../../src/store/index.js';
import { runCli, runCliAsync } from '../support/cli.js';

let dir: string;
const ARTICLE = 'Ministers met in Brussels on Monday to discuss the budget. The talks, which lasted four hours, ended without an agreement, officials said. Both sides will meet again next week, according to a statement from the council.';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-usage-'));
  writeFileSync(join(dir, 'ok.txt'), ARTICLE);
});

describe('option values are checked', () => {
  it('a non-numeric or impossible --limit / --offset is a usage error', () => {
    const db = join(dir, 'list.db');
    for (const args of [['list', '--limit', 'ten'], ['list', '--limit', '0'], ['list', '--offset', '-1'], ['search', 'x', '--limit', '1e3x'], ['entities', '--limit', 'many']]) {
      const r = runCli([...args, '--db', db]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--(limit|offset) ".*" is not a whole number/);
      expect(r.stderr).not.toMatch(/datatype mismatch|unexpected error/);
    }
  });

  it('an impossible --published date and an unknown --format are refused', () => {
    const p = join(dir, 'ok.txt');
    const date = runCli(['analyze', p, '--published', '2025-02-30']);
    expect(date.code).not.toBe(0);
    expect(date.stderr).toMatch(/"2025-02-30" is not a date/);
    expect(runCli(['analyze', p, '--published', '2024-02-29', '--json']).code).toBe(0);
    const format = runCli(['analyze', p, '--format', 'pdf']);
    expect(format.code).not.toBe(0);
    expect(format.stderr).toMatch(/pdf/);
  });

  it('analyze and schema take --db like every command', () => {
    expect(runCli(['analyze', join(dir, 'ok.txt'), '--db', join(dir, 'x.db'), '--json']).code).toBe(0);
    expect(runCli(['schema', '--db', join(dir, 'x.db')]).code).toBe(0);
  });
});

describe('standard input is bounded', () => {
  it('refuses more than the input limit while reading, and stores nothing', () => {
    const db = join(dir, 'stdin.db');
    const r = runCli(['ingest', '-', '--db', db], { input: Buffer.alloc(21 * 1024 * 1024, 'a') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stdin: too large/);
    const store = new SqliteStore(db);
    expect(store.stats().articles + store.failures().length).toBe(0);
    store.close();
  });
});

describe('transport charsets', () => {
  it('decodes UTF-16 declared by the transport instead of refusing it as binary', () => {
    for (const charset of ['utf-16le', 'utf-16be', 'UTF-16']) {
      const enc = charset === 'utf-16be' ? 'utf-16be' : 'utf-16le';
      const raw = rawFromBytes(iconv.encode(ARTICLE, enc), { url: 'http://x.test/a' }, 'text/plain', charset);
      expect(decodeRaw(raw).text, charset).toBe(ARTICLE);
    }
    expect(() => decodeRaw(rawFromBytes(Buffer.from([0, 1, 2, 3, 0, 0, 255, 7]), { path: 'bin' }, null, 'utf-16le'))).toThrow(/binary/);
  });
});

describe('two ingests into one database at once', () => {
  it('both finish without spurious UNIQUE failures', async () => {
    const folder = join(dir, 'same');
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < 6; i++) writeFileSync(join(folder, `a${i}.txt`), `${ARTICLE} Item ${i} was discussed at length by the ministers.`);
    const db = join(dir, 'both.db');
    const [a, b] = await Promise.all([runCliAsync(['ingest', folder, '--db', db]), runCliAsync(['ingest', folder, '--db', db])]);
    expect(a.stderr + b.stderr).not.toMatch(/UNIQUE constraint/);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    const store = new SqliteStore(db);
    expect(store.stats().articles).toBe(6);
    // Each article placed in exactly one story, though both processes placed what arrived.
    expect(store.db.prepare('SELECT count(*) AS n, count(DISTINCT article_id) AS d FROM story_articles').get()).toEqual({ n: 6, d: 6 });
    store.close();
  });
});
