// Every kind of bad input gets a one-line reason naming it, a non-zero exit, and no stack trace.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { runCli } from '../support/cli.js';

let dir: string;
const ARTICLE = 'Ministers met in Brussels on Monday to discuss the budget. The talks, which lasted four hours, ended without an agreement, officials said. Both sides will meet again next week, according to a statement from the council, which called the meeting useful.';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-bad-'));
});

function expectOneLineError(r: { code: number; stderr: string }, name: string, reason: RegExp) {
  expect(r.code).not.toBe(0);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(name);
  expect(lines[0]).toMatch(reason);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('analyze refuses bad input with a clear reason', () => {
  it('missing path', () => {
    const p = join(dir, 'nope.txt');
    expectOneLineError(runCli(['analyze', p]), p, /no such file/);
  });

  it('a folder given to analyze', () => {
    expectOneLineError(runCli(['analyze', dir]), dir, /folder/);
  });

  it('empty file', () => {
    const p = join(dir, 'empty.txt');
    writeFileSync(p, '');
    expectOneLineError(runCli(['analyze', p]), p, /empty/);
  });

  it('binary file', () => {
    const p = join(dir, 'image.txt');
    writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    expectOneLineError(runCli(['analyze', p]), p, /binary/);
  });

  it('a 50 MB file', () => {
    const p = join(dir, 'huge.txt');
    const fd = openSync(p, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    expectOneLineError(runCli(['analyze', p]), p, /too large/);
  });

  it('a non-article (JSON data)', () => {
    const p = join(dir, 'data.txt');
    writeFileSync(p, JSON.stringify({ rows: [1, 2, 3], name: 'not news' }));
    expectOneLineError(runCli(['analyze', p]), p, /not an article/);
  });

  it('a non-article (a few words)', () => {
    const p = join(dir, 'short.txt');
    writeFileSync(p, 'Home\nAbout us\nContact\n');
    expectOneLineError(runCli(['analyze', p]), p, /not an article|no article text/);
  });

  it('a non-article (a list of links without a sentence)', () => {
    const p = join(dir, 'menu.txt');
    writeFileSync(p, Array.from({ length: 12 }, (_, i) => `Section ${i} news and more links`).join('\n'));
    expectOneLineError(runCli(['analyze', p]), p, /not an article|no article text/);
  });

  it('a non-article (a CSV dump)', () => {
    const p = join(dir, 'rows.txt');
    writeFileSync(p, ['id,name,score', ...Array.from({ length: 10 }, (_, i) => `${i},name ${i},${i * 2}`)].join('\n'));
    expectOneLineError(runCli(['analyze', p]), p, /not an article: delimited data/);
  });

  it('short news is not refused: a one-line brief without a final full stop', () => {
    const p = join(dir, 'brief.txt');
    writeFileSync(p, 'Council approves new budget for schools and roads after four hours of talks in Brussels');
    const r = runCli(['analyze', p, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).article.text).toContain('new budget');
  });

  it('an invalid date option', () => {
    const p = join(dir, 'ok.txt');
    writeFileSync(p, ARTICLE);
    expectOneLineError(runCli(['analyze', p, '--published', 'last tuesday']), p, /not a date/);
  });
});

describe('mis-encoded input is decoded, not mangled', () => {
  it('windows-1252 text (invalid UTF-8) is detected and decoded', () => {
    const p = join(dir, 'cp1252.txt');
    const text = `${ARTICLE} The café’s owner, José Müller, said the “crisis” was over.`;
    writeFileSync(p, iconv.encode(text, 'windows-1252'));
    const r = runCli(['analyze', p, '--json']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.article.text).toContain('José Müller');
    expect(a.article.text).toContain('café’s');
  });

  it('UTF-16 with a byte-order mark', () => {
    const p = join(dir, 'utf16.txt');
    writeFileSync(p, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARTICLE, 'utf-16le')]));
    const r = runCli(['analyze', p, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).article.text).toContain('Brussels');
  });
});

describe('ingest keeps going and reports each failure', () => {
  it('a folder with no articles', () => {
    const empty = join(dir, 'no-articles');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'notes.csv'), 'a,b\n1,2\n');
    const r = runCli(['ingest', empty, '--db', join(dir, 'a.db')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(empty);
    expect(r.stderr).toMatch(/no article files/);
  });

  it('a mixed batch: good articles stored, bad ones named, exit non-zero', () => {
    const batch = join(dir, 'batch');
    mkdirSync(batch, { recursive: true });
    writeFileSync(join(batch, 'good.txt'), ARTICLE);
    writeFileSync(join(batch, 'empty.txt'), '');
    writeFileSync(join(batch, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    const db = join(dir, 'b.db');
    const r = runCli(['ingest', batch, join(dir, 'missing.txt'), '--db', db]);
    expect(r.code).toBe(1);
    const errs = r.stderr.trim().split('\n');
    expect(errs).toHaveLength(3);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(r.stderr).toMatch(/empty\.txt: empty/);
    expect(r.stderr).toMatch(/binary\.txt: binary/);
    expect(r.stdout).toMatch(/1 analysed/);
    const list = runCli(['list', '--db', db, '--json']);
    expect(JSON.parse(list.stdout).total).toBe(1);
  });

  it('stdin with "-"', () => {
    const r = runCli(['analyze', '-', '--json'], { input: ARTICLE });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).article.source.path).toBe('stdin');
  });

  it('an unknown command is a usage error', () => {
    const r = runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });
});
