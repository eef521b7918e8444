// Articles in languages with a trained name model but no language data (pt, de, ru, fr): the entity annotator
// finds their names with that model alone, the English rules stay off, and the analysis says what ran and what
// was skipped. Fixtures: test/fixtures/languages (PUD sentences the models never trained on; see ATTRIBUTION.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocument, toAnalysis } from '../../src/analyse/index.js';
import { extract, sniffFormat } from '../../src/extract/index.js';
import { nerModel } from '../../src/analyse/entities/ner/index.js';
import { lookupPlaceIn } from '../../src/analyse/shared/local-places.js';

function analyse(lang: string) {
  const text = readFileSync(`test/fixtures/languages/${lang}.txt`, 'utf8');
  const article = { id: lang, source: { fetchedAt: '2025-03-04T00:00:00Z' }, ...extract(text, sniffFormat(text)), language: lang };
  return toAnalysis(analyseDocument(article, { today: '2025-03-04' }));
}

/** "name:type" for every entity, and every mention's text read back from its offsets. */
function namesOf(a: ReturnType<typeof analyse>) {
  return a.entities.flatMap((e) => e.mentions.map((m) => `${a.article.text.slice(m.start, m.end)}:${e.type}`));
}

const EXPECTED: Record<string, string[]> = {
  pt: ['Rachida Dati:person', 'Nicolas Sarkozy:person', 'Gerry McNeilly:person', 'Facebook:organization', 'Ontário:place'],
  de: ['Mark Zuckerberg:person', 'Margaret Boemer:person', 'Rom:place', 'Texas:place'],
  ru: ['Ларри Вэнс:person', 'SPIEGEL:organization', 'Танзании:place', 'Восточной Африке:place'],
  fr: ['Emmanuel Macron:person', 'Olaf Scholz:person', 'Paris:place', 'Bruxelles:place'],
};

describe('names in languages without language data', () => {
  for (const lang of Object.keys(EXPECTED)) {
    it(`a ${lang} article gets its obvious names from the ${lang} model`, () => {
      expect(nerModel(lang)).not.toBeNull();
      const a = analyse(lang);
      const names = namesOf(a);
      for (const n of EXPECTED[lang]!) expect(names).toContain(n);
      // names are exact substrings at their offsets and never start or end on punctuation
      for (const n of names) expect(n).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}.]:(person|organization|place|other)$/u);
    });
  }

  it('the English rules stay off: no roles, and the message names what ran and what was skipped', () => {
    const a = analyse('fr');
    expect(a.entities.every((e) => e.roles.length === 0)).toBe(true);
    const messages = a.analyser?.messages ?? [];
    const entities = messages.find((m) => m.source === 'entities')?.reason ?? '';
    expect(entities).toMatch(/trained "fr" model only/);
    expect(entities).toMatch(/skipped the English rules: roles, titles, descriptions/);
    const pipeline = messages.find((m) => m.source === 'pipeline')?.reason ?? '';
    expect(pipeline).toMatch(/^skipped .*quotes.*: no language data for "fr"/);
    expect(pipeline).not.toMatch(/entities/);
  });

  it('a place the gazetteer knows is resolved to coordinates, a country also by its name in the language', () => {
    const fr = analyse('fr').entities;
    expect(fr.find((e) => e.name === 'Paris')?.geo?.country).toBe('FR');
    // a country goes by the gazetteer's name, so that articles in every language link to it; the article's word stays
    const germany = fr.find((e) => e.aliases.includes('Allemagne'));
    expect(germany?.geo?.country).toBe('DE');
    expect(germany?.name).toBe('Germany');
    expect(lookupPlaceIn('Alemanha', 'pt')?.geo.country).toBe('DE');
    expect(lookupPlaceIn('Германия', 'ru')?.geo.country).toBe('DE');
    expect(lookupPlaceIn('Vereinigte Staaten', 'de')?.geo.country).toBe('US');
    expect(lookupPlaceIn('Alemanha', 'fr')).toBeNull();
  });

  it('a language with neither language data nor a model still skips entities', () => {
    const text = 'Officials from Russia met envoys from Turkey in Moscow on Monday.';
    const article = { id: 'ko', source: { fetchedAt: '2025-03-04T00:00:00Z' }, ...extract(text, sniffFormat(text)), language: 'ko' };
    const ko = toAnalysis(analyseDocument(article, { today: '2025-03-04' }));
    expect(ko.entities).toEqual([]);
    expect(ko.analyser?.messages.find((m) => m.source === 'pipeline')?.reason).toMatch(/^skipped .*entities/);
  });
});
