// Rules: troop moves and war games are military, planned trips are travel, a mood rising is
// no event, and "he told" after a quotation is the quote's speaker.
import { describe, expect, it } from 'vitest';
import { extractEvents, triggerHits } from '../../src/analyse/events/index.js';
import { handDoc, nameOf } from './hand-doc.js';

const typesOf = (s: string) => triggerHits(s).filter((h) => h.type !== 'statement').map((h) => h.type);

describe('event triggers', () => {
  it('tags troop moves, drills and a named exercise as military', () => {
    expect(typesOf('The army moved 1,200 troops closer to the border.')).toEqual(['military']);
    expect(typesOf('The navy held drills off the coast.')).toEqual(['military']);
    expect(typesOf('Nato will begin its Cold Response exercise in Norway.')).toEqual(['military']);
  });

  it('takes troops withdrawing as military, a candidate withdrawing from a race or a state from a treaty not', () => {
    expect(typesOf('Russian forces withdrew from the town on Friday.')).toEqual(['military']);
    expect(typesOf('Three candidates withdrew from the race.')).not.toContain('military');
    expect(typesOf('The United States withdrew from the nuclear treaty.')).not.toContain('military');
    expect(typesOf('She withdrew her candidacy on Monday.')).not.toContain('military');
  });

  it('does not take the verb "to exercise" or "the exercise of" as military', () => {
    expect(typesOf('Russia may exercise its veto.')).toEqual([]);
    expect(typesOf('It was about the exercise of power.')).toEqual([]);
  });

  it('tags a planned trip as travel', () => {
    expect(typesOf('Rasmussen is due to fly to Washington on 12 May.')[0]).toBe('travel');
    expect(typesOf('Koo is scheduled to visit a navy base on Friday.')).toEqual(['travel']);
  });

  it('skips "tensions rose" so the military move in the same sentence is the event', () => {
    expect(typesOf('Tensions rose further on Sunday, when Serbia moved troops to the line.')).toEqual(['military']);
    expect(typesOf('Shares rose 5%.')).toEqual(['other']);
  });
});

describe('statement speaker', () => {
  it('credits "he told" after a quotation to the quote speaker, not a name inside the quote', () => {
    const doc = handDoc('"Nobody in the ELN gave that order," he told The Associated Press.', {
      entities: [{ name: 'ELN', type: 'organization' }, { name: 'Beltrán', type: 'person' }],
    });
    doc.quotes = [{ id: 'q1', text: 'Nobody in the ELN gave that order,', start: 1, end: 35, speaker: 'e2', kind: 'direct', cue: 'told', speakerMention: null } as never];
    const st = extractEvents(doc).find((e) => e.type === 'statement');
    expect(nameOf(doc, st?.participants[0] ?? null)).toBe('Beltrán');
  });

  it('skips names inside a relative clause between the subject and "said"', () => {
    const doc = handDoc('The KFOR mission, which has about 4,500 soldiers in Kosovo, said it had stepped up patrols.', {
      entities: [{ name: 'KFOR', type: 'organization' }, { name: 'Kosovo', type: 'place' }],
    });
    const st = extractEvents(doc).find((e) => e.type === 'statement');
    expect(nameOf(doc, st?.participants[0] ?? null)).toBe('KFOR');
  });
});
