// Wire copy's labels are not names of their own: a party-state tag ("Sen. X, R-Texas,") labels the person before
// it, and a dateline's capitals ("ERIE, Pa. (AP) — ") name the place the story was filed from.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/analysis.js';
import { analyseText } from './helpers.js';

const byName = (ents: Entity[], name: string) => ents.find((e) => e.name === name || e.aliases.includes(name));

describe('party-state tags and wire datelines', () => {
  it('never makes a party-state tag an entity, in commas or in brackets', () => {
    const ents = analyseText('The Senate passed the bill on Tuesday. "This is a good day," said Sen. John Cornyn, R-Texas. ' +
      'Rep. Nancy Mace (R-S.C.) told reporters she would vote no. Sen. Mark Kelly, D-Ariz., agreed.').entities;
    expect(ents.filter((e) => /^[RDI]-/.test(e.name)).map((e) => e.name)).toEqual([]);
    expect(byName(ents, 'John Cornyn')?.type).toBe('person');
    expect(byName(ents, 'Mark Kelly')?.type).toBe('person');
  });
  it('keeps a hyphenated name that only looks like a tag', () => {
    const ents = analyseText('Officials in Ras Al-Khaimah said the port reopened. Jean-Pierre Dubois, the harbour master, agreed.').entities;
    expect(byName(ents, 'Jean-Pierre Dubois')?.type).toBe('person');
  });
  it('types the capitals of an opening dateline as the place the gazetteer knows', () => {
    const ents = analyseText('Storm hits Erie\n\nERIE, Pa. (AP) — A storm hit the city on Monday, officials said. Gov. Josh Shapiro declared a disaster.').entities;
    expect(byName(ents, 'ERIE')?.type).toBe('place');
    expect(byName(ents, 'Josh Shapiro')?.type).toBe('person');
  });
  it('leaves a capitalised name that opens a line without a dateline to the recogniser', () => {
    const ents = analyseText('Storm hits city\n\nA storm hit the city on Monday. Erie Johnson, a nurse, said the roads were closed.').entities;
    expect(byName(ents, 'Erie Johnson')?.type).toBe('person');
  });
});
