// Entity rules (own sentences): a person apposed to a long role naming an organisation, "and" inside an
// agency name, and place cues ("the capital X", "the islands of X and Y", spacing variants, disputed regions).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/analysis.js';
import { analyseText } from './helpers.js';

const byName = (ents: Entity[], name: string) => ents.find((e) => e.name === name || e.aliases.includes(name));

describe('entity rules', () => {
  it('types the name after "The <Title> of the <Org> (ACR)," as a person with that role', () => {
    const ents = analyseText('The Chairman of the Ghana Cocoa Growers Board (GCGB), Kofi Asante, told reporters the price would rise.').entities;
    expect(byName(ents, 'Kofi Asante')?.type).toBe('person');
    expect(byName(ents, 'Kofi Asante')?.roles.join(' ')).toMatch(/chairman/i);
  });
  it('keeps "and" inside an agency name but not between two full names', () => {
    const ents = analyseText('The figures were published by the Food and Drug Administration on Tuesday, officials said.').entities;
    expect(byName(ents, 'Food and Drug Administration')?.type).toBe('organization');
    const two = analyseText('Members of the Teachers Union and Nurses Federation marched in Accra.').entities;
    expect(two.some((e) => /Union and/.test(e.name))).toBe(false);
  });
  it('reads a place before a hyphened newspaper word as the newspaper\'s name ("Las Vegas Review-Journal")', () => {
    const a = analyseText('The Las Vegas Review-Journal reported the possibility of the caucuses being Nevada\'s last, saying the state could switch.');
    expect(byName(a.entities, 'Las Vegas Review-Journal')?.type).toBe('organization');
    expect(a.entities.some((e) => e.name === 'Las Vegas')).toBe(false);
    expect(byName(analyseText('Snow fell in Las Vegas Tuesday-Wednesday, officials said.').entities, 'Las Vegas')?.type).toBe('place');
  });
  it('parts a person from the state named after them, and a title\'s "of" complement from the name', () => {
    const a = analyseText('Secretary of State Mike Pompeo met Senator Elizabeth Warren of Massachusetts on Monday, officials said in a long statement.');
    expect(byName(a.entities, 'Mike Pompeo')?.type).toBe('person');
    expect(byName(a.entities, 'Elizabeth Warren')?.type).toBe('person');
    expect(byName(a.entities, 'Massachusetts')?.type).toBe('place');
    expect(a.entities.some((e) => /^State |of Massachusetts$/.test(e.name))).toBe(false);
  });
  it('reads "Vice President of the United States Joe Biden" tagged as one organisation as the person after the title', () => {
    const raw = readFileSync(join(import.meta.dirname, '../../demo/wikinews/2020-04-10_Bernie_Sanders_ends_2020_US_presidential_bid.txt'), 'utf8');
    const ents = analyseText(raw).entities;
    expect(ents.some((e) => e.name === 'United States Joe Biden')).toBe(false);
    expect(byName(ents, 'Joe Biden')?.type).toBe('person');
  });
  it('reads "the mayor of South Bend, Indiana," as the city\'s state, not the person apposed to the role', () => {
    const a = analyseText('Pete Buttigieg, the former mayor of South Bend, Indiana, came in second with 24.4% of the vote on Tuesday.');
    expect(byName(a.entities, 'Indiana')?.type).toBe('place');
    expect(byName(a.entities, 'Pete Buttigieg')?.roles.join(' ')).toMatch(/mayor/);
  });
  it('does not put a name with a digit on the map when the gazetteer does not know it ("died from COVID-19")', () => {
    const a = analyseText('Herman Cain died from COVID-19 on Thursday in Atlanta, his family said in a statement on the website.');
    expect(byName(a.entities, 'COVID-19')?.type ?? 'other').not.toBe('place');
    expect(byName(a.entities, 'Atlanta')?.type).toBe('place');
  });
  it('does not put a day named like a place on the map ("Super Tuesday", "Black Friday")', () => {
    const a = analyseText('Biden won most states on Super Tuesday, and retailers expect record sales on Black Friday in Ohio, officials said.');
    for (const day of ['Super Tuesday', 'Black Friday']) expect(byName(a.entities, day)?.type ?? 'other').not.toBe('place');
    expect(byName(a.entities, 'Ohio')?.type).toBe('place');
  });
  it('keeps a title word that opens an organisation\'s name ("General Motors", "the General Services Administration")', () => {
    const a = analyseText('General Motors said on Monday that sales rose, while the General Services Administration approved the transition, officials said.');
    expect(byName(a.entities, 'General Motors')?.type).toBe('organization');
    expect(byName(a.entities, 'General Services Administration')?.type).toBe('organization');
    expect(a.entities.some((e) => e.name === 'Motors' || e.name === 'Services Administration')).toBe(false);
  });
  it('types an unknown name after "the capital" and after "the islands of" as a place', () => {
    const ents = analyseText('Delegates met in the capital Zorvanka on Monday. Boats reached the islands of Velmos and Chios.').entities;
    expect(byName(ents, 'Zorvanka')?.type).toBe('place');
    expect(byName(ents, 'Velmos')?.type).toBe('place');
  });
  it('finds spacing variants and disputed regions in the gazetteer', () => {
    const ents = analyseText('Talks in Naypyitaw ended. Thousands fled Nagorno-Karabakh and Transnistria was quiet.').entities;
    expect(byName(ents, 'Naypyitaw')?.type).toBe('place');
    expect(byName(ents, 'Nagorno-Karabakh')?.type).toBe('place');
    expect(byName(ents, 'Transnistria')?.type).toBe('place');
  });
});
