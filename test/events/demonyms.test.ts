// Events whose sides are named only by nationality words, and walk-outs read as meetings.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/analyse/events/index.js';
import { handDoc, nameOf } from './hand-doc.js';

describe('nationality words as participants', () => {
  it('reads "Pakistani and Afghan forces exchanged heavy fire" as a clash of the two countries', () => {
    const doc = handDoc('Pakistan recalled its envoy from Kabul. Pakistani and Afghan forces exchanged heavy fire on Sunday.', {
      entities: [{ name: 'Pakistan', type: 'place' }, { name: 'Kabul', type: 'place' }],
      times: [{ text: 'Sunday', value: '2026-10-11' }],
    });
    const clash = extractEvents(doc).find((e) => e.type === 'military');
    expect(clash?.date).toBe('2026-10-11');
    // no "Afghanistan" entity: its capital, named in the article, stands for it
    expect(clash?.participants.map((p) => nameOf(doc, p))).toEqual(['Pakistan', 'Kabul']);
  });

  it('does not read a name that opens with a demonym as the country', () => {
    const doc = handDoc('Pakistan recalled its envoy. Pakistani Taliban fighters attacked a post.', {
      entities: [{ name: 'Pakistan', type: 'place' }, { name: 'Pakistani Taliban', type: 'organization' }],
    });
    const attack = extractEvents(doc).find((e) => e.type === 'military');
    expect(attack?.participants.map((p) => nameOf(doc, p))).toEqual(['Pakistani Taliban']);
  });
});

describe('walk-outs', () => {
  it('reads a walk-out of a meeting as the meeting, with the side named by its demonym', () => {
    const doc = handDoc('Brazil chairs the conference. Small island states walked out of a closed-door meeting with the Brazilian presidency on Wednesday.', {
      entities: [{ name: 'Brazil', type: 'place' }],
      times: [{ text: 'Wednesday', value: '2026-11-18' }],
    });
    const evs = extractEvents(doc).filter((e) => doc.text.slice(e.evidence.start, e.evidence.end).startsWith('Small'));
    expect(evs.map((e) => [e.type, e.date, e.participants.map((p) => nameOf(doc, p))])).toEqual([['meeting', '2026-11-18', ['Brazil']]]);
  });
});
