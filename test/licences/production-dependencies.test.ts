// Storyline is MIT: every package it ships with (the production dependency tree in package-lock.json) must carry a
// permissive licence, so that no copyleft code or data reaches a user. Dev-only packages (benches, the gazetteer
// builder) are not shipped and are not checked. Data we ship ourselves is credited in data/gazetteer/ATTRIBUTION.md
// and MODEL_CARD.md.
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PERMISSIVE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0', 'CC0-1.0', 'Unlicense', 'WTFPL', 'CC-BY-4.0', 'Python-2.0']);

/** An SPDX expression is acceptable when every OR branch list has one permissive choice and every AND part is permissive. */
export function permissive(expr: string): boolean {
  const bare = expr.replace(/[()]/g, ' ').trim();
  return bare.split(/\s+OR\s+/).some((alt) => alt.split(/\s+AND\s+/).every((part) => PERMISSIVE.has(part.trim())));
}

interface LockEntry { license?: string; dev?: boolean; devOptional?: boolean }

describe('licences of production dependencies', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
  const shipped = Object.entries(lock.packages).filter(([path, e]) => path && !e.dev && !e.devOptional);

  it('reads a non-trivial production tree from the lock file', () => {
    expect(shipped.length).toBeGreaterThan(50);
  });

  it('every shipped package has a permissive licence', () => {
    const bad = shipped.filter(([, e]) => !e.license || !permissive(e.license)).map(([p, e]) => `${p}: ${e.license ?? 'no licence'}`);
    expect(bad).toEqual([]);
  });

  it('recognises copyleft and dual-licence expressions', () => {
    expect(permissive('GPL-3.0')).toBe(false);
    expect(permissive('(MIT OR GPL-3.0)')).toBe(true);
    expect(permissive('MIT AND GPL-2.0')).toBe(false);
    expect(permissive('LGPL-2.1-or-later')).toBe(false);
  });

  it('the GPL gazetteer is gone and the shipped place data is credited', () => {
    expect(shipped.some(([p]) => p.endsWith('node_modules/country-state-city'))).toBe(false);
    expect(existsSync('data/gazetteer/ATTRIBUTION.md')).toBe(true);
  });
});
