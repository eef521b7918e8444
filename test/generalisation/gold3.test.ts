// Generalisation round 3: five more hand-annotated seed-like articles (Balkans, Arctic, Colombia, an IMF
// bailout, Taiwan Strait) with new page layouts. Gold was written before the system was run on them, and
// no code was changed after the run: these floors ARE the blind scores (docs/decisions/generalisation.md,
// "Round 3"). Raise a floor when a general fix improves a section; never lower one silently. On failure
// the scorer's miss lines say what dropped.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/api.js';
import { scoreGold } from './score.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/generalisation3');
const TODAY = '2026-11-26';

type Floors = Record<'segments' | 'entities' | 'quotes' | 'times' | 'quantities' | 'events' | 'claims', number>;
const FLOORS: Record<string, Floors> = {
  '001': { segments: 17, entities: 19, quotes: 23, times: 4, quantities: 12, events: 2, claims: 3 },
  '002': { segments: 14, entities: 22, quotes: 26, times: 5, quantities: 12, events: 2, claims: 1 },
  '003': { segments: 15, entities: 17, quotes: 22, times: 5, quantities: 17, events: 2, claims: 2 },
  '004': { segments: 14, entities: 16, quotes: 27, times: 6, quantities: 18, events: 3, claims: 1 },
  '005': { segments: 13, entities: 27, quotes: 30, times: 4, quantities: 8, events: 3, claims: 2 },
};

describe('generalisation round 3 articles keep their blind gold scores', () => {
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
