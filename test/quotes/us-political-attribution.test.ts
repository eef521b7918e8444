// Attribution shapes of US political copy (AP, Reuters, Politico), each a made-up text: party-state tags, offices
// abbreviated before a name and referred back to ("the governor"), party descriptions ("the Democrat"), groups that
// speak ("they said in a statement", "the group said"), "the former president". Then sentences written against these
// rules, where each could over-reach.
import { describe, expect, it } from 'vitest';
import { annotateQuotes } from '../../src/analyse/quotes/index.js';
import { quoteDoc } from '../support/quote-doc.js';

const q = (d: ReturnType<typeof quoteDoc>, t: string) => annotateQuotes(d).find((x) => x.text.startsWith(t) && x.kind !== 'indirect');

describe('party-state tags', () => {
  it('credits the name before a bracketed tag', () => {
    const d = quoteDoc(['Rep. Laura Beckett (R-S.C.) told reporters the vote was “a test of the conference.”'], { 'Laura Beckett': ['Laura Beckett'] });
    expect(q(d, 'a test of the conference')).toMatchObject({ speaker: 'e1' });
  });
  it('credits the name before a tag between commas, and the next part of a split quote too', () => {
    const d = quoteDoc(['Senate leader Dan Whitford spoke late.', '“This is a stunt,” Whitford, D-N.Y., said on the floor. “It will raise costs.”'],
      { 'Dan Whitford': ['Dan Whitford', 'Whitford'] });
    expect(q(d, 'This is a stunt')).toMatchObject({ speaker: 'e1' });
    expect(q(d, 'It will raise costs')).toMatchObject({ speaker: 'e1' });
  });
  it('reads past a tag and an apposition to the name', () => {
    const d = quoteDoc(['“The path runs through the suburbs,” Rep. Susan Whitlock (D-Wash.), the chair of the committee, wrote.'], { 'Susan Whitlock': ['Susan Whitlock'] });
    expect(q(d, 'The path runs')).toMatchObject({ speaker: 'e1' });
  });
  it('never takes a tag the entity layer marked as a person for he or she', () => {
    const d = quoteDoc(['“We will not let it die,” said Sen. Tom Hart, R-Texas.', 'Hart met the leaders on Monday. “It is a good day,” he said.'],
      { 'Tom Hart': ['Tom Hart', 'Hart'], 'R-Texas': ['R-Texas'] });
    expect(q(d, 'It is a good day')).toMatchObject({ speaker: 'e1' });
  });
});

describe('offices written before a name', () => {
  it('resolves "the governor" to the person named after "Gov."', () => {
    const d = quoteDoc(['Gov. Maria Delgado signed the budget on Friday.', '“We will be back next year,” said state Sen. Carla Brooks.',
      'Speaking to reporters, the governor said, “They had every chance.”'], { 'Maria Delgado': ['Maria Delgado'], 'Carla Brooks': ['Carla Brooks'] });
    expect(q(d, 'They had every chance')).toMatchObject({ speaker: 'e1' });
  });
  it('resolves "the former president" to the person named with that title', () => {
    const d = quoteDoc(['Former President Walter Graves held a rally on Saturday.', 'Thousands came to hear him in Erie.',
      '“They are coming after you,” the former president told supporters.'], { 'Walter Graves': ['Walter Graves', 'Graves'] });
    d.entities[0]!.roles = ['Former President'];
    expect(q(d, 'They are coming after you')).toMatchObject({ speaker: 'e1' });
  });
});

describe('party descriptions', () => {
  it('resolves "the Democrat" to the person tagged as one', () => {
    const d = quoteDoc(['Sen. Ruth Kim, D-Ore., and Sen. Al Gray, R-Ohio, met on Monday.', '“We have a deal,” the Democrat said.'],
      { 'Ruth Kim': ['Ruth Kim'], 'Al Gray': ['Al Gray'] });
    expect(q(d, 'We have a deal')).toMatchObject({ speaker: 'e1' });
  });
  it('resolves "the Ohio Republican" to the person described with the party adjective', () => {
    const d = quoteDoc(['Republican Rep. Tim Gorsuch accused the department of bias.', 'The Ohio Republican spoke later. “We will get the documents,” the Ohio Republican said.'],
      { 'Tim Gorsuch': ['Tim Gorsuch'] });
    expect(q(d, 'We will get the documents')).toMatchObject({ speaker: 'e1' });
  });
});

