// A country is named as the gazetteer names it, whatever form the article used, so that the store links every
// article's mention of it under one key; a part of a country that the gazetteer places as the whole keeps its name.
import { describe, expect, it } from 'vitest';
import { entityKey } from '../../src/store/keys.js';
import { analyseText } from './helpers.js';

const placeKeys = (text: string) => analyseText(text).entities.filter((e) => e.type === 'place').map((e) => entityKey(e));

describe('country names', () => {
  it('gives "U.S.", "US", "USA" and "America" one key, with the written forms as aliases', () => {
    const keys = ['The U.S. said on Monday that talks would resume.', 'The US said on Monday that talks would resume.',
      'Officials in the USA said on Monday that talks would resume.', 'America said on Monday that talks would resume.']
      .map((s) => placeKeys(`Talks resume\n\n${s} Officials in Geneva agreed.`));
    for (const k of keys) expect(k).toContain('place:united states');
    const us = analyseText('Talks resume\n\nThe U.S. said on Monday that talks would resume, and the US team agreed.').entities
      .find((e) => e.name === 'United States');
    expect(us?.aliases).toEqual(expect.arrayContaining(['U.S.']));
    expect(us?.geo?.country).toBe('US');
  });

  it('renames no region named after its country, and no name two countries share', () => {
    const ents = analyseText('Floods\n\nFloods hit Lebanon County, Pennsylvania, on Monday. In Brazzaville, the capital of Congo, '
      + 'officials said Congo would send help.').entities;
    expect(ents.some((e) => e.name === 'Lebanon')).toBe(false);
    expect(ents.find((e) => e.aliases.includes('Congo') || e.name === 'Congo')?.name).toBe('Congo');
    expect(ents.some((e) => e.name === 'Democratic Republic of the Congo')).toBe(false);
  });

  it('writes a dateline\'s capitals as the body writes the place', () => {
    const ents = analyseText('Talks go on\n\nWASHINGTON (AP) — Officials in Washington said on Monday the talks would go on.').entities;
    expect(ents.filter((e) => e.type === 'place').map((e) => e.name)).toContain('Washington');
    expect(ents.some((e) => e.name === 'WASHINGTON')).toBe(false);
  });

  it('keeps "England" apart from the United Kingdom it is placed in', () => {
    const england = analyseText('Cup final\n\nEngland beat Spain in London on Sunday, the coach said.').entities.find((e) => e.aliases.includes('England') || e.name === 'England');
    expect(england?.name).toBe('England');
    expect(england?.geo?.country).toBe('GB');
    expect(placeKeys('Visit\n\nThe minister flew to Britain on Monday and met officials in London.')).toContain('place:united kingdom');
    // whichever comes first, England and the UK stay two places
    const both = placeKeys('Hosts named\n\nThe UK said on Monday that England will host the final in London.');
    expect(both).toEqual(expect.arrayContaining(['place:united kingdom', 'place:england']));
  });
});
