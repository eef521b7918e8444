// A description that stands for a speaker ("the senator", "the Democrat", "the 52-year-old", "they", "the committee")
// names only the one the text introduced that way: counterexamples a reviewer wrote against the US political rules of
// session 21 (anonymous and possessive descriptions, objects and possessors, "then-Gov.", newspapers named like a party,
// another stated age, a cue in the next sentence, a spokesperson for someone, a subject joined by "and").
import { describe, expect, it } from 'vitest';
import { annotateQuotes } from '../../src/analyse/quotes/index.js';
import { quoteDoc } from '../support/quote-doc.js';

const q = (d: ReturnType<typeof quoteDoc>, t: string) => annotateQuotes(d).find((x) => x.text.startsWith(t) && x.kind !== 'indirect');
/** The quote starting with `t`, which must be found (a `.not.toBe` on a missing quote would pass). */
const found = (d: ReturnType<typeof quoteDoc>, t: string) => {
  const quote = q(d, t);
  expect(quote).toBeDefined();
  return quote!;
};

describe('anonymous and possessive descriptions name no one', () => {
  it('gives "a Republican senator" speaking anonymously to no senator named before', () => {
    const d = quoteDoc(['Sen. John Thune, R-S.D., scheduled the vote for Thursday. “We do not have the votes,” a Republican senator said, speaking on condition of anonymity.'],
      { 'John Thune': ['John Thune'] });
    expect(found(d, 'We do not have the votes').speaker).toBeNull();
  });
  it('gives "one senator" and "another governor" to no one', () => {
    const one = quoteDoc(['Sen. John Thune scheduled the vote for Thursday. “We do not have the votes,” one senator said.'], { 'John Thune': ['John Thune'] });
    expect(found(one, 'We do not have the votes').speaker).toBeNull();
    const another = quoteDoc(['Gov. Kathy Hochul hosted the meeting. “Nobody trusts Washington,” another governor said.'], { 'Kathy Hochul': ['Kathy Hochul'] });
    expect(found(another, 'Nobody trusts Washington').speaker).toBeNull();
  });
  it('never gives "his office" or "her office" to an organisation named with "Office"', () => {
    const his = quoteDoc(['The Office of Management and Budget released its plan. Sen. JD Vance criticized the plan. “It is a disaster,” his office said in a statement.'],
      { 'org:Office of Management and Budget': ['Office of Management and Budget'], 'JD Vance': ['JD Vance'] });
    expect(found(his, 'It is a disaster').speaker).not.toBe('e1');
    const her = quoteDoc(['The Congressional Budget Office estimated the cost at $2 trillion. Sen. Ann Lee disputed the figure. “Their math is wrong,” her office said.'],
      { 'org:Congressional Budget Office': ['Congressional Budget Office'], 'Ann Lee': ['Ann Lee'] });
    expect(found(her, 'Their math is wrong').speaker).not.toBe('e1');
  });
  it('never gives "the office" to the last organisation named with "Office"', () => {
    const d = quoteDoc(['The Congressional Budget Office estimated the cost. Gov. Ann Lee’s office disputed the figure on Monday. “Their math is wrong,” the office said.'],
      { 'org:Congressional Budget Office': ['Congressional Budget Office'], 'Ann Lee': ['Ann Lee'] });
    expect(found(d, 'Their math is wrong').speaker).not.toBe('e1');
  });
});

