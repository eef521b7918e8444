// The JSON Schema of the analysis, derived from the TypeBox definitions (never written by hand),
// and a validator for it.
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Analysis } from './analysis.js';

export function analysisJsonSchema(): Record<string, unknown> {
  // TypeBox schemas are JSON Schema already; a JSON round trip drops its internal symbols.
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...JSON.parse(JSON.stringify(Analysis)) };
}

const checker = TypeCompiler.Compile(Analysis);

/** Schema errors of a value claimed to be an analysis (empty when valid). */
export function validateAnalysis(value: unknown): string[] {
  return [...checker.Errors(value)].slice(0, 20).map((e) => `${e.path || '/'}: ${e.message}`);
}
