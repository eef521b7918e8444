// Claim rules: "the fund" / "the bank" refer back to the latest organisation of that kind, and a
// rebuttal that names the claimant's side ("Norwegian waters") answers that claimant.
import { describe, expect, it } from 'vitest';
import { addCollectiveActors } from '../../src/analyse/claims/collectives.js';
import { extractClaims } from '../../src/analyse/claims/index.js';
import { handDoc, nameOf } from '../events/hand-doc.js';

const view = (doc: ReturnType<typeof handDoc>) =>
  extractClaims(doc).map((c) => [nameOf(doc, c.claimant), c.stance, c.disputedBy.map((d) => nameOf(doc, d))]);

describe('claims', () => {
  it('links "the fund" to the IMF, not to a later-named company, and makes its demand a claim', () => {
    const doc = handDoc('Senegal met the IMF in Dakar. Orange said prices would rise. The fund has demanded that Senegal phase out energy subsidies. Sonko rejected the demand.', {
      entities: [{ name: 'Senegal', type: 'place' }, { name: 'IMF', type: 'organization' }, { name: 'Orange', type: 'organization' }, { name: 'Sonko', type: 'person' }],
    });
    addCollectiveActors(doc);
    expect(view(doc)).toContainEqual(['IMF', 'demand', ['Sonko']]);
  });

  it('does not link "the bank" to an organisation of another kind', () => {
    const doc = handDoc('Reuters reported the news. The bank has demanded that rates rise.', { entities: [{ name: 'Reuters', type: 'organization' }] });
    addCollectiveActors(doc);
    expect(doc.entities.find((e) => e.name === 'Reuters')!.mentions).toHaveLength(1);
  });

  it('links "the lender" to a bank or fund that lends, not to a food bank or a charity\'s fund', () => {
    const doc = handDoc('JPMorgan Chase gave $5 million to the Greater Boston Food Bank. The lender denied that the gift was linked to the case.', {
      entities: [{ name: 'JPMorgan Chase', type: 'organization' }, { name: 'Greater Boston Food Bank', type: 'organization' }],
    });
    addCollectiveActors(doc);
    expect(doc.entities.find((e) => e.name === 'Greater Boston Food Bank')!.mentions).toHaveLength(1);
    const lending = handDoc('Bank of America lent the city $40 million. The lender denied that the loan was at risk.', { entities: [{ name: 'Bank of America', type: 'organization' }] });
    addCollectiveActors(lending);
    expect(lending.entities[0]!.mentions).toHaveLength(2);
  });

  it('a denial naming the claimant\'s nationality answers that claimant over a nearer assertion', () => {
    const doc = handDoc('Landau said Washington had no plans to leave, adding that Russia had reopened bases. Norway said a Russian vessel had spent 11 days near Svalbard. Moscow denied that the ship had entered Norwegian waters.', {
      entities: [{ name: 'Landau', type: 'person' }, { name: 'Washington', type: 'place' }, { name: 'Russia', type: 'place' }, { name: 'Norway', type: 'place' }, { name: 'Svalbard', type: 'place' }, { name: 'Moscow', type: 'place' }],
    });
    const claims = view(doc);
    expect(claims).toContainEqual(['Norway', 'assert', ['Moscow']]);
    expect(claims.find((c) => c[0] === 'Landau')?.[2] ?? []).not.toContain('Moscow');
  });
});
