// Language knowledge has one home (src/lang/<code>/) and the article's language picks it: an article in a language
// with no Lang yet is still split into sentences and dated, and the analysis says which annotators were skipped,
// instead of running English word lists over it.
import { describe, expect, it } from 'vitest';
import { analyseDocument, toAnalysis } from '../../src/analyse/index.js';
import { extract, sniffFormat } from '../../src/extract/index.js';
import { langFor, supportedLanguages } from '../../src/lang/index.js';

const text = 'Moscow, 3 March 2025. Officials from Russia met envoys from Turkey in Moscow on Monday. '
  + 'The talks lasted four hours, the foreign ministry said in a statement.';

function analyse(language: string) {
  const article = { id: 'x', source: { fetchedAt: '2025-03-04T00:00:00Z' }, ...extract(text, sniffFormat(text)), language };
  return toAnalysis(analyseDocument(article, { today: '2025-03-04' }));
}

describe('language data', () => {
  it('finds the Lang for a code with or without a region', () => {
    expect(langFor('en')?.code).toBe('en');
    expect(langFor('en-GB')?.code).toBe('en');
    expect(langFor('ru')).toBeNull();
    expect(langFor(null)).toBeNull();
    expect(supportedLanguages()).toContain('en');
  });

  it('one speech-verb table serves every inflection', () => {
    const forms = langFor('en')!.speech.CUE_FORMS;
    expect(forms.get('said')).toBe('say');
    expect(forms.get('denies')).toBe('deny');
    expect(forms.get('testified')).toBe('testify');
  });

  it('an English article runs every annotator', () => {
    const a = analyse('en');
    expect(a.entities.length).toBeGreaterThan(0);
    expect(a.analyser?.messages.some((m) => m.source === 'pipeline')).toBe(false);
  });

  it('an article in a language without a Lang keeps sentences and times and says what was skipped', () => {
    const a = analyse('ko');
    expect(a.entities).toEqual([]);
    expect(a.quotes).toEqual([]);
    expect(a.times.length).toBeGreaterThan(0);
    const skipped = a.analyser?.messages.find((m) => m.source === 'pipeline')?.reason ?? '';
    expect(skipped).toMatch(/^skipped .*entities.*: no language data for "ko"/);
    expect(skipped).toContain('quotes');
  });
});
