import { describe, expect, it } from 'vitest';
import { eventAnnotator, extractEvents, triggerHits } from '../../src/analyse/events/index.js';
import { toAnalysis } from '../../src/analyse/index.js';
import { scoreSeed } from '../support/seed.js';
import { handDoc, nameOf } from './hand-doc.js';
import { seedDoc } from './seed-layers.js';

describe('event triggers', () => {
  it('ignores verbs inside quotations', () => {
    const hits = triggerHits('“I said no,” Trump told reporters.');
    expect(hits.map((h) => h.word)).toEqual(['told']);
  });
});

describe('events annotator', () => {
  it('dates a meeting from its own sentence and lists the people between whom it took place', () => {
    const doc = handDoc('The meeting between Putin and Witkoff took place on Tuesday in Moscow.', {
      entities: [{ name: 'Putin', type: 'person' }, { name: 'Witkoff', type: 'person' }, { name: 'Moscow', type: 'place' }],
      times: [{ text: 'Tuesday', value: '2025-12-02' }], published: '2025-12-04',
    });
    const [ev] = extractEvents(doc);
    expect(ev.type).toBe('meeting');
    expect(ev.date).toBe('2025-12-02');
    expect(ev.participants.map((p) => nameOf(doc, p))).toEqual(['Putin', 'Witkoff']);
    expect(nameOf(doc, ev.place)).toBe('Moscow');
    expect(doc.text.slice(ev.evidence.start, ev.evidence.end)).toContain('meeting between');
  });

  it('takes the date of a statement from an anaphoric next sentence, else the reference date', () => {
    const doc = handDoc('Putin said the war will go on. The statement, issued on Thursday, was brief.\n\nZelensky said nothing new.', {
      entities: [{ name: 'Putin', type: 'person' }, { name: 'Zelensky', type: 'person' }],
      times: [{ text: 'Thursday', value: '2025-12-04' }], published: '2025-12-05',
    });
    const evs = extractEvents(doc).filter((e) => e.type === 'statement');
    expect(evs.map((e) => [nameOf(doc, e.participants[0]), e.date])).toEqual([['Putin', '2025-12-04'], ['Zelensky', '2025-12-05']]);
  });

  it('leaves the date null for a past military event with no time and no reference date', () => {
    const doc = handDoc('Russian troops captured Pokrovsk.', { entities: [{ name: 'Pokrovsk', type: 'place' }] });
    const [ev] = extractEvents(doc);
    expect(ev).toMatchObject({ type: 'military', date: null });
  });

  it('passes the seed gold events', () => {
    const doc = seedDoc();
    eventAnnotator.annotate(doc);
    const { output, ok } = scoreSeed(toAnalysis(doc), ['events']);
    expect(output).toContain('events: 4/4');
    expect(ok).toBe(true);
  });
});
