// A stored story's dossier stays small however many articles the story has: each part keeps what
// matters most (disputed claims, events several sources report, the latest figures) and says how many
// items there were in all.
import { describe, expect, it } from 'vitest';
import { DOSSIER_BOUNDS, assembleDossier, type MemberInputs } from '../../src/story/incremental-dossier.js';

function member(i: number): MemberInputs {
  const articleId = `a${i}`;
  const evidence = { start: 0, end: 10 };
  return {
    ref: { id: articleId, title: `Article ${i}`, published: '2024-05-01' }, source: `site${i % 4}.example`, copy: false,
    names: { 'person:ann lee': 'Ann Lee', 'person:bo chan': 'Bo Chan' },
    events: [
      // One event every member reports (same kind, day and participant: merged), one of its own.
      { articleId, event: { id: 'e1', type: 'meeting', date: '2024-05-01', participants: ['person:ann lee'], place: null, summary: 'Ann Lee met the council.', evidence } as never },
      { articleId, event: { id: 'e2', type: 'statement', date: `2024-0${1 + (i % 4)}-${String(1 + (i % 28)).padStart(2, '0')}`, participants: [`person:p${i}`], place: null, summary: `Statement number ${i}.`, evidence } as never },
    ],
    claims: [{ articleId, date: '2024-05-01', entities: [], claim: { id: 'c1', claimant: 'person:bo chan', stance: 'assert', text: `Claim ${i} about the budget line ${i}`, about: [], disputedBy: i === 7 ? ['person:ann lee'] : [], evidence } as never }],
    quotes: Array.from({ length: 3 }, (_, k) => ({ id: `q${k}`, text: `Quote ${i}.${k}`, kind: 'direct', speaker: 'person:ann lee', speakerName: 'Ann Lee', evidence, articleId, speakerLabel: 'Ann Lee' }) as never),
    figures: Array.from({ length: 5 }, (_, k) => ({ id: `f${k}`, text: `${i * 10 + k} tonnes`, value: i * 10 + k, unit: 't', evidence, articleId }) as never),
    places: [],
  };
}

describe('bounded story dossier', () => {
  const members = Array.from({ length: 200 }, (_, i) => member(i));
  const d = assembleDossier(members);

  it('keeps each part within its bound and counts what there was', () => {
    expect(d.figures).toHaveLength(DOSSIER_BOUNDS.figures);
    expect(d.totals?.figures).toBe(1000);
    expect(d.quotesBySpeaker[0]!.quotes).toHaveLength(DOSSIER_BOUNDS.quotesPerSpeaker);
    expect(d.totals?.quotes).toBe(600);
    expect(d.claims).toHaveLength(DOSSIER_BOUNDS.claims);
    expect(d.totals?.claims).toBe(200);
    expect(d.timeline.length).toBeLessThanOrEqual(DOSSIER_BOUNDS.timeline);
    expect(d.totals!.timeline).toBeGreaterThan(DOSSIER_BOUNDS.timeline);
    for (const e of d.timeline) expect(e.sources.length).toBeLessThanOrEqual(DOSSIER_BOUNDS.sourcesPerEvent);
  });

  it('keeps what matters most: the disputed claim, the event every source reports, the latest figures', () => {
    expect(d.claims[0]!.text).toBe('Claim 7 about the budget line 7');
    const meeting = d.timeline.find((e) => e.type === 'meeting');
    expect(meeting?.sources).toHaveLength(DOSSIER_BOUNDS.sourcesPerEvent);
    expect(d.figures.at(-1)!.text).toBe('1994 tonnes');
    expect(d.figures.some((f) => f.articleId === 'a0')).toBe(false);
  });

  it('leaves a small story whole', () => {
    const small = assembleDossier(members.slice(0, 3));
    expect(small.figures).toHaveLength(15);
    expect(small.claims).toHaveLength(3);
    expect(small.totals?.figures).toBe(15);
  });
});
