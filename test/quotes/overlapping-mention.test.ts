// The entity a speaker span lands on: a person before an organisation before a place, then the mention reaching
// furthest, then the first in entity order; read from a sorted mention index that follows mentions added later.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/analysis.js';
import { overlapping } from '../../src/analyse/quotes/by-name.js';
import type { SpeakerContext } from '../../src/analyse/quotes/resolve.js';

const entity = (id: string, type: Entity['type'], spans: Array<[number, number]>): Entity =>
  ({ id, name: id, type, aliases: [], roles: [], mentions: spans.map(([start, end]) => ({ start, end, text: id })) } as unknown as Entity);
const context = (entities: Entity[]): SpeakerContext => ({ text: ' '.repeat(400), masked: ' '.repeat(400), entities, blocks: [], genders: new Map() });

describe('the entity overlapping a speaker span', () => {
  it('prefers a person, then the mention reaching furthest, then the first entity', () => {
    const org = entity('org', 'organization', [[5, 40]]);
    const first = entity('first', 'person', [[10, 20]]);
    const second = entity('second', 'person', [[14, 20]]);
    const place = entity('place', 'place', [[12, 30]]);
    const ctx = context([org, first, second, place]);
    expect(overlapping(ctx, { start: 15, end: 16 })?.id).toBe('first');
    expect(overlapping(ctx, { start: 21, end: 25 })?.id).toBe('org');
    expect(overlapping(ctx, { start: 40, end: 50 })).toBeNull();
    // a long mention far before the span still counts when it reaches into it
    const long = entity('long', 'person', [[0, 300]]);
    expect(overlapping(context([org, long, place]), { start: 250, end: 260 })?.id).toBe('long');
  });

  it('sees a mention added to the entities after an earlier question', () => {
    const a = entity('a', 'organization', [[100, 110]]);
    const entities = [a];
    const ctx = context(entities);
    expect(overlapping(ctx, { start: 200, end: 210 })).toBeNull();
    entities.push(entity('b', 'person', [[195, 205]]));
    expect(overlapping(ctx, { start: 200, end: 210 })?.id).toBe('b');
  });
});
