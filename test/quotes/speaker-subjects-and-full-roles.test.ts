// Speaker rules: a bracketed name in another script, the sentence subject before an object or
// apposed name, a full role ("prime minister" is not the interior minister), an apposed name after a
// possessive description, and reported speech placed before an inverted "he said, adding".
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/analysis.js';
import { createDocument } from '../../src/analyse/document.js';
import { sentenceAnnotator } from '../../src/analyse/sentences.js';
import { annotateQuotes } from '../../src/analyse/quotes/index.js';
import { assembleText } from '../../src/extract/assemble.js';

function doc(paragraphs: string[], people: Record<string, { forms: string[]; roles?: string[] }>) {
  const { text, blocks } = assembleText(paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p })));
  const d = createDocument({ id: 't', source: { fetchedAt: 'x' }, title: null, published: null, publishedFrom: null, language: 'en', text, blocks, related: [], media: [], dropped: [] }, { today: '2025-01-01' });
  sentenceAnnotator.annotate(d);
  d.entities = Object.entries(people).map(([name, p], i): Entity => ({
    id: `e${i + 1}`, name, type: 'person', roles: p.roles ?? [], aliases: p.forms, geo: null,
    mentions: p.forms.flatMap((f) => [...text.matchAll(new RegExp(f, 'g'))].map((m) => ({ start: m.index!, end: m.index! + f.length }))),
  }));
  return d;
}
const speakerOf = (d: ReturnType<typeof doc>, words: string) => {
  const q = annotateQuotes(d).find((x) => x.text.includes(words));
  return d.entities.find((e) => e.id === q?.speaker)?.name ?? q?.speakerName ?? null;
};

describe('quote speakers', () => {
  it('ignores a bracketed native-script name after the speaker', () => {
    const d = doc(['Defense Minister Koo (顧立雄) told lawmakers that 45 aircraft had crossed the line.'], { 'Koo': { forms: ['Koo'] } });
    expect(speakerOf(d, '45 aircraft')).toBe('Koo');
  });
  it('credits "He said" to the subject of "X accused Y", not the object', () => {
    const d = doc(['Vučić accused Kurti of "punishing Serbs". He said lorries were waiting up to 30 hours at the border.'],
      { 'Vučić': { forms: ['Vučić'] }, 'Kurti': { forms: ['Kurti'] } });
    expect(speakerOf(d, 'lorries')).toBe('Vučić');
  });
  it('finds the subject after a fronted day and its apposition ("Wednesday, the same day that he dropped out, X endorsed Y")', () => {
    const d = doc(['Wednesday, the same day that he dropped out, Bloomberg endorsed his former rival, Joe Biden. "Three months ago," he said, "I entered the race."'],
      { 'Michael Bloomberg': { forms: ['Bloomberg'] }, 'Joe Biden': { forms: ['Joe Biden'] } });
    expect(speakerOf(d, 'entered the race')).toBe('Michael Bloomberg');
  });
  it('credits "He said" to the subject over a name apposed later in the sentence', () => {
    const d = doc(['Lars Rasmussen will fly to Washington for talks with the US secretary of state, Marco Rubio, on security. He said the groups would meet again in September.'],
      { 'Lars Rasmussen': { forms: ['Lars Rasmussen'] }, 'Marco Rubio': { forms: ['Marco Rubio'] } });
    expect(speakerOf(d, 'groups would meet')).toBe('Lars Rasmussen');
  });
  it('matches "the prime minister" to the prime minister, not the last minister named', () => {
    const d = doc(['Prime Minister Albin Kurti met the press. The interior minister, Xhelal Sveçla, spoke first.', 'The prime minister said the crossings would reopen once the suspects were extradited.'],
      { 'Albin Kurti': { forms: ['Albin Kurti'], roles: ['Prime Minister'] }, 'Xhelal Sveçla': { forms: ['Xhelal Sveçla'], roles: ['interior minister'] } });
    expect(speakerOf(d, 'crossings would reopen')).toBe('Albin Kurti');
  });
  it('takes the apposed name after a possessive description as the speaker', () => {
    const d = doc(['The rebels\' chief negotiator, Pablo Beltrán, rejected the demand, saying the group would not accept "conditions dictated by the army".'],
      { 'Pablo Beltrán': { forms: ['Pablo Beltrán'] } });
    expect(speakerOf(d, 'conditions dictated')).toBe('Pablo Beltrán');
  });
  it('finds reported speech before an inverted "he said, adding"', () => {
    const d = doc(['Christopher Landau rejected the accusation. Washington had no plans to reduce its presence in the region, he said, adding that Russia had reopened bases.'],
      { 'Christopher Landau': { forms: ['Christopher Landau'] } });
    const q = annotateQuotes(d).find((x) => x.text.startsWith('Washington had no plans'));
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toBe('Washington had no plans to reduce its presence in the region');
  });
});
