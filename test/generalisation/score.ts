// Runs the official seed scorer (test/support/score-seed.mjs) on an analysis against any gold file,
// and reads its per-section "section: passed/total" lines.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/api.js';

const here = dirname(fileURLToPath(import.meta.url));
const SCORER = join(here, '../support/score-seed.mjs');

export interface GoldScore { output: string; sections: Record<string, { passed: number; total: number }> }

export function scoreGold(goldPath: string, analysis: unknown): GoldScore {
  const file = join(mkdtempSync(join(tmpdir(), 'gold-')), 'analysis.json');
  writeFileSync(file, JSON.stringify(analysis));
  let output: string;
  // the scorer exits 1 when any check fails; its report is on stdout either way
  try { output = execFileSync(process.execPath, [SCORER, goldPath, file], { encoding: 'utf8' }); }
  catch (e) { output = String((e as { stdout?: string }).stdout ?? e); }
  const sections: GoldScore['sections'] = {};
  for (const m of output.matchAll(/^(\w+): (\d+)\/(\d+)$/gm)) sections[m[1]!] = { passed: Number(m[2]), total: Number(m[3]) };
  return { output, sections };
}

export type Floors = Record<'segments' | 'entities' | 'quotes' | 'times' | 'quantities' | 'events' | 'claims', number>;

/**
 * One test per article: analyse `fixtures/<folder>/<id>.txt` and require every section to pass at least
 * its floor of checks. Floors are raised when a general fix improves a section, never lowered silently.
 */
export function keepsGoldScores(title: string, folder: string, floors: Record<string, Floors>): void {
  const dir = join(here, '../fixtures', folder);
  describe(title, () => {
    for (const [id, want] of Object.entries(floors)) {
      it(`${id}: every section at or above its floor`, async () => {
        const analysis = await analyzeFile(join(dir, `${id}.txt`), { today: '2026-11-26' });
        const { output, sections } = scoreGold(join(dir, `${id}.gold.json`), analysis);
        for (const [section, floor] of Object.entries(want)) {
          // the scorer's miss lines explain any drop
          expect(sections[section]?.passed ?? -1, `${id} ${section} fell below ${floor}:\n${output}`).toBeGreaterThanOrEqual(floor);
        }
      }, 60_000);
    }
  });
}
