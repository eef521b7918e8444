// The seed gold's entity section must score 100%; plus the documented lookup helpers and gazetteer variants.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityAt, resolveDescription } from '../../src/analyse/entities/lookup.js';
import { lookupPlace } from '../../src/analyse/shared/places.js';
import { scoreSeed } from '../support/seed.js';
import { analyseText } from './helpers.js';

const seed = readFileSync(join(import.meta.dirname, '../fixtures/seed/000_2e30fbbdf18c2851.txt'), 'utf8');

describe('entities on the seed article', () => {
  const doc = analyseText(seed);
  it('scores 100% on the seed gold entities', () => {
    const analysis = { article: doc.article, entities: doc.entities, quotes: [], times: [], quantities: [], events: [], claims: [] };
    const r = scoreSeed(analysis, ['entities']);
    expect(r.ok, r.output).toBe(true);
  });
  it('resolves "the Russian advisor" to Yuri Ushakov and finds entities by offset', () => {
    const at = doc.text.indexOf('the Russian advisor') + 4;
    expect(resolveDescription(doc, { start: at, end: at + 15 })?.name).toBe('Yuri Ushakov');
    expect(entityAt(doc, doc.text.indexOf('Kirill Dmitriev') + 2)?.roles.join()).toMatch(/representative/);
  });
});

describe('gazetteer', () => {
  it('folds spelling variants onto one place with an ISO country', () => {
    expect(lookupPlace('Kiev')?.key).toBe(lookupPlace('Kyiv')?.key);
    expect(lookupPlace('Kharkov')?.geo.country).toBe('UA');
    expect(lookupPlace('Donbass')?.geo.country).toBe('UA');
    expect(lookupPlace('U.S.')?.geo.country).toBe('US');
    expect(lookupPlace('Washington')?.geo.lon).toBeLessThan(-76);
    expect(lookupPlace('Putin')).toBeNull();
  });
});