describe('"the senator", "the governor", "the lawmaker" stand for the one the text is about', () => {
  it('continues the senator just quoted before a senator named as an object', () => {
    const d = quoteDoc(['Sen. Ted Brown, R-Ohio, criticized the plan on Tuesday. “It is reckless,” Brown said. He said he had spoken to Sen. Lisa Kim about it.',
      '“We cannot afford another shutdown,” the senator said.'], { 'Ted Brown': ['Ted Brown', 'Brown'], 'Lisa Kim': ['Lisa Kim'] });
    expect(found(d, 'We cannot afford').speaker).toBe('e1');
  });
  it('takes the titled subject of the sentence before, not a titled possessor or object', () => {
    const possessor = quoteDoc(['Sen. Ann Blake said she would oppose Sen. Omar Ruiz’s bill. “It goes too far,” the senator said.'],
      { 'Ann Blake': ['Ann Blake'], 'Omar Ruiz': ['Omar Ruiz'] });
    expect(found(possessor, 'It goes too far').speaker).toBe('e1');
    const object = quoteDoc(['Sen. Alex Park praised Sen. Ruth Ames for her work on the bill. “She never gave up,” the senator said.'],
      { 'Alex Park': ['Alex Park'], 'Ruth Ames': ['Ruth Ames'] });
    expect(found(object, 'She never gave up').speaker).toBe('e1');
    const lawmaker = quoteDoc(['Rep. Ann Lee accused Sen. Paul Orr of stalling the bill. “He is hiding,” the lawmaker said.'],
      { 'Ann Lee': ['Ann Lee'], 'Paul Orr': ['Paul Orr'] });
    expect(found(lawmaker, 'He is hiding').speaker).toBe('e1');
  });
  it('takes the governor who is the subject, not another governor named after him', () => {
    const d = quoteDoc(['California Gov. Gavin Newsom signed the law on Friday, in a rebuke to Florida Gov. Ron DeSantis. “We lead, others follow,” the governor said.'],
      { 'Gavin Newsom': ['Gavin Newsom'], 'Ron DeSantis': ['Ron DeSantis'] });
    expect(found(d, 'We lead, others follow').speaker).toBe('e1');
  });
  it('still takes the last titled person when the subject holds no such title', () => {
    const d = quoteDoc(['Sen. Ann Blake filed the bill.', 'Reporters waited outside. “It is ready,” the senator said.'], { 'Ann Blake': ['Ann Blake'] });
    expect(found(d, 'It is ready').speaker).toBe('e1');
  });
});

describe('"then-" and "ex-" titles are another office', () => {
  it('is not the governor named "then-Gov."', () => {
    const d = quoteDoc(['Gov. Kathy Hochul recalled a meeting with then-Gov. Andrew Cuomo. “It was tense,” the governor said.'],
      { 'Kathy Hochul': ['Kathy Hochul'], 'Andrew Cuomo': ['Andrew Cuomo'] });
    expect(found(d, 'It was tense').speaker).toBe('e1');
  });
  it('is not the senator named "ex-Sen."', () => {
    const d = quoteDoc(['Sen. Raphael Warnock debated ex-Sen. David Perdue’s record. “He failed Georgia,” the senator said.'],
      { 'Raphael Warnock': ['Raphael Warnock'], 'David Perdue': ['David Perdue'] });
    expect(found(d, 'He failed Georgia').speaker).toBe('e1');
  });
});

describe('party descriptions name only someone named as one', () => {
  it('gives "The Independent" (a newspaper) to no politician', () => {
    const d = quoteDoc(['Keir Starmer promised to cut waiting lists. “Labour’s plan is thin,” The Independent wrote.'], { 'Keir Starmer': ['Keir Starmer'] });
    expect(found(d, 'Labour’s plan is thin').speaker).toBeNull();
  });
  it('gives "the Democrat" (the Tallahassee newspaper) to no governor never named a Democrat', () => {
    const d = quoteDoc(['Gov. Ron DeSantis signed the bill in Tallahassee. “The law will face challenges,” the Democrat reported.'], { 'Ron DeSantis': ['Ron DeSantis'] });
    expect(found(d, 'The law will face challenges').speaker).toBeNull();
  });
  it('gives "the Ohio Republican" to no Republican tagged from Florida', () => {
    const d = quoteDoc(['Sen. Rick Scott, R-Fla., voted against the bill. “It is a waste,” the Ohio Republican said.'], { 'Rick Scott': ['Rick Scott'] });
    expect(found(d, 'It is a waste').speaker).not.toBe('e1');
  });
  it('gives "the Democrat" to no lawyer never named a Democrat', () => {
    const d = quoteDoc(['Jane Smith, a lawyer for the family, said the case was strong. “We will win,” the Democrat said.'], { 'Jane Smith': ['Jane Smith'] });
    expect(found(d, 'We will win').speaker).toBeNull();
  });
});

describe('descriptions by age', () => {
  it('gives "the 52-year-old" to no subject named with another age', () => {
    const d = quoteDoc(['Nina Sorensen, 47, dismissed the remarks on Tuesday. “It was a mistake,” the 52-year-old said.'], { 'Nina Sorensen': ['Nina Sorensen'] });
    expect(found(d, 'It was a mistake').speaker).toBeNull();
  });
});

