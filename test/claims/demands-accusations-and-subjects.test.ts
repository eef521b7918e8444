// Claim rules, each on a made-up sentence: refusing a demand, pressure as a demand, a reported
// attack by another side as an accusation, a relative clause between subject and verb, an apposition
// before a denial, pronoun subjects, and non-ASCII names before a cue.
import { describe, expect, it } from 'vitest';
import { addCollectiveActors } from '../../src/analyse/claims/collectives.js';
import { extractClaims } from '../../src/analyse/claims/index.js';
import { handDoc, nameOf, type HandEntity } from '../events/hand-doc.js';

const view = (doc: ReturnType<typeof handDoc>) =>
  extractClaims(doc).map((c) => [nameOf(doc, c.claimant), c.stance, c.disputedBy.map((d) => nameOf(doc, d))]);
const cast: HandEntity[] = [
  { name: 'Ramírez', type: 'person' }, { name: 'Peru', type: 'place' }, { name: 'Chile', type: 'place' },
  { name: 'Lima', type: 'place' }, { name: 'Santiago', type: 'place' }, { name: 'Soto', type: 'person' },
];

describe('claims', () => {
  it('reads "dismissed the demand" after a non-ASCII name as a rejection of that demand', () => {
    const doc = handDoc('Soto called on Peru to release the fishermen. Ramírez dismissed the demand.', { entities: cast });
    expect(view(doc)).toEqual([['Soto', 'demand', ['Ramírez']], ['Ramírez', 'reject', []]]);
  });

  it('reads "is pressing X to" as a demand that a rejection answers', () => {
    const doc = handDoc('Santiago is pressing Lima to reopen the border crossing. Ramírez rejected the demand.', { entities: cast });
    expect(view(doc)[0]).toEqual(['Santiago', 'demand', ['Ramírez']]);
  });

  it('makes a reported breach by another side an accusation that "denied the charge" answers', () => {
    const doc = handDoc("Chile's government said Peruvian patrol boats had violated its waters twice. Lima denied the charge.", { entities: cast });
    addCollectiveActors(doc);
    expect(view(doc)[0]).toEqual(["Chile's government", 'accuse', ['Lima']]);
  });

  it('marks an unqualified group ("the police") generic, and a qualified one ("Chile\'s government") not', () => {
    const doc = handDoc("Chile's government said the boats had left. The police denied it, and the government agreed.", { entities: cast });
    addCollectiveActors(doc);
    const group = (name: string) => doc.entities.find((e) => e.name === name);
    expect(group("Chile's government")?.generic).toBeUndefined();
    expect(group("Chile's government")?.mentions).toHaveLength(2);
    expect(group('police')?.generic).toBe(true);
  });

  it('marks a found organisation named by a head noun alone generic ("The Government said")', () => {
    const gov: HandEntity[] = [...cast, { name: 'Government', type: 'organization' }, { name: 'Federal Government', type: 'organization' }];
    const doc = handDoc('The Government said the boats had left. The Federal Government agreed with Peru.', { entities: gov });
    addCollectiveActors(doc);
    expect(doc.entities.filter((e) => /Government$/.test(e.name)).map((e) => e.generic)).toEqual([true, true]);
    expect(doc.entities.find((e) => e.name === 'Peru')?.generic).toBeUndefined();
  });

  it('gives a verb after a relative clause to the antecedent, not to a place inside the clause', () => {
    const doc = handDoc('Peru, which claims the waters off Santiago, has demanded the release of the crew, which Chile has refused.', { entities: cast });
    expect(view(doc)).toContainEqual(['Peru', 'demand', ['Chile']]);
  });

  it('credits "a charge the minister, X, denied" to X, and "where they said" to the accuser', () => {
    const doc = handDoc('Peru accused Chile of hiding the catch figures in Lima, where they said the records were kept, a charge the minister, Soto, denied.', { entities: cast });
    expect(view(doc)).toContainEqual(['Peru', 'accuse', ['Soto']]);
  });
});
