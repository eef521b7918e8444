// Runs the seed scorer (a copy of shared/tools/score-seed.mjs) on an analysis, for tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SEED_TEXT = join(here, '../fixtures/seed/000_2e30fbbdf18c2851.txt');
export const SEED_GOLD = join(here, '../fixtures/seed/000_2e30fbbdf18c2851.gold.json');

/** Returns the scorer's output and whether every check of the sections passed. */
export function scoreSeed(analysis: unknown, sections: string[]): { output: string; ok: boolean } {
  const dir = mkdtempSync(join(tmpdir(), 'seed-'));
  const file = join(dir, 'analysis.json');
  writeFileSync(file, JSON.stringify(analysis));
  try {
    const output = execFileSync(process.execPath, [join(here, 'score-seed.mjs'), SEED_GOLD, file, '--sections', sections.join(',')], { encoding: 'utf8' });
    return { output, ok: true };
  } catch (e) {
    return { output: String((e as { stdout?: string }).stdout ?? e), ok: false };
  }
}
