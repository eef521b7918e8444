// The story commands and exports through the built CLI, on a temp database filled by `storyline ingest`.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';

const FIXTURES = join(ROOT, 'test/fixtures/entities');
let dir: string;
let db: string;
let articleIds: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-stories-'));
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).slice(0, 6);
  for (const f of files) copyFileSync(join(FIXTURES, f), join(dir, f));
  // A re-headed copy of the first file: stored, but attached to its original's story as a copy.
  writeFileSync(join(dir, 'copy.txt'), `Reprinted\n\n${readFileSync(join(FIXTURES, files[0]!), 'utf8')}`);
  db = join(dir, 'test.db');
  const r = runCli(['ingest', '--db', db, '--published', '2020-03-01', ...files.map((f) => join(dir, f)), join(dir, 'copy.txt')]);
  expect(r.code, r.stderr).toBe(0);
  articleIds = JSON.parse(runCli(['list', '--db', db, '--json']).stdout).items.map((a: { id: string }) => a.id);
  expect(articleIds).toHaveLength(7);
}, 120_000); // seven analyses in a child process, possibly beside other suites: not a speed assertion

describe('stories and story', () => {
  it('lists stories as JSON and shows one by id prefix, with timeline, ledger and positions', () => {
    const list = runCli(['stories', '--db', db, '--json']);
    expect(list.code, list.stderr).toBe(0);
    const page = JSON.parse(list.stdout);
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.reduce((n: number, s: { articleCount: number }) => n + s.articleCount, 0)).toBe(6); // the copy is not counted
    const id = page.items[0].id as string;
    const one = runCli(['story', id.slice(0, 6), '--db', db, '--json']);
    expect(one.code, one.stderr).toBe(0);
    const story = JSON.parse(one.stdout);
    expect(story.id).toBe(id);
    for (const k of ['timeline', 'ledger', 'positions', 'claims', 'quotesBySpeaker', 'articleList']) expect(Array.isArray(story[k]), k).toBe(true);
    expect(story.articleList.length).toBe(page.items[0].articleCount);
    const text = runCli(['story', id, '--db', db]);
    expect(text.stdout).toContain('Timeline');
    expect(text.stdout).toContain('Claims ledger');
    expect(runCli(['story', 'zzzz', '--db', db]).code).not.toBe(0);
  });

  it('re-clusters on --rebuild and keeps the story ids, so links to stories still resolve', () => {
    const ids = (args: string[]) => (JSON.parse(runCli(['stories', '--db', db, '--json', ...args]).stdout).items as Array<{ id: string }>).map((s) => s.id).sort();
    const before = ids([]);
    const r = runCli(['stories', '--db', db, '--json', '--rebuild']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/rebuilt \d+ stories from 7 articles/);
    expect(ids([])).toEqual(before);
  });
});

describe('export', () => {
  it('json holds every analysis and every story', () => {
    const r = runCli(['export', '--format', 'json', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.analyses.map((a: { article: { id: string } }) => a.article.id).sort()).toEqual([...articleIds].sort());
    expect(out.stories.length).toBe(JSON.parse(runCli(['stories', '--db', db, '--json']).stdout).total);
  });

  it('csv has one row per event, all with the header\'s columns and evidence matching the offsets', () => {
    const out = join(dir, 'events.csv');
    expect(runCli(['export', '--format', 'csv', '--db', db, '--out', out]).code).toBe(0);
    const rows = parse(readFileSync(out, 'utf8')) as string[][];
    const header = rows[0]!;
    const exported = JSON.parse(runCli(['export', '--format', 'json', '--db', db]).stdout);
    const events = exported.analyses.reduce((n: number, a: { events: unknown[] }) => n + a.events.length, 0);
    expect(events).toBeGreaterThan(0);
    expect(rows.length - 1).toBe(events);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const byId = new Map(exported.analyses.map((a: { article: { id: string; text: string } }) => [a.article.id, a.article.text]));
    const [ai, si, ei, vi] = ['article_id', 'start', 'end', 'evidence'].map((c) => header.indexOf(c));
    for (const r of rows.slice(1)) expect((byId.get(r[ai!]!) as string).slice(Number(r[si!]), Number(r[ei!]))).toBe(r[vi!]);
  });

  it('tsv follows the GDELT event columns, one line per event, no tabs inside values', () => {
    const r = runCli(['export', '--format', 'tsv', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(lines[0]!.slice(0, 3)).toEqual(['GLOBALEVENTID', 'SQLDATE', 'Actor1Name']);
    expect(lines.every((l) => l.length === lines[0]!.length)).toBe(true);
    const date = lines[0]!.indexOf('SQLDATE');
    expect(lines.slice(1).every((l) => /^(\d{4}(\d{2}){0,2})?$/.test(l[date]!))).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('jsonld is schema.org with articles, claims with appearances and events', () => {
    const r = runCli(['export', '--format', 'jsonld', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc['@context']).toBe('https://schema.org');
    const types = new Set(doc['@graph'].map((n: { '@type': string }) => n['@type']));
    for (const t of ['NewsArticle', 'Event', 'Person']) expect(types.has(t), t).toBe(true);
    for (const c of doc['@graph'].filter((n: { '@type': string }) => n['@type'] === 'Claim')) expect(c.appearance.isPartOf['@id']).toMatch(/^urn:storyline:article:/);
    expect(runCli(['export', '--format', 'xml', '--db', db]).code).toBe(2);
  });
});
