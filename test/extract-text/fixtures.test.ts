// Data-driven checks of the plain-text extractor: every test/fixtures/extract-text/*.txt has a
// *.json expectation (headings, body must/must-not contain, related links, media items).
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src/extract/text/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/extract-text');

interface Expectation {
  title?: string | null;
  published?: string | null;
  language?: string;
  headings: string[];
  body_must_contain: string[];
  body_must_not_contain: string[];
  related: { title: string; section: string | null }[];
  media: { count: number; items?: { caption: string | null; credit: string | null }[] };
  list_items?: number;
  paragraphs?: number;
  dropped?: number;
}

const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

describe('extractPlainText on scraped-text fixtures', () => {
  it('has at least ten fixtures', () => expect(names.length).toBeGreaterThanOrEqual(10));

  for (const name of names) {
    const want = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, '.json')), 'utf8')) as Expectation;
    const a = extractPlainText(readFileSync(join(dir, name), 'utf8'));
    const slice = (b: { start: number; end: number }) => a.text.slice(b.start, b.end);

    describe(name, () => {
      it('keeps the body and drops the boilerplate', () => {
        for (const s of want.body_must_contain) expect(a.text, s).toContain(s);
        for (const s of want.body_must_not_contain) expect(a.text, s).not.toContain(s);
      });
      it('finds the headings', () => {
        expect(a.blocks.filter((b) => b.kind === 'heading').map(slice)).toEqual(want.headings);
      });
      it('finds the related links', () => {
        expect(a.related.map((r) => ({ title: r.title, section: r.section }))).toEqual(want.related);
        if (want.related.length) expect(a.dropped.some((d) => d.kind === 'related')).toBe(true);
      });
      it('finds the media items', () => {
        expect(a.media.length).toBe(want.media.count);
        if (want.media.items) expect(a.media.map((m) => ({ caption: m.caption, credit: m.credit }))).toEqual(want.media.items);
        if (want.media.count) expect(a.dropped.some((d) => d.kind === 'gallery')).toBe(true);
      });
      it('reads the metadata', () => {
        if (want.title !== undefined) expect(a.title).toBe(want.title);
        if (want.published !== undefined) {
          expect(a.published).toBe(want.published);
          expect(a.publishedFrom).toBe(want.published ? 'metadata' : null);
        }
        expect(a.language).toBe(want.language ?? 'en');
      });
      it('types the blocks', () => {
        if (want.list_items !== undefined) expect(a.blocks.filter((b) => b.kind === 'list-item').length).toBe(want.list_items);
        if (want.paragraphs !== undefined) expect(a.blocks.filter((b) => b.kind === 'paragraph').length).toBe(want.paragraphs);
        if (want.dropped !== undefined) expect(a.dropped.length).toBe(want.dropped);
      });
      it('gives block offsets into the text', () => {
        let pos = 0;
        for (const b of a.blocks) {
          expect(b.start).toBeGreaterThanOrEqual(pos);
          expect(slice(b)).toBe(slice(b).trim());
          expect(slice(b).length).toBeGreaterThan(0);
          pos = b.end;
        }
        expect(a.blocks.map(slice).join('\n\n')).toBe(a.text);
      });
    });
  }
});
