import { describe, expect, it } from 'vitest';
import { claimAnnotator, extractClaims } from '../../src/analyse/claims/index.js';
import { eventAnnotator } from '../../src/analyse/events/index.js';
import { toAnalysis } from '../../src/analyse/index.js';
import { scoreSeed } from '../support/seed.js';
import { handDoc, nameOf } from '../events/hand-doc.js';
import { seedDoc } from '../events/seed-layers.js';

const people = [
  { name: 'Moscow', type: 'place' as const }, { name: 'Kyiv', type: 'place' as const, aliases: ['Kiev'] },
  { name: 'Russia', type: 'place' as const }, { name: 'Pokrovsk', type: 'place' as const },
  { name: 'Putin', type: 'person' as const }, { name: 'Zelensky', type: 'person' as const },
];

describe('claims annotator', () => {
  it('links "rejects the narrative" to the assertion just before it', () => {
    const doc = handDoc('Moscow announced its control of Pokrovsk. Kiev rejects the narrative and accuses Russia of exaggerating.', { entities: people });
    const claims = extractClaims(doc);
    const view = claims.map((c) => [nameOf(doc, c.claimant), c.stance, c.disputedBy.map((d) => nameOf(doc, d))]);
    expect(view).toEqual([['Moscow', 'assert', ['Kyiv']], ['Kyiv', 'reject', []], ['Kyiv', 'accuse', []]]);
    expect(claims[0].text).toBe('Moscow announced its control of Pokrovsk');
    expect(doc.text.slice(claims[0].evidence.start, claims[0].evidence.end)).toBe(claims[0].text);
  });

  it('reads a conditional threat as a demand and keeps the first subject for a coordinated verb', () => {
    const doc = handDoc('Putin said that Moscow will take Pokrovsk if Ukrainian forces do not withdraw. Zelensky has reiterated that Moscow will fail and rejects any withdrawal.', { entities: people });
    const claims = extractClaims(doc);
    expect(claims[0]).toMatchObject({ stance: 'demand' });
    expect(nameOf(doc, claims[0].claimant)).toBe('Putin');
    const reject = claims.find((c) => c.stance === 'reject')!;
    expect(nameOf(doc, reject.claimant)).toBe('Zelensky');
    expect(claims[0].disputedBy.map((d) => nameOf(doc, d))).toEqual(['Zelensky']);
  });

  it('does not link a rejection to an unrelated claim', () => {
    const doc = handDoc('Putin announced new taxes on grain. Zelensky rejects any ceasefire talks.', { entities: people });
    expect(extractClaims(doc).every((c) => c.disputedBy.length === 0)).toBe(true);
  });

  it('passes the seed gold claims', () => {
    const doc = seedDoc();
    eventAnnotator.annotate(doc);
    claimAnnotator.annotate(doc);
    const { output, ok } = scoreSeed(toAnalysis(doc), ['claims']);
    expect(output).toContain('claims: 2/2');
    expect(ok).toBe(true);
  });
});

describe('counter-claim and blame cues', () => {
  const cast = [
    { name: 'Vladimir Putin', type: 'person' as const, aliases: ['Putin'] }, { name: 'Bucha', type: 'place' as const },
    { name: 'Russia', type: 'place' as const }, { name: 'Jake Sullivan', type: 'person' as const, aliases: ['SULLIVAN'] },
  ];

  it('gives a nominal denial ("it was a fake") to the transcript speaker, and a question none', () => {
    const doc = handDoc('Question: Is the Bucha massacre a war crime?\n\nVladimir Putin: Then it turned out that it was a fake, just like the fake in Bucha.', { entities: cast });
    const claims = extractClaims(doc);
    expect(claims.map((c) => [nameOf(doc, c.claimant), c.stance])).toEqual([['Vladimir Putin', 'deny']]);
    expect(claims[0].text).toBe('Then it turned out that it was a fake, just like the fake in Bucha');
    expect(claims[0].about.map((a) => nameOf(doc, a))).toEqual(['Bucha']);
  });

  it('reads blame ("committed war crimes") as the speaker\'s accusation, not the accused\'s claim', () => {
    const doc = handDoc('MR. SULLIVAN: We had already concluded that Russia committed war crimes in Bucha.', { entities: cast });
    const claims = extractClaims(doc);
    expect(claims.map((c) => [nameOf(doc, c.claimant), c.stance])).toEqual([['Jake Sullivan', 'accuse']]);
    expect(claims[0].about.map((a) => nameOf(doc, a))).toEqual(['Russia', 'Bucha']);
    expect(claims[0].text).toBe('We had already concluded that Russia committed war crimes in Bucha');
  });

  it('keeps one claim for repeated nominal cues of one stance in a sentence', () => {
    const doc = handDoc('Putin said they were staging this provocation and fake in Bucha.', { entities: cast });
    const denials = extractClaims(doc).filter((c) => c.stance === 'deny');
    expect(denials.map((c) => nameOf(doc, c.claimant))).toEqual(['Vladimir Putin']);
  });
});
