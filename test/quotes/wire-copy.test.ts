// Speaker patterns of wire copy found on the second unseen set (bench/understanding/quotes-ecb.json, train and dev
// parts only): one-sentence paragraphs, quotes running over several paragraphs, abbreviated titles. Each case is a
// made-up text of the same shape, so the rule is checked without the article.
import { describe, expect, it } from 'vitest';
import { annotateQuotes } from '../../src/analyse/quotes/index.js';
import { quoteDoc } from '../support/quote-doc.js';

const q = (d: ReturnType<typeof quoteDoc>, t: string) => annotateQuotes(d).find((x) => x.text.startsWith(t) && x.kind !== 'indirect');

describe('he/she in one-sentence paragraphs', () => {
  it('reaches a person named two paragraphs back', () => {
    const d = quoteDoc([
      'A lecturer at the harbour college, Tomas Berglund, stayed home on Monday.',
      'But he walked to the square in the evening.',
      '"The square was empty," he said.',
    ], { 'Tomas Berglund': ['Tomas Berglund'] });
    expect(q(d, 'The square was empty')).toMatchObject({ speaker: 'e1' });
  });
  it('lets an unattributed next quote continue a speaker two paragraphs back', () => {
    const d = quoteDoc([
      '"The roads were closed," said Maren Holt.',
      'The county opened two shelters.',
      '"We slept in the school."',
    ], { 'Maren Holt': ['Maren Holt'] });
    // three sentences apart is in reach; a whole paragraph in between used to cut the thread
    expect(q(d, 'We slept in the school.')).toMatchObject({ speaker: 'e1' });
  });
  it('does not reach further than three sentences in one-sentence paragraphs when two women were named', () => {
    const d = quoteDoc([
      'Maren Holt and Ida Berg left the town in May.',
      'The county opened two shelters.',
      'The river rose overnight.',
      'Water reached the school.',
      'The mayor spoke at noon.',
      '"We will rebuild," she said.',
    ], { 'Maren Holt': ['Maren Holt'], 'Ida Berg': ['Ida Berg'] });
    expect(q(d, 'We will rebuild')?.speaker).toBeNull();
  });
});

describe('abbreviated titles before a name', () => {
  it('reads "Mr. Name said" as the name, not "Mr"', () => {
    const d = quoteDoc(['"Nothing excuses that," Mr. Olsen said.'], { 'Karl Olsen': ['Karl Olsen', 'Olsen'] });
    expect(q(d, 'Nothing excuses that')).toMatchObject({ speaker: 'e1' });
  });
  it('runs over two abbreviated titles after an inverted cue', () => {
    const d = quoteDoc(['"This is the kind of crime the law was made for," said Dist. Atty. Steve Coyle.'], { 'Steve Coyle': ['Steve Coyle'] });
    expect(q(d, 'This is the kind')).toMatchObject({ speaker: 'e1' });
  });
});

describe('quotations over several paragraphs', () => {
  it('credits the opening paragraph to the attribution after the closing mark two paragraphs on', () => {
    const d = quoteDoc([
      'The judge read the sentence on Friday.',
      '“I am sorry.',
      'I will not bring dishonour to the court,” the defendant, Paul Gray, said.',
    ], { 'Paul Gray': ['Paul Gray'] });
    expect(q(d, 'I am sorry.')).toMatchObject({ speaker: 'e1' });
  });
  it('reads a straight closing mark spaced like an opening one ("…, "said Name")', () => {
    const d = quoteDoc([
      '"The new rules exclude scientists.',
      'They weaken the law, "said Alma Torres, an ecologist.',
    ], { 'Alma Torres': ['Alma Torres'] });
    const quotes = annotateQuotes(d).filter((x) => x.kind !== 'indirect');
    expect(quotes.find((x) => x.text.startsWith('The new rules'))).toMatchObject({ speaker: 'e1' });
    // the closing mark opens no quotation of the attribution itself
    expect(quotes.some((x) => x.text.startsWith('said Alma'))).toBe(false);
  });
  it('leaves a paragraph that opens a new quotation to the usual rules', () => {
    const d = quoteDoc([
      '“The roads were closed,” said Maren Holt.',
      '“We slept in the school.',
      '“In the morning the water was gone,” said Ivo Lind.',
    ], { 'Maren Holt': ['Maren Holt'], 'Ivo Lind': ['Ivo Lind'] });
    expect(q(d, 'In the morning')).toMatchObject({ speaker: 'e2' });
  });
});

describe('a described speaker continued by he/she', () => {
  it('lets "he added" continue "a senior officer" when no one is named', () => {
    const d = quoteDoc(['“The ministry is now working on it,” said a senior officer.', '“Our plan is also underway,” he added.']);
    expect(q(d, 'Our plan')?.speakerName).toBe('a senior officer');
  });
  it('prefers a named man to an officer mentioned in a reported clause since', () => {
    const d = quoteDoc([
      'His barber, Karl Dunn, agreed with him.',
      'Two years before, he said, an officer stopped him after the officer said his card had expired.',
      '“They have a hard time,” he said of the police.',
    ], { 'Karl Dunn': ['Karl Dunn'] });
    expect(q(d, 'They have a hard time')).toMatchObject({ speaker: 'e1' });
  });
});

