// A failed annotator must be visible: the analysis JSON carries the analyser's version and the pipeline's messages,
// and the terminal summary lists what was not analysed, instead of showing an empty layer as if nothing was there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocument, defaultAnnotators, toAnalysis, type Annotator } from '../../src/analyse/index.js';
import { extract, sniffFormat } from '../../src/extract/index.js';
import { formatAnalysis } from '../../src/cli/output.js';

const text = 'Kyiv, 3 March 2025. Ukrainian officials met European envoys in Kyiv on Monday to discuss air defence. '
  + 'The talks lasted four hours, the foreign ministry said in a statement.';
const article = () => ({ id: 'x', source: { fetchedAt: '2025-03-04T00:00:00Z' }, ...extract(text, sniffFormat(text)) });

describe('visible failures', () => {
  it('records the package version that produced the analysis', () => {
    const a = toAnalysis(analyseDocument(article(), { today: '2025-03-04' }));
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(a.analyser?.name).toBe('storyline');
    expect(a.analyser?.version).toBe(pkg.version);
  });

  it('a failing annotator shows in the analysis and in the summary, and the other layers survive', () => {
    const broken: Annotator = { name: 'quantities', reads: ['sentences'], writes: ['quantities'], annotate() { throw new Error('boom'); } };
    const annotators = defaultAnnotators.map((a) => (a.writes.includes('quantities') ? broken : a));
    const a = toAnalysis(analyseDocument(article(), { today: '2025-03-04' }, annotators));
    expect(a.analyser?.messages).toContainEqual(expect.objectContaining({ source: 'quantities', reason: 'annotator failed: boom' }));
    expect(a.entities.length).toBeGreaterThan(0);
    expect(formatAnalysis(a)).toMatch(/Not analysed \(1\)\n {2}quantities: annotator failed: boom/);
  });

  it('a clean analysis lists no failures in the summary', () => {
    const a = toAnalysis(analyseDocument(article(), { today: '2025-03-04' }));
    expect(formatAnalysis(a)).not.toContain('Not analysed');
  });
});