describe('a quote that closes its sentence', () => {
  it('does not reach a cue in the next sentence past a long apposition', () => {
    const jones = quoteDoc(['Voters in the district were split. “I like him,” one voter said. “He’s fine.” Retiree Jane Jones, 71, a lifelong Democrat who has voted in every election since 1972, said she had not decided.'],
      { 'Jane Jones': ['Jane Jones'] });
    expect(found(jones, 'He’s fine').speaker).not.toBe('e1');
    const johnson = quoteDoc(['The memo circulated on Capitol Hill on Friday. “We are not going to negotiate with ourselves.” Speaker Mike Johnson, whose majority has shrunk to two seats after a string of resignations, told reporters later that day the memo was a draft.'],
      { 'Mike Johnson': ['Mike Johnson'] });
    expect(found(johnson, 'We are not going to negotiate').speaker).not.toBe('e1');
  });
});

describe('a spokesperson for someone is the speaker', () => {
  it('credits the words of "a spokesman for Trump", not Trump', () => {
    const d = quoteDoc(['Former President Donald Trump was indicted on Thursday. “This is political persecution,” a spokesman for Trump said.'],
      { 'Donald Trump': ['Donald Trump', 'Trump'] });
    expect(found(d, 'This is political persecution')).toMatchObject({ speaker: null, speakerName: 'a spokesman for Trump' });
  });
  it('keeps an organisation spoken for as the entity, with the spokesperson\'s words as the name (as "an Interpol spokesperson")', () => {
    const d = quoteDoc(['Boeing shares fell 4%. “We are cooperating fully with regulators,” a spokesperson for the company said.'], { 'org:Boeing': ['Boeing'] });
    expect(found(d, 'We are cooperating fully')).toMatchObject({ speakerName: 'a spokesperson for the company' });
  });
  it('credits the spokesperson named after the description', () => {
    const d = quoteDoc(['Sen. Mark Kelly, D-Ariz., did not attend. “He had a prior commitment,” a spokeswoman for the senator, Jane Doe, said.'],
      { 'Mark Kelly': ['Mark Kelly'], 'Jane Doe': ['Jane Doe'] });
    expect(found(d, 'He had a prior commitment').speaker).toBe('e2');
  });
});

describe('groups as speakers', () => {
  it('gives "they" to no subject joined to another by "and"', () => {
    const d = quoteDoc(['Democrats and Republicans traded blame on Friday. “This is their shutdown,” they said.'], { 'org:Democrats': ['Democrats'] });
    const quote = found(d, 'This is their shutdown');
    expect(quote.speaker).toBeNull();
    expect(quote.speakerName).toBe('they');
  });
  it('gives "the committee" to the committee that is the subject, not the last one named', () => {
    const d = quoteDoc(['The House Oversight Committee subpoenaed the documents on Monday, a week after the Senate Judiciary Committee declined to do so. “The White House has stonewalled us for months,” the committee said in a statement.'],
      { 'org:House Oversight Committee': ['House Oversight Committee'], 'org:Senate Judiciary Committee': ['Senate Judiciary Committee'] });
    expect(found(d, 'The White House has stonewalled').speaker).toBe('e1');
  });
});

describe('a spokesperson named after whom they speak for, the cue first', () => {
  it('credits "said a spokeswoman for the senator, Jane Doe." to Doe', () => {
    const d = quoteDoc(['Sen. Mark Kelly, D-Ariz., did not attend. “He had a prior commitment,” said a spokeswoman for the senator, Jane Doe.'],
      { 'Mark Kelly': ['Mark Kelly'], 'Jane Doe': ['Jane Doe'] });
    expect(found(d, 'He had a prior commitment').speaker).toBe('e2');
  });
  it('keeps the words when no name follows', () => {
    const d = quoteDoc(['Sen. Mark Kelly, D-Ariz., did not attend. “He had a prior commitment,” said a spokeswoman for the senator.'], { 'Mark Kelly': ['Mark Kelly'] });
    expect(found(d, 'He had a prior commitment').speaker).not.toBe('e1');
  });
});
