// The README's main command: ingest the bundled demo corpus, serve the dashboard, print its address.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../support/cli.js';
import { SEED_TEXT } from '../support/seed.js';

describe('storyline demo', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'storyline-demo-')), 'demo.db');

  it('ingests every demo article (in a pool of two worker threads) and reports what it found', () => {
    const r = runCli(['demo', '--no-serve', '--db', db], { env: { STORYLINE_WORKERS: '2' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/201 analysed, 0 already stored, 0 failed/);
    const m = /store: (\d+) articles, (\d+) people, (\d+) organisations, (\d+) places, (\d+) quotes, (\d+) dates/.exec(r.stdout);
    expect(m).not.toBeNull();
    const [, articles, people, , places, quotes, dates] = m!.map(Number);
    expect(articles).toBe(201);
    expect(people).toBeGreaterThan(200);
    expect(places).toBeGreaterThan(100);
    expect(quotes).toBeGreaterThan(500);
    expect(dates).toBeGreaterThan(500);
  });

  it('a worker-pool analysis equals the inline analysis of the same file', () => {
    const inline = JSON.parse(runCli(['analyze', SEED_TEXT, '--json']).stdout);
    const stored = JSON.parse(runCli(['show', inline.article.id, '--json', '--db', db]).stdout);
    const strip = (a: { article: { source: unknown } }) => ({ ...a, article: { ...a.article, source: null } });
    expect(strip(stored)).toEqual(strip(inline));
  });

  it('running it again stores nothing twice, then serves the dashboard and prints its address', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/storyline.js'), 'demo', '--db', db, '--port', '0']);
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 60_000);
      child.stdout.on('data', (d) => {
        out += d;
        const m = /Storyline dashboard: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) { clearTimeout(timer); resolve(m[1]!); }
      });
    });
    try {
      expect(out).toMatch(/0 analysed, 201 already stored/);
      const home = await fetch(url);
      expect(home.status).toBe(200);
      expect(await home.text()).toMatch(/Storyline/);
      const stats = await (await fetch(`${url}api/stats`)).json() as { articles: number };
      expect(stats.articles).toBe(201);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
