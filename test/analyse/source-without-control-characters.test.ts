// A control character typed into a pattern where "\b" was meant (a raw backspace inside a regular expression matches
// nothing in real text) silently disables the rule: three had crept into the language data and the times rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../src');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.ts$/.test(d.name) ? [join(dir, d.name)] : []));

describe('source text', () => {
  it('holds no control characters but tab and line ends', () => {
    const bad = files(root).filter((f) => /[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });
});
