// The pipeline records a failing annotator as a message instead of losing the other layers; on real
// articles no annotator may fail, so a thrown error cannot hide behind that safety net.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseDocument } from '../../src/analyse/index.js';
import { extract, sniffFormat } from '../../src/extract/index.js';
import { ROOT } from '../support/cli.js';

const folders = ['test/fixtures/seed', 'test/fixtures/generalisation', 'test/fixtures/generalisation2', 'test/fixtures/generalisation3', 'test/fixtures/quotes', 'test/fixtures/entities'];
const files = folders.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, d, f)));

describe('annotators on real articles', () => {
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s: no annotator fails', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const article = { id: 'x', source: { fetchedAt: '2026-11-26T00:00:00Z' }, ...extract(text, sniffFormat(text)) };
    const doc = analyseDocument(article, { today: '2026-11-26' });
    expect(doc.messages.filter((m) => m.reason.startsWith('annotator failed'))).toEqual([]);
  });
});
