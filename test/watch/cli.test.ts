// The feed commands as a user runs them: add, watch once, list health, remove; bad URLs are usage errors.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliAsync } from '../support/cli.js';
import { startSite, type Site } from './site.js';

let dir: string;
let db: string;
let site: Site;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-feeds-cli-'));
  db = join(dir, 'f.db');
  site = await startSite();
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('storyline feeds and watch', () => {
  it('refuses a feed that is not an http(s) URL with a one-line usage error', () => {
    const r = runCli(['feeds', 'add', 'ftp://example.org/feed', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('storyline: ftp://example.org/feed: not an http(s) URL');
  });

  it('watch --once without feeds says what to do', () => {
    const r = runCli(['watch', '--once', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no feeds are watched/);
  });

  it('adds a feed, stores its articles once, and shows its health', async () => {
    const feed = `${site.url}/feed.xml`;
    expect(runCli(['feeds', 'add', feed, '--db', db]).stdout).toBe(`watching: ${feed}\n`);
    expect(runCli(['feeds', 'add', feed, '--db', db]).stdout).toBe(`already watched: ${feed}\n`);
    const r = await runCliAsync(['watch', '--once', '--host-gap', '0', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^stored [0-9a-f]{16} from /gm)).toHaveLength(2);
    const list = JSON.parse(runCli(['feeds', 'list', '--json', '--db', db]).stdout) as Array<{ url: string; items: number; title: string; lastSuccessAt: string | null }>;
    expect(list).toEqual([expect.objectContaining({ url: feed, items: 2, title: 'Local News' })]);
    expect(list[0]!.lastSuccessAt).not.toBeNull();
    expect(runCli(['feeds', 'list', '--db', db]).stdout).toMatch(/Local News · ok · 2 items/);
    expect(runCli(['list', '--db', db]).stdout).toMatch(/2 of 2 articles/);
    expect(runCli(['feeds', 'remove', feed, '--db', db]).code).toBe(0);
    const again = runCli(['feeds', 'remove', feed, '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/not a watched feed/);
  });
});
