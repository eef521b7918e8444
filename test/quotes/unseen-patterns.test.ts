// Speaker patterns found on the unseen-news quote set (bench/understanding/quotes-unseen.json, train and dev
// parts): each case is a made-up sentence of the same shape, so the rule is checked without the article.
import { describe, expect, it } from 'vitest';
import { annotateQuotes } from '../../src/analyse/quotes/index.js';
import { quoteDoc } from '../support/quote-doc.js';
import { nameMatches, scoreSpeakers } from './speaker-score.mjs';

const doc = quoteDoc;
const q = (d: ReturnType<typeof doc>, t: string) => annotateQuotes(d).find((x) => x.text === t && x.kind !== 'indirect');

describe('names after an inverted cue', () => {
  it('takes the name apposed to an organisation\'s role', () => {
    const d = doc(['"The harbour was full," said Northfield University\'s rector, Maria Lindqvist.'], { 'org:Northfield University': ['Northfield University'], 'Maria Lindqvist': ['Maria Lindqvist'] });
    expect(q(d, 'The harbour was full,')).toMatchObject({ speaker: 'e2' });
  });
  it('takes the name after an organisation and a role word', () => {
    const d = doc(['"Water is there," said NSU astronomer Paul Ferreira.'], { 'org:NSU': ['NSU'], 'Paul Ferreira': ['Paul Ferreira'] });
    expect(q(d, 'Water is there,')).toMatchObject({ speaker: 'e2' });
  });
  it('reads a capitalised name ending in -ed as a name ("Ted")', () => {
    const d = doc(['"The shelf will break," said study co-author Ted Marsh of the Polar Institute.'], { 'Ted Marsh': ['Ted Marsh'], 'org:Polar Institute': ['Polar Institute'] });
    expect(q(d, 'The shelf will break,')).toMatchObject({ speaker: 'e1' });
  });
});

describe('subjects around the cue', () => {
  it('skips a titled apposition without a closing comma', () => {
    const d = doc(['Anna Berg, Dean of Harlow School of Law called it "a weak argument."'], { 'Anna Berg': ['Anna Berg'], 'org:Harlow School of Law': ['Harlow School of Law'] });
    expect(q(d, 'a weak argument.')).toMatchObject({ speaker: 'e1' });
  });
  it('skips a participle phrase between the name and the cue', () => {
    const d = doc(['Prime minister Elena Vos speaking to the Trade Council think tank called the deal "null and void".'], { 'Elena Vos': ['Elena Vos'], 'org:Trade Council': ['Trade Council'] });
    expect(q(d, 'null and void')).toMatchObject({ speaker: 'e1' });
  });
  it('does not take a time opener for the speaker of a long apposition', () => {
    const d = doc(['Yesterday, a tape surfaced in which someone, seemingly Pavel Orlov, audibly says the president "has no plan."'], { 'Pavel Orlov': ['Pavel Orlov'] });
    expect(q(d, 'has no plan.')?.speakerName).not.toBe('Yesterday');
  });
  it('walks past an acronym in brackets to the person of the organisation', () => {
    const d = doc(['Mike Rowe of the World Health Organization (WHO) told the press the drugs were only part of the answer: "Surveillance will stop it."'], { 'Mike Rowe': ['Mike Rowe'], 'org:World Health Organization': ['World Health Organization', 'WHO'] });
    expect(q(d, 'Surveillance will stop it.')).toMatchObject({ speaker: 'e1' });
  });
  it('reads an acronym as a name, not as a pronoun', () => {
    const d = doc(['"Stay at home," said WHO.'], { 'org:World Health Organization': ['World Health Organization', 'WHO'] });
    expect(q(d, 'Stay at home,')).toMatchObject({ speaker: 'e1' });
  });
  it('looks an unmarked surname up among the people already quoted', () => {
    const d = doc(['Joe Barnes said "we will win".', 'Ann Barnes, his sister, spoke later.', 'The Barnes campaign put out a statement: "The voters decide."'], { 'Joe Barnes': ['Joe Barnes'], 'Ann Barnes': ['Ann Barnes'] });
    expect(q(d, 'The voters decide.')).toMatchObject({ speaker: 'e1' });
  });
  it('credits the words a document "read" to whoever issued it', () => {
    const d = doc(['Acme Corp released a statement which read, in part, "We regret the error."'], { 'org:Acme Corp': ['Acme Corp'] });
    expect(q(d, 'We regret the error.')).toMatchObject({ speaker: 'e1' });
  });
  it('credits a document to its owner', () => {
    const d = doc(['The Records Guild\'s takedown notice claimed "the tool breaks the law".'], { 'org:Records Guild': ['Records Guild'] });
    expect(q(d, 'the tool breaks the law')).toMatchObject({ speaker: 'e1' });
  });
  it('gives a verb coordinated inside a reported clause to the clause\'s subject', () => {
    const d = doc(['The Herald claimed that during a visit, Tom Reyes refused to speak and referred to the guards as "cowards".'], { 'org:Herald': ['Herald'], 'Tom Reyes': ['Tom Reyes'] });
    expect(q(d, 'cowards')).toMatchObject({ speaker: 'e2' });
  });
});

