// Entity rules: compound "-led" modifiers, "Chamber of", accented given names, apposed geographic
// nouns, title-case acronyms, an acronym one entity with the name it stands for, and roles after a possessor or with a long complement.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/analysis.js';
import { analyseText } from './helpers.js';
import { recogniseEntities } from '../../src/analyse/entities/index.js';

const byName = (ents: Entity[], name: string) => ents.find((e) => e.name === name || e.aliases.includes(name));

describe('entity rules', () => {
  it('drops a "NATO-led" modifier and keeps "Chamber of Commerce" whole', () => {
    const ents = analyseText('The NATO-led KFOR mission said it had stepped up patrols. Trade has fallen, according to the Kosovo Chamber of Commerce.').entities;
    // The trained recogniser misses the bare acronym "KFOR" (adding every rule-typed acronym cost 0.03 dev F1:
    // docs/decisions/ner.md); the modifier must never become part of a name.
    expect(ents.some((e) => /NATO-led/.test(e.name))).toBe(false);
    const rulesDoc = analyseText('The NATO-led KFOR mission said it had stepped up patrols.');
    expect(recogniseEntities(rulesDoc, { names: 'rules' }).find((e) => e.name === 'KFOR')?.type).toBe('organization');
    expect(byName(ents, 'Kosovo Chamber of Commerce')?.type).toBe('organization');
  });
  it('types an accented given name as a person and reads a role after a possessor', () => {
    const ents = analyseText('Lucía Méndez, the government\'s chief negotiator, said the talks would go on. The rebels\' chief negotiator, Pablo Beltrán, disagreed.').entities;
    expect(byName(ents, 'Lucía Méndez')?.type).toBe('person');
    expect(byName(ents, 'Lucía Méndez')?.roles.join()).toMatch(/negotiator/);
    expect(byName(ents, 'Pablo Beltrán')?.roles.join()).toMatch(/negotiator/);
  });
  it('types a name apposed to "the only crossing" as a place and "Nato" as an organisation', () => {
    const ents = analyseText('Lorries waited at Končulj, the only crossing still open. Russia accused Nato of escalation.').entities;
    expect(byName(ents, 'Končulj')?.type).toBe('place');
    expect(byName(ents, 'Nato')?.type).toBe('organization');
  });
  it('reads "ambassador-at-large" and "head of … at Org" as roles', () => {
    const ents = analyseText('Russia\'s ambassador-at-large for Arctic affairs, Nikolai Korchunov, spoke first. "It is open," said Razia Khan, head of research for Africa at Standard Chartered in London.').entities;
    expect(byName(ents, 'Nikolai Korchunov')?.roles.join()).toMatch(/ambassador/);
    expect(byName(ents, 'Razia Khan')?.roles.join()).toMatch(/^head/);
  });
  it('makes a known acronym one entity with the full name it stands for in the same article', () => {
    const text = 'The EU agreed new sanctions on Monday. Officials of the European Union said the EU would act again. The WHO and the World Health Organization\'s staff disagreed; the UN said nothing.';
    const ents = analyseText(text).entities.filter((e) => e.type === 'organization');
    const eu = ents.filter((e) => e.name === 'European Union' || e.name === 'EU' || e.aliases.includes('EU'));
    expect(eu).toHaveLength(1);
    expect(eu[0]!.mentions.map((m) => text.slice(m.start, m.end)).sort()).toEqual(['EU', 'EU', 'European Union']);
    expect(ents.filter((e) => /WHO|World Health/.test(e.name))).toHaveLength(1);
    // an acronym whose full name the article never writes stays as written
    expect(byName(ents, 'UN')?.name).toBe('UN');
    // an acronym of two readings in news joins no organisation that happens to have its initials
    const belfast = analyseText('The Alliance Party said it would stand in every seat. AP reporters were at the count.').entities;
    expect(belfast.find((e) => e.name === 'Alliance Party')?.aliases ?? []).not.toContain('AP');
  });
});