describe('groups as speakers', () => {
  it('gives "they" to the group that is the subject of the sentence before', () => {
    const d = quoteDoc(['Senate Republicans said they were confident.', '“Maine has a deep bench,” they said in a statement.']);
    expect(q(d, 'Maine has a deep bench')?.speakerName).toBe('Senate Republicans');
  });
  it('gives "the group" to the organisation that acted in the sentence before', () => {
    const d = quoteDoc(['The Chamber of Commerce praised the decision. “This ruling brings certainty,” the group said.'], { 'org:Chamber of Commerce': ['Chamber of Commerce'] });
    expect(q(d, 'This ruling brings certainty')).toMatchObject({ speaker: 'e1' });
  });
  it('gives "the committee" to the last organisation named with that word', () => {
    const d = quoteDoc(['The Armed Services Committee met on Tuesday with Pentagon officials.', 'Reporters waited outside.', '“The hearing is closed,” the committee said.'],
      { 'org:Armed Services Committee': ['Armed Services Committee'], 'org:Pentagon': ['Pentagon'] });
    expect(q(d, 'The hearing is closed')).toMatchObject({ speaker: 'e1' });
  });
});

describe('US political attribution rules that must not over-reach', () => {
  it('leaves a bracketed acronym that is no party tag to the walker as before', () => {
    const d = quoteDoc(['“We will win,” Ann Cole of the Republican National Committee (RNC) said.'], { 'Ann Cole': ['Ann Cole'], 'org:Republican National Committee': ['Republican National Committee'] });
    expect(q(d, 'We will win')).toMatchObject({ speaker: 'e1' });
  });
  it('does not take the lieutenant governor for "the governor"', () => {
    const d = quoteDoc(['Lt. Gov. Dan Price opened the session.', '“The budget is late,” the governor said.'], { 'Dan Price': ['Dan Price'] });
    expect(q(d, 'The budget is late')?.speaker).toBeNull();
  });
  it('does not take a former governor for "the governor"', () => {
    const d = quoteDoc(['Gov. Ann Lowe met former Gov. Nina Sorensen on Monday.', '“We spoke for an hour,” the governor said.'],
      { 'Ann Lowe': ['Ann Lowe'], 'Nina Sorensen': ['Nina Sorensen'] });
    expect(q(d, 'We spoke for an hour')).toMatchObject({ speaker: 'e1' });
  });
  it('does not give "the Republican" to a Democrat just quoted', () => {
    const d = quoteDoc(['“We need a vote,” said Sen. Ruth Kim, D-Ore.', '“Not this week,” the Republican said.'], { 'Ruth Kim': ['Ruth Kim'] });
    expect(q(d, 'Not this week')?.speaker).toBeNull();
  });
  it('does not give "they" to the police quoted earlier when others acted in the sentence before', () => {
    const d = quoteDoc(['Police said the man fled on foot. Two witnesses saw him run.', '“He was shouting,” they said.'], { 'org:Police': ['Police'] });
    expect(q(d, 'He was shouting')?.speaker).toBeNull();
  });
  it('gives "they" to no group when the sentence before has a person as subject', () => {
    const d = quoteDoc(['“The road is closed,” police said.', 'John Smith and his wife left the town.', '“We are tired,” they said.'], { 'John Smith': ['John Smith'] });
    expect(q(d, 'We are tired')?.speakerName).toBe('they');
  });
  it('does not give "the company" to another organisation that acted just before', () => {
    const d = quoteDoc(['Greenpeace criticised Shell on Monday. “We follow the law,” the company said.'], { 'org:Greenpeace': ['Greenpeace'], 'org:Shell': ['Shell'] });
    expect(q(d, 'We follow the law')).toBeDefined();
    expect(q(d, 'We follow the law')!.speaker).not.toBe('e1');
  });
  it('does not take "Results" or other plural things for a group that speaks', () => {
    const d = quoteDoc(['Results showed a rise in cases. “The trend is clear,” they said.']);
    expect(q(d, 'The trend is clear')).toBeDefined();
    expect(q(d, 'The trend is clear')!.speakerName).not.toBe('Results');
  });
});

