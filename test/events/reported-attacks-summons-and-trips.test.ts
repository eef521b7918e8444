// Event rules on made-up sentences: attacks told inside an accusation or a report, summons and
// future meetings, trips home, a denial by someone other than the first speaker, model designations.
import { describe, expect, it } from 'vitest';
import { extractEvents, triggerHits } from '../../src/analyse/events/index.js';
import { handDoc, nameOf } from './hand-doc.js';

const typesOf = (s: string) => triggerHits(s).filter((h) => h.type !== 'statement').map((h) => h.type);

describe('event triggers', () => {
  it('finds attacks inside accusations and reports', () => {
    expect(typesOf('The ministry accused rebel forces of firing on a convoy.')).toEqual(['military']);
    expect(typesOf('The group accused the army of bombing a school.')).toEqual(['military']);
    expect(typesOf('Officials said two jets had violated national airspace.')).toEqual(['military']);
    expect(typesOf('A patrol boat fired a water cannon at the trawler.')[0]).toBe('military');
    expect(typesOf('The frigate will join a joint patrol next week.')).toEqual(['military']);
  });

  it('keeps "fired the chief executive" a career event', () => {
    expect(typesOf('The board fired the chief executive on Monday.')).toEqual(['other']);
  });

  it('reads a summons and a planned meeting as meetings, and a trip home as travel', () => {
    expect(typesOf('The ministry summoned the ambassador.')).toEqual(['meeting']);
    expect(typesOf('Both delegations plan to meet again in Oslo.')).toEqual(['meeting']);
    expect(typesOf('She spoke to reporters before flying back to Rome.')).toEqual(['travel']);
  });
});

describe('event participants', () => {
  it('credits a later denial to its own subject, and a nationality before a model name to its country', () => {
    const doc = handDoc('Peru accused Chile of overfishing, a charge the minister, Soto, denied. Chile said Peruvian Mi-17 helicopters had violated its airspace.', {
      entities: [{ name: 'Peru', type: 'place' }, { name: 'Chile', type: 'place' }, { name: 'Soto', type: 'person' }],
    });
    const evs = extractEvents(doc).map((e) => [e.type, e.participants.map((p) => nameOf(doc, p))]);
    expect(evs).toContainEqual(['statement', ['Soto']]);
    expect(evs.find((e) => e[0] === 'military')?.[1]).toContain('Peru');
  });
});
