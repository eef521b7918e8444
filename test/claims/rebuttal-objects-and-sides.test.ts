// Claim rules (docs/decisions/claims.md, "Round 2"): the object noun of a rebuttal picks the
// claim it answers, the accused side's organisation answers for its country, possessive group phrases
// are organisations, and a stance said only inside a direct quote is the speaker's claim.
import { describe, expect, it } from 'vitest';
import { addCollectiveActors } from '../../src/analyse/claims/collectives.js';
import { extractClaims } from '../../src/analyse/claims/index.js';
import { objectStances } from '../../src/analyse/claims/linking.js';
import type { ArticleDoc } from '../../src/analyse/document.js';
import { handDoc, nameOf } from '../events/hand-doc.js';

const view = (doc: ArticleDoc) =>
  extractClaims(doc).map((c) => [nameOf(doc, c.claimant), c.stance, c.disputedBy.map((d) => nameOf(doc, d))]);
const people = (...names: string[]) => names.map((name) => ({ name, type: 'person' as const }));

describe('the object noun of a rebuttal', () => {
  it('maps the noun to the stances it can answer', () => {
    expect(objectStances('the accusation')).toEqual(['accuse']);
    expect(objectStances('the demand for a recount, calling it late')).toEqual(['demand']);
    expect(objectStances('the account')).toEqual(['assert', 'confirm']);
    expect(objectStances('any exemption beyond 2027')).toBeUndefined();
  });

  it('"rejected the accusation" answers the accusation, not the assertion just before it', () => {
    const doc = handDoc('Singh accused the governor of hiding the ledgers. Patel said the ledgers had been moved to a vault in the capital. Mehta rejected the accusation.', {
      entities: people('Singh', 'Patel', 'Mehta'),
    });
    expect(view(doc)).toEqual([['Singh', 'accuse', ['Mehta']], ['Mehta', 'reject', []]]);
  });

  it('"rejected the demand" answers the demand and skips a nearer accusation', () => {
    const doc = handDoc('Vance demanded a recount in 40 seats. Lopez accused the board of tampering with ballots. Ortiz rejected the demand for a recount.', {
      entities: people('Vance', 'Lopez', 'Ortiz'),
    });
    expect(view(doc)).toEqual([['Vance', 'demand', ['Ortiz']], ['Lopez', 'accuse', []], ['Ortiz', 'reject', []]]);
  });
});

describe('sides', () => {
  it("links the accused country's ministry denying in the next sentence", () => {
    const doc = handDoc("Diaz accused Norway of blocking any mention of fossil fuels. Norway's energy ministry denied obstructing the talks.", {
      entities: [...people('Diaz'), { name: 'Norway', type: 'place' }],
    });
    addCollectiveActors(doc);
    expect(view(doc)).toEqual([['Diaz', 'accuse', ["Norway's energy ministry"]], ["Norway's energy ministry", 'deny', []]]);
  });

  it('reads a demonym ministry as the same side ("the Norwegian energy ministry")', () => {
    const doc = handDoc('Diaz accused Norway of blocking any mention of fossil fuels. The Norwegian energy ministry denied obstructing the talks.', {
      entities: [...people('Diaz'), { name: 'Norway', type: 'place' }],
    });
    addCollectiveActors(doc);
    expect(view(doc)[0]).toEqual(['Diaz', 'accuse', ['Norwegian energy ministry']]);
  });
});

describe('possessive group phrases', () => {
  it('makes "India\'s main opposition alliance" one organisation that "the opposition alliance" continues', () => {
    const doc = handDoc("India's main opposition alliance rejected the result. The opposition alliance won 104 seats. The Congress party leader spoke.", {
      entities: [{ name: 'India', type: 'place' }, { name: 'Congress', type: 'organization' }],
    });
    addCollectiveActors(doc);
    const alliance = doc.entities.find((e) => e.name === "India's main opposition alliance");
    expect(alliance?.type).toBe('organization');
    expect(alliance?.mentions.map((m) => doc.text.slice(m.start, m.end))).toEqual(['main opposition alliance', 'opposition alliance']);
    // a head followed by a role noun is a modifier ("the Congress party leader")
    expect(doc.entities.some((e) => /party/.test(e.name))).toBe(false);
    expect(view(doc)[0]?.[0]).toBe("India's main opposition alliance");
  });
});

describe('claims made inside a direct quote', () => {
  // Morimoto's denial names no claim: it answers Yeo's assertion about Tokyo (a Japanese minister answers
  // what is said about Japan) and, through the thread, Yeo's quoted verdict in the next sentence.
  const text = 'Yeo said Seoul had asked for talks with Tokyo. "This is a politically motivated measure," Yeo told a briefing. Japanese minister Morimoto denied the curbs were retaliation. "We are ready to talk," Yeo said.';
  const quoteDoc = () => {
    const doc = handDoc(text, { entities: [...people('Yeo', 'Morimoto'), { name: 'Seoul', type: 'place' }, { name: 'Tokyo', type: 'place' }] });
    const yeo = doc.entities.find((e) => e.name === 'Yeo')!.id;
    for (const [i, q] of ['This is a politically motivated measure,', 'We are ready to talk,'].entries()) {
      const start = doc.text.indexOf(q);
      doc.quotes.push({ id: `q${i + 1}`, text: q, kind: 'direct', speaker: yeo, speakerName: 'Yeo', cue: 'told', start, end: start + q.length });
    }
    return doc;
  };

  it('gives the speaker a claim for a quoted verdict, answered by the next denial', () => {
    const doc = quoteDoc();
    const claims = extractClaims(doc);
    const quoted = claims.find((c) => c.text.startsWith('This is a politically motivated'));
    expect(quoted && [nameOf(doc, quoted.claimant), quoted.stance, quoted.disputedBy.map((d) => nameOf(doc, d))]).toEqual(['Yeo', 'accuse', ['Morimoto']]);
    expect(doc.text.slice(quoted!.evidence.start, quoted!.evidence.end)).toBe(quoted!.text);
  });

  it('makes no claim of a quote without a stance cue', () => {
    expect(extractClaims(quoteDoc()).some((c) => c.text.includes('ready to talk'))).toBe(false);
  });
});