describe('an attribution after a long apposition', () => {
  it('reaches the cue past a tag and an apposition when the name opens the attribution', () => {
    const d = quoteDoc(['“We are not going to wait,” Rep. Susan Whitlock (D-Wash.), the chair of the Democratic Congressional Campaign Committee, wrote in the memo.'],
      { 'Susan Whitlock': ['Susan Whitlock'] });
    expect(q(d, 'We are not going to wait')).toMatchObject({ speaker: 'e1' });
  });
  it('does not reach a far cue when no apposition closes before it', () => {
    const d = quoteDoc(['“We are not going to wait,” Susan Whitlock and the members of the committee from the coastal districts and the valley all wrote.'],
      { 'Susan Whitlock': ['Susan Whitlock'] });
    expect(q(d, 'We are not going to wait')).toBeDefined();
    expect(q(d, 'We are not going to wait')!.cue).not.toBe('wrote');
  });
});

describe('wire datelines', () => {
  it('never takes the dateline for the subject of the first sentence', () => {
    const d = quoteDoc(['DES MOINES, Iowa (AP) — Gov. Nina Sorensen toured Iowa on Monday, telling voters the race was “far from over.”'],
      { 'Nina Sorensen': ['Nina Sorensen'], 'place:DES MOINES': ['DES MOINES'] });
    expect(q(d, 'far from over')).toMatchObject({ speaker: 'e1' });
  });
  it('leaves a capitalised opener without a dash alone', () => {
    const d = quoteDoc(['NATO leaders met in Brussels on Monday, calling the summit “a success.”'], { 'org:NATO': ['NATO'] });
    expect(q(d, 'a success')).toBeDefined();
    expect(q(d, 'a success')!.speakerName).not.toBe('leaders met');
  });
});

describe('a description continuing the person just quoted', () => {
  it('does not continue a speaker known by another office ("press secretary" is no "the president")', () => {
    const d = quoteDoc(['“He wants a clean bill,” White House press secretary Dana Whitfield told reporters.', 'In a call, the president told the speaker he was “ready to negotiate.”'],
      { 'Dana Whitfield': ['Dana Whitfield'] });
    d.entities[0]!.roles = ['White House press secretary'];
    expect(q(d, 'ready to negotiate')?.speaker).toBeNull();
  });
  it('still continues a speaker whose office has another name for the same post', () => {
    const d = quoteDoc(['“We will pressure them,” said Foreign Secretary Marcelo Ebrard.', '“We will seek extradition,” the foreign minister said.'],
      { 'Marcelo Ebrard': ['Marcelo Ebrard'] });
    d.entities[0]!.roles = ['Foreign Secretary'];
    expect(q(d, 'We will seek extradition')).toMatchObject({ speaker: 'e1' });
  });
});

describe('descriptions by age', () => {
  it('gives "the 52-year-old" to the subject of the sentence before when no one is named with that age', () => {
    const d = quoteDoc(['“She is not going to win,” Walter Graves told the crowd.', 'Nina Sorensen dismissed the remarks. “He is worried,” the 52-year-old said.'],
      { 'Walter Graves': ['Walter Graves'], 'Nina Sorensen': ['Nina Sorensen'] });
    expect(q(d, 'He is worried')).toMatchObject({ speaker: 'e2' });
  });
  it('prefers the person named with that age over the subject of the sentence before', () => {
    const d = quoteDoc(['Walter Graves, 77, held a rally.', 'Nina Sorensen dismissed the remarks. “She is finished,” the 77-year-old said.'],
      { 'Walter Graves': ['Walter Graves'], 'Nina Sorensen': ['Nina Sorensen'] });
    expect(q(d, 'She is finished')).toMatchObject({ speaker: 'e1' });
  });
  it('does not take a person named in another paragraph for an age nobody was given', () => {
    const d = quoteDoc(['Nina Sorensen spoke on Monday.', 'The crowd was large. “It was loud,” the 30-year-old said.'], { 'Nina Sorensen': ['Nina Sorensen'] });
    expect(q(d, 'It was loud')?.speaker).toBeNull();
  });
});

