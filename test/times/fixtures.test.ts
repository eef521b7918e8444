// Hand-written articles with the time values a reader would give them (test/fixtures/times/*.expected.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/api.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/times');

interface Expected {
  today: string;
  published: string | null;
  publishedFrom: string | null;
  times: Array<{ text: string; value: string | null; endValue?: string | null; type?: string; quant?: string }>;
  absent?: string[];
}

describe('times fixtures', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
    const analysis = analyzeText(readFileSync(join(dir, file), 'utf8'), { today: expected.today, format: 'text' });
    const { text } = analysis.article;

    it(`${file}: reference date and its origin`, () => {
      expect(analysis.article.published).toBe(expected.published);
      expect(analysis.article.publishedFrom).toBe(expected.publishedFrom);
    });

    it(`${file}: every time expression with its value and offsets`, () => {
      for (const want of expected.times) {
        const got = analysis.times.find((t) => t.text === want.text && t.value === want.value);
        expect(got, `${want.text} -> ${want.value}; got ${JSON.stringify(analysis.times)}`).toBeDefined();
        expect(text.slice(got!.start, got!.end)).toBe(got!.text);
        if (want.endValue !== undefined) expect(got!.endValue).toBe(want.endValue);
        if (want.type !== undefined) expect(got!.type).toBe(want.type);
        if (want.quant !== undefined) expect(got!.quant).toBe(want.quant);
      }
      for (const words of expected.absent ?? []) expect(analysis.times.some((t) => t.text.includes(words))).toBe(false);
    });
  }
});
