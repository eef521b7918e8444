// Unit tests of the quote annotator on small documents whose entities layer is built by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/analysis.js';
import { createDocument } from '../../src/analyse/document.js';
import { sentenceAnnotator } from '../../src/analyse/sentences.js';
import { annotateQuotes, findMarkedQuotes } from '../../src/analyse/quotes/index.js';
import { assembleText } from '../../src/extract/assemble.js';
import { analyzeText } from '../../src/api.js';
import { SEED_TEXT, scoreSeed } from '../support/seed.js';

/** A document of paragraphs with person entities at every occurrence of their names. */
function doc(paragraphs: string[], people: Record<string, string[]> = {}) {
  const { text, blocks } = assembleText(paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p })));
  const d = createDocument({ id: 't', source: { fetchedAt: 'x' }, title: null, published: null, publishedFrom: null, language: 'en', text, blocks, related: [], media: [], dropped: [] }, { today: '2025-01-01' });
  sentenceAnnotator.annotate(d);
  d.entities = Object.entries(people).map(([name, forms], i): Entity => ({
    id: `e${i + 1}`, name, type: 'person', roles: [], aliases: forms, geo: null,
    mentions: forms.flatMap((f) => [...text.matchAll(new RegExp(f, 'g'))].map((m) => ({ start: m.index!, end: m.index! + f.length }))),
  }));
  return d;
}
const quotes = (d: ReturnType<typeof doc>) => annotateQuotes(d);
const find = (qs: ReturnType<typeof quotes>, t: string) => qs.find((q) => q.text === t);

describe('quotation marks', () => {
  it('pairs curly and straight marks, keeps nested singles inside doubles and skips apostrophes', () => {
    const t = 'He said "it’s the \'best\' day" and ‘don’t go’ today.';
    const qs = findMarkedQuotes(t, 0, t.length).map((q) => t.slice(q.start, q.end));
    expect(qs).toEqual(["it’s the 'best' day", 'don’t go']);
  });
  it('lets a quote run across sentences', () => {
    const t = '“One. Two.” he said.';
    expect(findMarkedQuotes(t, 0, t.length).map((q) => t.slice(q.start, q.end))).toEqual(['One. Two.']);
  });
});

describe('quotes and speakers', () => {
  const people = { 'Vladimir Putin': ['Vladimir Putin', 'Putin'], 'Donald Trump': ['Donald Trump', 'Trump'], 'Yuri Ushakov': ['Yuri Ushakov', 'Ushakov'] };
  it('credits a colon introduction to its subject', () => {
    const q = find(quotes(doc(['Putin said: “We will win this war.”'], people)), 'We will win this war.')!;
    expect(q).toMatchObject({ kind: 'direct', speaker: 'e1', cue: 'said' });
  });
  it('splits partial quotes of a description and credits each', () => {
    const qs = quotes(doc(['Ushakov described the meeting as “frank,” “useful,” and “constructive,” noting that contacts would continue.'], people));
    for (const t of ['frank,', 'useful,', 'constructive,']) expect(find(qs, t)).toMatchObject({ kind: 'partial', speaker: 'e3' });
    expect(qs.find((q) => q.kind === 'indirect')).toMatchObject({ text: 'contacts would continue', speaker: 'e3', cue: 'noting' });
  });
  it('passes the speaker of a split quote to its second part', () => {
    const qs = quotes(doc(['“I said no,” Trump told reporters at the White House. “This was the right time.”'], people));
    expect(find(qs, 'I said no,')).toMatchObject({ kind: 'direct', speaker: 'e2', cue: 'told reporters' });
    expect(find(qs, 'This was the right time.')).toMatchObject({ kind: 'direct', speaker: 'e2' });
  });
  it('finds inverted attributions and resolves pronouns to the last person', () => {
    const qs = quotes(doc(['Trump arrived in Moscow on Monday.', '“We are close,” he said.', '“Not yet,” said Putin.'], people));
    expect(find(qs, 'We are close,')).toMatchObject({ speaker: 'e2', cue: 'said' });
    expect(find(qs, 'Not yet,')).toMatchObject({ speaker: 'e1' });
  });
  it('reports indirect speech with "said that" and "according to"', () => {
    const qs = quotes(doc(['Putin said that Moscow will take the region. According to Ushakov, talks are going on.'], people));
    expect(find(qs, 'Moscow will take the region')).toMatchObject({ kind: 'indirect', speaker: 'e1' });
    expect(find(qs, 'talks are going on')).toMatchObject({ kind: 'indirect', speaker: 'e3', cue: 'according to' });
  });
  it('resolves a description through the title it was introduced with', () => {
    const qs = quotes(doc(['The talks were led by presidential advisor Yuri Ushakov.', 'Later, the Russian advisor confirmed that “no deal was reached,” officials said.'], people));
    expect(find(qs, 'no deal was reached,')).toMatchObject({ speaker: 'e3' });
  });
  it('keeps an unknown speaker as text', () => {
    const q = find(quotes(doc(['“It is over,” a local farmer said.'])), 'It is over,')!;
    expect(q).toMatchObject({ speaker: null, speakerName: 'a local farmer' });
  });
  it('gives offsets that slice the text', () => {
    const d = doc(['Putin said: “Either we liberate these territories, or they leave.” Trump said he “disagrees.”'], people);
    for (const q of quotes(d)) expect(d.text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('seed article', () => {
  it('scores every quote check of the seed gold', () => {
    const a = analyzeText(readFileSync(SEED_TEXT, 'utf8'), { format: 'text', today: '2025-12-05' });
    const r = scoreSeed(a, ['quotes']);
    expect(r.ok, r.output).toBe(true);
  });
});