describe('party descriptions with a state', () => {
  it('does not give "the Louisiana Republican" to a Republican named from another state', () => {
    const d = quoteDoc(['Rep. Chip Norwood, a Texas Republican, objected. Rep. Maria Ellis (R-Calif.) agreed with him.', 'Gary Lindqvist struck a cautious tone. “I am open to ideas,” the Louisiana Republican said.'],
      { 'Chip Norwood': ['Chip Norwood'], 'Maria Ellis': ['Maria Ellis'], 'Gary Lindqvist': ['Gary Lindqvist'] });
    // (no one was named a Louisiana Republican: the subject of the sentence before is not taken for one since the review)
    const quote = q(d, 'I am open to ideas');
    expect(quote).toBeDefined();
    expect(quote!.speaker).not.toBe('e1');
    expect(quote!.speaker).not.toBe('e2');
  });
  it('gives "the New York Democrat" to the person tagged D-N.Y.', () => {
    const d = quoteDoc(['Sen. Dan Whitford, D-N.Y., and Sen. Ruth Kim, D-Ore., met the president.', 'The talks ran late. “We made progress,” the New York Democrat said.'],
      { 'Dan Whitford': ['Dan Whitford'], 'Ruth Kim': ['Ruth Kim'] });
    expect(q(d, 'We made progress')).toMatchObject({ speaker: 'e1' });
  });
});

describe('a spokesperson for someone is the speaker, not the one spoken for', () => {
  it('keeps the spokeswoman\'s words, not the senator she speaks for', () => {
    const d = quoteDoc(['Republican Sen. Dale Purcell faced calls to explain the trades.', 'A spokeswoman for the senator said he “never used information from his job.”'],
      { 'Dale Purcell': ['Dale Purcell'] });
    expect(q(d, 'never used information')).toMatchObject({ speaker: null, speakerName: 'A spokeswoman for the senator' });
  });
  it('keeps the words when whom the spokesperson speaks for resolves to no one', () => {
    const d = quoteDoc(['The trades were reported on Monday.', 'A spokeswoman for the committee said it would “look into it.”']);
    expect(q(d, 'look into it')).toMatchObject({ speaker: null, speakerName: 'A spokeswoman for the committee' });
  });
});

describe('"the group" after an apposition that says group', () => {
  it('credits the subject described as a group even when the entity layer typed it a place', () => {
    const d = quoteDoc(['Equality Ohio, an LGBTQ advocacy group, praised the decision. “Today the governor chose compassion,” the group said.'],
      { 'place:Equality Ohio': ['Equality Ohio'] });
    expect(q(d, 'Today the governor chose')).toMatchObject({ speaker: 'e1' });
  });
  it('does not credit a subject whose apposition is no group', () => {
    const d = quoteDoc(['Columbus, the state capital, hosted the rally. “We were there,” the group said.'], { 'place:Columbus': ['Columbus'] });
    expect(q(d, 'We were there')?.speaker).toBeNull();
  });
});

describe('"the former president" and other offices', () => {
  it('is not the former vice president', () => {
    const d = quoteDoc(['Former Vice President Mike Pendleton attacked the front-runner.', '“Nobody watched,” the former president said in a video.'],
      { 'Mike Pendleton': ['Mike Pendleton'] });
    d.entities[0]!.roles = ['Former Vice President'];
    expect(q(d, 'Nobody watched')?.speaker).toBeNull();
  });
  it('does not continue a former vice president just quoted', () => {
    const d = quoteDoc(['“We need no rookie,” said Former Vice President Mike Pendleton.', '“Nobody watched,” the former president said in a video.'],
      { 'Mike Pendleton': ['Mike Pendleton'] });
    d.entities[0]!.roles = ['Former Vice President'];
    expect(q(d, 'Nobody watched')?.speaker).toBeNull();
  });
});