describe('an organisation, a long role, then the name after an inverted cue', () => {
  it('takes the name after four role words', () => {
    const d = quoteDoc(['“Update as soon as possible,” said Norsoft security response communications head Carl Budde.'], { 'org:Norsoft': ['Norsoft'], 'Carl Budde': ['Carl Budde'] });
    expect(q(d, 'Update as soon')).toMatchObject({ speaker: 'e2' });
  });
  it('takes the name after a role with an -ed modifier', () => {
    const d = quoteDoc(['“Run, do not walk,” said Tren Labs advanced threat researcher Paula Fergus.'], { 'org:Tren Labs': ['Tren Labs'], 'Paula Fergus': ['Paula Fergus'] });
    expect(q(d, 'Run, do not walk')).toMatchObject({ speaker: 'e2' });
  });
});

describe('words between the subject and its cue', () => {
  it('skips a day between the name and the verb', () => {
    const d = quoteDoc(['Rhonda Mills on Tuesday recalled screaming “Somebody help me.”'], { 'Rhonda Mills': ['Rhonda Mills'] });
    expect(q(d, 'Somebody help me.')).toMatchObject({ speaker: 'e1' });
  });
  it('skips the letters after a name ("Sister Ann Kerr, DC, said")', () => {
    const d = quoteDoc(['Sister Ann Kerr, DC, said the nominee will “enrich the nation” with her work.'], { 'Ann Kerr': ['Ann Kerr'] });
    expect(q(d, 'enrich the nation')).toMatchObject({ speaker: 'e1' });
  });
});

describe('he/she beyond the near window', () => {
  const paragraphs = [
    'Ms Vale had been admitted to hospital in May.',
    'A representative said she never woke up.',
    '“She was a free spirit,” her agent, Tom Rask, said.',
    '“She is the embodiment of beauty.”',
    'Even though she agreed to events, she refused photographs.',
  ];
  it('takes the one person of the pronoun\'s gender named in the last ten sentences', () => {
    const d = quoteDoc([...paragraphs, '“I want to be remembered young,” she said.'], { 'Ada Vale': ['Ada Vale', 'Ms Vale'], 'Tom Rask': ['Tom Rask'] });
    expect(q(d, 'I want to be remembered')).toMatchObject({ speaker: 'e1' });
  });
  it('gives up when two people of that gender were named', () => {
    const d = quoteDoc(['Ms Vale and Ms Hart had been admitted to hospital in May.', ...paragraphs.slice(1), '“I want to be remembered young,” she said.'],
      { 'Ada Vale': ['Ada Vale', 'Ms Vale'], 'Tom Rask': ['Tom Rask'], 'Bea Hart': ['Bea Hart', 'Ms Hart'] });
    expect(q(d, 'I want to be remembered')?.speaker).toBeNull();
  });
});

describe('a document with no owner named', () => {
  it('credits "a statement said" to the organisation just quoted', () => {
    const d = quoteDoc(['Calls to Asia were cut on Friday, Orlane Telecom said.', '“The causes of the cut remain unclear,” a statement said.'], { 'org:Orlane Telecom': ['Orlane Telecom'] });
    expect(q(d, 'The causes of the cut')).toMatchObject({ speaker: 'e1' });
  });
  it('does not pass it to a person quoted before', () => {
    const d = quoteDoc(['“Calls were cut,” said Lena Pratt.', '“The causes remain unclear,” a statement said.'], { 'Lena Pratt': ['Lena Pratt'] });
    expect(q(d, 'The causes remain')?.speaker).toBeNull();
  });
});

describe('"quoted X as saying"', () => {
  it('credits the one quoted, past an apposition', () => {
    const d = quoteDoc(['State news agency IRNA quoted the head of the zone, Ali Reza, as saying “the quake caused great damage.”'], { 'Ali Reza': ['Ali Reza'], 'org:IRNA': ['IRNA'] });
    expect(q(d, 'the quake caused')).toMatchObject({ speaker: 'e1' });
  });
  it('credits a description quoted as saying', () => {
    const d = quoteDoc(['The agency quoted a port official as saying “all ships are safe.”'], { 'org:IRNA': ['IRNA'] });
    expect(q(d, 'all ships are safe')?.speakerName).toBe('a port official');
  });
  it('keeps the passive form to its subject', () => {
    const d = quoteDoc(['Airport chief Ali Nagh was quoted by IRNA as saying “operations have resumed.”'], { 'Ali Nagh': ['Ali Nagh'], 'org:IRNA': ['IRNA'] });
    expect(q(d, 'operations have resumed')).toMatchObject({ speaker: 'e1' });
  });
});
