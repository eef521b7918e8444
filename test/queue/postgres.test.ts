// The work queue on PostgreSQL from the command line: `ingest --queue` and `worker` on a postgres:// URL, a worker
// killed with SIGKILL mid-run losing nothing (no job lost, no article half-written), the workers placing the articles
// in stories (`stories`, `story` on PostgreSQL), and the commands that once needed SQLite (entities, feeds, saved
// searches) running on PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/store/index.js';
import { ENGINES } from '../support/engines.js';
import { copyDemoArticles } from '../support/demo-inputs.js';
import { runCli, runCliAsync } from '../support/cli.js';
import { killWorkerMidRun } from '../support/worker-kill.js';

const postgres = ENGINES.find((e) => e.name === 'postgres')!;
let dir: string;
let inputs: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-pgqueue-'));
  inputs = copyDemoArticles(join(dir, 'in'), 30, 54);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the work queue on PostgreSQL', () => {
  it.skipIf(!postgres.available)('a worker killed with SIGKILL mid-run loses nothing: the next worker finishes every job, each article once', async () => {
    const db = await postgres.fresh();
    await killWorkerMidRun(db, inputs);
    const after = await openEngine(db);
    try {
      expect((await after.listArticles({ limit: 100 })).total).toBe(24);
      expect((await after.stats()).failed).toBe(0);
      expect((await after.search('said')).total).toBeGreaterThan(0);
      // the workers placed what they analysed in stories: nothing waits for a read to place it
      expect(await after.stories.hasPending()).toBe(false);
      expect((await after.stories.counts()).articles).toBe(24);
    } finally {
      await after.close();
    }
    const list = await runCliAsync(['stories', '--json', '--db', db]);
    expect(list.code).toBe(0);
    const page = JSON.parse(list.stdout) as { total: number; items: Array<{ id: string; title: string; articleCount: number }> };
    expect(page.total).toBeGreaterThan(1);
    const top = page.items[0]!;
    const one = await runCliAsync(['story', top.id.slice(0, 6), '--db', db]);
    expect(one.code).toBe(0);
    expect(one.stdout.split('\n')[0]).toBe(top.title);
    expect(one.stdout).toContain(`${top.articleCount} articles`);
  });

  it.skipIf(!postgres.available)('the commands that once needed SQLite run on PostgreSQL: entities, feeds, saved searches', async () => {
    const db = await postgres.fresh();
    const feeds = await runCliAsync(['feeds', 'add', 'https://news.example/feed.xml', '--db', db]);
    expect(feeds.stdout).toBe('watching: https://news.example/feed.xml\n');
    expect((await runCliAsync(['feeds', 'list', '--db', db])).stdout).toMatch(/^https:\/\/news\.example\/feed\.xml\n[\s\S]*1 feeds\n$/);
    expect((await runCliAsync(['searches', 'add', 'floods', '--words', 'floods', '--db', db])).code).toBe(0);
    expect((await runCliAsync(['searches', 'list', '--db', db])).stdout).toBe('floods: words “floods”\n1 saved searches\n');
    const entities = await runCliAsync(['entities', '--json', '--db', db]);
    expect(entities.code).toBe(0);
    expect(JSON.parse(entities.stdout)).toMatchObject({ total: 0, items: [] });
  });

  it('an unreachable PostgreSQL server is one clear line naming it, without its password', () => {
    const r = runCli(['stats', '--db', 'postgres://nobody:secret@127.0.0.1:1/none']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^storyline: cannot open the PostgreSQL store postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: .*ECONNREFUSED.*\n$/);
  });
});
