// Generalisation round 2: six more hand-annotated seed-like articles in other regions, beats and page
// layouts (gold written before the system was run on them; see docs/decisions/generalisation.md, "Round 2").
// Floors are "passed checks" reached after the general fixes; raise them when a fix improves a section,
// never lower them silently. On failure the scorer's miss lines say what dropped.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/api.js';
import { scoreGold } from './score.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/generalisation2');
const TODAY = '2026-11-26';

type Floors = Record<'segments' | 'entities' | 'quotes' | 'times' | 'quantities' | 'events' | 'claims', number>;
const FLOORS: Record<string, Floors> = {
  '001': { segments: 21, entities: 18, quotes: 15, times: 5, quantities: 18, events: 4, claims: 2 },
  '002': { segments: 15, entities: 22, quotes: 18, times: 5, quantities: 13, events: 4, claims: 2 },
  '003': { segments: 20, entities: 23, quotes: 18, times: 5, quantities: 14, events: 3, claims: 2 },
  '004': { segments: 14, entities: 25, quotes: 12, times: 6, quantities: 16, events: 4, claims: 3 },
  '005': { segments: 11, entities: 18, quotes: 24, times: 5, quantities: 14, events: 2, claims: 1 },
  '006': { segments: 17, entities: 17, quotes: 15, times: 4, quantities: 14, events: 2, claims: 2 },
};

describe('generalisation round 2 articles keep their gold scores', () => {
  for (const [id, floors] of Object.entries(FLOORS)) {
    it(`${id}: every section at or above its floor`, async () => {
      const analysis = await analyzeFile(join(DIR, `${id}.txt`), { today: TODAY });
      const { output, sections } = scoreGold(join(DIR, `${id}.gold.json`), analysis);
      for (const [section, floor] of Object.entries(floors)) {
        expect(sections[section]?.passed ?? -1, `${id} ${section} fell below ${floor}:\n${output}`).toBeGreaterThanOrEqual(floor);
      }
    }, 60_000);
  }
});
