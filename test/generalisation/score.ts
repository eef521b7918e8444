// Runs the official seed scorer (test/support/score-seed.mjs) on an analysis against any gold file,
// and reads its per-section "section: passed/total" lines.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
