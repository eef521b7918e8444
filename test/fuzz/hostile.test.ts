// Property suite over hostile inputs, on a fixed seed and a small budget so it runs in CI: whatever the
// input, the analysis never crashes (an annotator throwing counts), every offset lies inside the text and
// matches its item's text, and the analysis stays within a fixed size per byte. Timing lives in
// `npm run fuzz` and `npm run bench:hostile`, never here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../support/hostile-inputs.js';
import { analyseHostile, hostileInput, prose, violations, type HostileInput } from '../support/fuzz.js';

const SEED = 20251206;

function check(input: HostileInput): void {
  const outcome = analyseHostile(input);
  expect(outcome.crash, `${input.label} crashed`).toBeNull();
  expect(outcome.failedAnnotators, input.label).toEqual([]);
  if (outcome.analysis) expect(violations(outcome.analysis), input.label).toEqual([]);
  else expect(outcome.refused, input.label).toMatch(/\S/);
}

describe('hostile inputs', () => {
  it.each(Object.keys(PATTERNS))('pattern "%s" at 16 KB: no crash, offsets inside the text, bounded size', (name) => {
    const { text, format } = PATTERNS[name]!(16 * 1024);
    check({ label: name, bytes: Buffer.from(text, 'utf8'), media: format === 'html' ? 'text/html' : 'text/plain' });
  });

  it('generated inputs (fixed seed): no crash, offsets inside the text, bounded size', () => {
    fc.assert(fc.property(hostileInput(6), (input) => { check(input); }), { seed: SEED, numRuns: 60, endOnFailure: true });
  }, 120_000);

  it('caps what one article may produce and says so', () => {
    const outcome = analyseHostile({ label: 'said', bytes: Buffer.from(PATTERNS['X said Y said']!(60 * 1024).text), media: 'text/plain' });
    const a = outcome.analysis!;
    expect(a.quotes.length).toBeGreaterThan(0);
    const quoted = a.quotes.reduce((n, q) => n + q.text.length, 0);
    expect(quoted).toBeLessThanOrEqual(2 * a.article.text.length + 20_000);
    expect(Math.max(...a.quotes.map((q) => q.text.length))).toBeLessThanOrEqual(1300);
  });

  it('keeps roles short in a run of capitalised words (found by the fuzzer: 6 MB of roles from 17 KB)', () => {
    const text = prose('Helen member Rejected'.repeat(800));
    const a = analyseHostile({ label: 'roles', bytes: Buffer.from(text), media: 'text/plain' }).analysis!;
    for (const e of a.entities) {
      expect(e.roles.length).toBeLessThanOrEqual(20);
      for (const r of e.roles) expect(r.split(/\s+/).length).toBeLessThanOrEqual(12);
    }
    expect(JSON.stringify(a.entities).length).toBeLessThan(100_000);
  });
});