describe('attributions across sentences and paragraphs', () => {
  it('credits a quotation set off below a paragraph ending in a colon', () => {
    const d = doc(['Party chairman Mark Olsen commented:', '"The candidate is not eligible."'], { 'Mark Olsen': ['Mark Olsen'] });
    expect(q(d, 'The candidate is not eligible.')).toMatchObject({ speaker: 'e1' });
  });
  it('does not take an attribution from the sentence after a quote that ends its own', () => {
    const d = doc(['Karl Weber commented on the matter at a briefing in the capital, "We are watching it." Although the Frankland ministry asked for calm, nobody listened.'], { 'Karl Weber': ['Karl Weber'], 'org:Frankland': ['Frankland'] });
    expect(q(d, 'We are watching it.')).toMatchObject({ speaker: 'e1' });
  });
  it('keeps a pronoun after the reported words off the names inside them', () => {
    const d = doc(['Ivan Petrenko filed his resignation on Monday.', 'He said Oleg Marchuk is "a model for me"; however, "I must go", he added.'], { 'Ivan Petrenko': ['Ivan Petrenko'], 'Oleg Marchuk': ['Oleg Marchuk'] });
    expect(q(d, 'a model for me')).toMatchObject({ speaker: 'e1' });
    expect(q(d, 'I must go')).toMatchObject({ speaker: 'e1' });
  });
  it('credits a partial quote to its sentence\'s closing attribution', () => {
    const d = doc(['Lena Park spoke on Tuesday. The border is the "main difference" between the two, she added.'], { 'Lena Park': ['Lena Park'] });
    expect(q(d, 'main difference')).toMatchObject({ speaker: 'e1' });
  });
});

describe('transcripts', () => {
  it('gives "I" in a labelled answer to the labelled speaker, not the interviewer', () => {
    const d = doc(['((WN)) What did you tell her?', '((Mara Quist)) I called my mother and I said, "You are not listening to me."'], { 'Mara Quist': ['Mara Quist'] });
    expect(q(d, 'You are not listening to me.')).toMatchObject({ speaker: 'e1' });
  });
  it('reads the speaker\'s own "I\'m like, …" as an attribution', () => {
    const d = doc(['((Mara Quist)) She swore at me, and I\'m like, "That is okay."'], { 'Mara Quist': ['Mara Quist'] });
    expect(q(d, 'That is okay.')).toMatchObject({ speaker: 'e1' });
  });
});

describe('strict speaker scoring', () => {
  it('accepts a surname or the full name, refuses pronouns and other people', () => {
    expect(nameMatches('Pelosi', ['Nancy Pelosi'])).toBe(true);
    expect(nameMatches('Nancy Pelosi', ['Nancy Pelosi'])).toBe(true);
    expect(nameMatches('WHO', ['World Health Organization', 'WHO'])).toBe(true);
    expect(nameMatches('he', ['Nancy Pelosi'])).toBe(false);
    expect(nameMatches('Paul Pelosi Jr', ['Nancy Pelosi'])).toBe(false);
    expect(nameMatches('the campaign', ['Biden campaign'])).toBe(false);
  });
  it('scores the resolved entity, not the words the cue pointed at', () => {
    const gold = [{ start: 0, text: 'x', speaker: ['Nancy Pelosi'] }, { start: 10, text: 'y', speaker: ['Nancy Pelosi'] }];
    const quotes = [
      { start: 0, text: 'x', kind: 'direct', speaker: 'e2', speakerName: 'she' },
      { start: 10, text: 'y', kind: 'direct', speaker: null, speakerName: 'she' },
    ];
    const entities = [{ id: 'e2', name: 'Donald Trump', aliases: [] }];
    expect(scoreSpeakers(gold, quotes, entities)).toMatchObject({ withSpeaker: 2, found: 2, right: 0 });
  });
});
