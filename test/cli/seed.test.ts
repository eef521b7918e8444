// The acceptance check of the spine and the understanding/stories issues: the seed article, run through
// the real CLI exactly as a user would (no --published), scores 100% on every section of its gold file.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { SEED_TEXT, scoreSeed } from '../support/seed.js';

describe('storyline analyze SEED --json', () => {
  // --today pins the clock so the inferred year stays 2025 whenever the suite runs.
  const r = runCli(['analyze', SEED_TEXT, '--json', '--today', '2026-11-26']);
  const analysis = JSON.parse(r.stdout);

  it.each([
    ['segments'], ['times'], ['entities'], ['quotes'], ['quantities'], ['events'], ['claims'],
  ])('scores 100%% on %s', (section) => {
    const { ok, output } = scoreSeed(analysis, [section]);
    expect(ok, output).toBe(true);
  });

  it('prints a readable summary without --json', () => {
    const human = runCli(['analyze', SEED_TEXT, '--today', '2026-11-26']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/published 2025-12-04 \(inferred\)/);
    expect(human.stdout).toMatch(/Vladimir Putin — /);
    expect(human.stdout).toMatch(/Quotes \(\d+\)/);
  });
});
