// Quantities in many small sentences, and the seed article's gold figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/analyse/quantities/index.js';
import { analyzeText } from '../../src/api.js';
import { SEED_TEXT, scoreSeed } from '../support/seed.js';

const q = (t: string) => findQuantities(t, 0, t.length);
const one = (t: string) => { const r = q(t); expect(r, JSON.stringify(r)).toHaveLength(1); return r[0]!; };

describe('numbers', () => {
  it.each([
    ['five people were hurt', 5], ['twenty-three soldiers died', 23], ['1.2 million residents fled', 1.2e6],
    ['a 3bn fund', 3e9], ['two hundred and fifty thousand people', 250000], ['5,000 rescuers came', 5000],
  ])('reads %s', (t, v) => { expect(q(t)[0]?.value).toBe(v); });
});

describe('units', () => {
  it.each([
    ['19.2% of Ukrainian territory', 19.2, 'percent', 'Ukrainian territory'],
    ['80 per cent of voters', 80, 'percent', 'voters'],
    ['up to 30 percent', 30, 'percent', null],
    ['5,000 square kilometers of Donetsk remain', 5000, 'km2', 'Donetsk'],
    ['45 km² of forest', 45, 'km2', 'forest'], ['3 sq km', 3, 'km2', null],
    ['a 300 km road', 300, 'km', 'road'], ['ten miles away', 10, 'mile', null],
    ['the five-hour meeting between them', 5, 'hour', 'meeting'], ['a ten-storey building', 10, 'storey', 'building'],
    ['three days of talks', 3, 'day', 'talks'], ['$5 billion in aid', 5e9, 'USD', 'aid'], ['€3bn', 3e9, 'EUR', null],
    ['£40m for schools', 40e6, 'GBP', 'schools'], ['2,000 rubles', 2000, 'RUB', null], ['39 people died', 39, 'people', 'people'],
    ['1,000 rescuers responded', 1000, 'rescuers', 'rescuers responded'],
  ])('%s', (t, value, unit, about) => {
    expect(one(t)).toMatchObject({ value, unit, about });
  });
});

describe('qualifiers and ranges', () => {
  it('keeps the qualifier in text and approximate', () => {
    expect(one('more than 80% of Donetsk')).toMatchObject({ text: 'more than 80%', approximate: 'more than', about: 'Donetsk' });
    expect(one('Nearly 5,000 square kilometers')).toMatchObject({ approximate: 'nearly', value: 5000 });
    expect(one('over 1,000 people')).toMatchObject({ approximate: 'over' });
    expect(one('at least ten survivors')).toMatchObject({ approximate: 'at least', value: 10 });
  });
  it('reads ranges as value and maxValue', () => {
    expect(one('between 36 and 40 people under the rubble')).toMatchObject({ value: 36, maxValue: 40, unit: 'people' });
    expect(one('3-4 days')).toMatchObject({ value: 3, maxValue: 4, unit: 'day' });
    expect(one('from 5 to 10 km')).toMatchObject({ value: 5, maxValue: 10, unit: 'km' });
  });
});

describe('what is not a quantity', () => {
  it.each([
    'On January 4, 2019 it fell.', 'It happened at 6am.', 'at 10:30 p.m. local time', 'issued on Thursday (12/4)',
    'COVID-19 spread', 'photo 1 of 6', 'the 1973 building', 'in the 1990s', 'the 3rd floor', 'one of them left',
  ])('%s', (t) => { expect(q(t)).toEqual([]); });
  it('skips list markers at the start of a block', () => {
    expect(findQuantities('1. First point', 0, 14, 0)).toEqual([]);
  });
});

describe('seed article', () => {
  it('scores every quantity check of the seed gold', () => {
    const a = analyzeText(readFileSync(SEED_TEXT, 'utf8'), { format: 'text', today: '2025-12-05' });
    const r = scoreSeed(a, ['quantities']);
    expect(r.ok, r.output).toBe(true);
  });
  it('gives offsets that slice the text', () => {
    const a = analyzeText(readFileSync(SEED_TEXT, 'utf8'), { format: 'text', today: '2025-12-05' });
    for (const x of a.quantities) expect(a.article.text.slice(x.start, x.end)).toBe(x.text);
  });
});
