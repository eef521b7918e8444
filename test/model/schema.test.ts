// The generated JSON Schema is a real schema (checked with Ajv, an independent validator), and the
// analysis of every fixture validates against it, with every offset inside the text.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { analysisJsonSchema } from '../../src/model/schema.js';
import { analyzeText } from '../../src/api.js';
import type { Analysis } from '../../src/model/analysis.js';
import { ROOT } from '../support/cli.js';
import { runCli } from '../support/cli.js';

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, ext));
    else if (ext.test(name) && !/^(README|ATTRIBUTION)/i.test(name)) out.push(p);
  }
  return out;
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(analysisJsonSchema());

function spansOf(a: Analysis): Array<{ start: number; end: number; what: string }> {
  return [
    ...a.article.blocks.map((b) => ({ ...b, what: 'block' })),
    ...a.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, what: `mention of ${e.name}` }))),
    ...a.quotes.map((q) => ({ start: q.start, end: q.end, what: `quote ${q.id}` })),
    ...a.times.map((t) => ({ start: t.start, end: t.end, what: `time ${t.text}` })),
    ...a.quantities.map((q) => ({ start: q.start, end: q.end, what: `quantity ${q.text}` })),
    ...a.events.map((e) => ({ ...e.evidence, what: `event ${e.id}` })),
    ...a.claims.map((c) => ({ ...c.evidence, what: `claim ${c.id}` })),
  ];
}

const fixtures = [
  ...filesUnder(join(ROOT, 'test/fixtures'), /\.(txt|html?)$/),
  ...filesUnder(join(ROOT, 'demo'), /\.txt$/).slice(0, 40),
];

describe('the analysis JSON Schema', () => {
  it('is printed by `storyline schema` and compiles in Ajv', () => {
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed.properties.article.properties.text.type).toBe('string');
    expect(printed).toEqual(analysisJsonSchema());
  });

  it('rejects an analysis that breaks the contract', () => {
    expect(validate({ article: {}, entities: [] })).toBe(false);
  });

  it.each(fixtures.map((f) => [f.slice(ROOT.length + 1), f]))('%s validates, with offsets inside the text', (_name, file) => {
    let analysis: Analysis;
    try {
      analysis = analyzeText(readFileSync(file, 'utf8'), { today: '2026-11-26', path: file });
    } catch (e) {
      // Fixtures built to be refused (bad input) are not analyses.
      expect((e as Error).name).toBe('InputError');
      return;
    }
    const ok = validate(analysis);
    expect(ok ? [] : validate.errors).toEqual([]);
    const text = analysis.article.text;
    for (const s of spansOf(analysis)) {
      expect(s.start, s.what).toBeGreaterThanOrEqual(0);
      expect(s.end, s.what).toBeLessThanOrEqual(text.length);
      expect(s.end, s.what).toBeGreaterThan(s.start);
    }
    for (const q of analysis.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const t of analysis.times) expect(text.slice(t.start, t.end)).toBe(t.text);
    // Every reference to an entity points at an entity of this analysis.
    const ids = new Set(analysis.entities.map((e) => e.id));
    const refs = [
      ...analysis.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])),
      ...analysis.events.flatMap((e) => [...e.participants, ...(e.place ? [e.place] : [])]),
      ...analysis.claims.flatMap((c) => [c.claimant, ...c.about, ...c.disputedBy]),
    ];
    for (const r of refs) expect(ids.has(r), `dangling entity reference ${r}`).toBe(true);
  });
});
