// Entity rule: a short month form between two name words is part of a name ("Zin Mar Aung").
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/analysis.js';
import { analyseText } from './helpers.js';

const byName = (ents: Entity[], name: string) => ents.find((e) => e.name === name || e.aliases.includes(name));

describe('entity rules', () => {
  it('keeps a name whose middle word looks like a month abbreviation whole', () => {
    const ents = analyseText('Its foreign minister, Khin Mar Cho, said the visit was a mistake. Khin Mar Cho later left for Bangkok.').entities;
    expect(byName(ents, 'Khin Mar Cho')?.type).toBe('person');
    expect(ents.some((e) => e.name === 'Khin')).toBe(false);
  });
  it('still ends a name before a dated month form', () => {
    const ents = analyseText('The report by Reuters on Mar 3 said the talks had failed, and officials in Geneva agreed.').entities;
    expect(ents.some((e) => /Mar/.test(e.name))).toBe(false);
  });
});
