// The times section carries TimeML TIMEX3 types and attributes: every type validates against the generated
// JSON Schema, an unknown type does not, and older analyses without a type still validate.
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { analysisJsonSchema } from '../../src/model/schema.js';
import { analyzeText } from '../../src/api.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(analysisJsonSchema());
const TEXT = 'Geneva, 4 December 2025. The envoys of both governments met on Tuesday at 9am in the old palace by the lake, '
  + 'and they now meet every week to go through the draft line by line. Talks on the border lasted three years before this round.';

describe('TIMEX3 types in the analysis format', () => {
  const analysis = analyzeText(TEXT, { today: '2026-11-26', format: 'text' });
  const byText = (t: string) => analysis.times.find((x) => x.text === t);

  it('gives each time expression its TIMEX3 type and value', () => {
    expect(byText('4 December 2025')).toMatchObject({ type: 'DATE', value: '2025-12-04' });
    expect(byText('three years')).toMatchObject({ type: 'DURATION', value: 'P3Y' });
    expect(byText('every week')).toMatchObject({ type: 'SET', value: 'P1W', quant: 'EVERY' });
    expect(byText('now')).toMatchObject({ type: 'DATE', value: 'PRESENT_REF' });
    expect(analysis.times.some((t) => t.type === 'TIME' && /T09:00/.test(t.value ?? ''))).toBe(true);
  });

  it('validates against the JSON Schema, and rejects a type TimeML does not have', () => {
    expect(validate(analysis), JSON.stringify(validate.errors)).toBe(true);
    const bad = structuredClone(analysis);
    (bad.times[0] as { type: string }).type = 'PERIOD';
    expect(validate(bad)).toBe(false);
  });

  it('still validates an analysis written before times had a type', () => {
    const old = structuredClone(analysis);
    for (const t of old.times) { delete t.type; delete t.quant; delete t.freq; delete t.mod; }
    expect(validate(old)).toBe(true);
  });
});
