// Speaker rules (own sentences): a relative clause after an organisation is no speaker (nor is an event
// phrase inside it), reported speech before a long apposed role and name, and "and said" after a participle.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/analysis.js';
import { createDocument } from '../../src/analyse/document.js';
import { sentenceAnnotator } from '../../src/analyse/sentences.js';
import { annotateQuotes } from '../../src/analyse/quotes/index.js';
import { assembleText } from '../../src/extract/assemble.js';
import { quoteDoc } from '../support/quote-doc.js';

function doc(paragraphs: string[], names: Record<string, { forms: string[]; type?: Entity['type'] }>) {
  const { text, blocks } = assembleText(paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p })));
  const d = createDocument({ id: 't', source: { fetchedAt: 'x' }, title: null, published: null, publishedFrom: null, language: 'en', text, blocks, related: [], media: [], dropped: [] }, { today: '2025-01-01' });
  sentenceAnnotator.annotate(d);
  d.entities = Object.entries(names).map(([name, p], i): Entity => ({
    id: `e${i + 1}`, name, type: p.type ?? 'person', roles: [], aliases: p.forms, geo: null,
    mentions: p.forms.flatMap((f) => [...text.matchAll(new RegExp(f, 'g'))].map((m) => ({ start: m.index!, end: m.index! + f.length }))),
  }));
  return d;
}
const quoteOf = (d: ReturnType<typeof doc>, words: string) => annotateQuotes(d).find((x) => x.text.includes(words));
const speakerOf = (d: ReturnType<typeof doc>, words: string) => {
  const q = quoteOf(d, words);
  return d.entities.find((e) => e.id === q?.speaker)?.name ?? q?.speakerName ?? null;
};

describe('quote speakers', () => {
  it('skips a "whose …" clause and never credits an event phrase', () => {
    const d = doc(['The Dockers Federation (DF), whose leader Ama Mensah attended Monday\'s meeting, said it would walk out "within the hour".'],
      { 'Dockers Federation': { forms: ['Dockers Federation', 'DF'], type: 'organization' }, 'Ama Mensah': { forms: ['Ama Mensah'] } });
    expect(speakerOf(d, 'within the hour')).toBe('Dockers Federation');
  });
  it('finds reported speech before "the <role>, <Name>, said in a statement"', () => {
    const d = doc(['The bridge will reopen on Monday, 3rd March, the director of the Roads Agency, Kwame Boateng, said in a statement.'],
      { 'Kwame Boateng': { forms: ['Kwame Boateng'] } });
    const q = quoteOf(d, 'bridge will reopen');
    expect(q?.text).toBe('The bridge will reopen on Monday, 3rd March');
    expect(speakerOf(d, 'bridge will reopen')).toBe('Kwame Boateng');
  });
  it('reads a second reported clause after "calling it …, and said"', () => {
    const d = doc(['Lena Ortiz rejected the report, calling it "fiction", and said local police still controlled the port.'], { 'Lena Ortiz': { forms: ['Lena Ortiz'] } });
    expect(quoteOf(d, 'police still controlled')?.kind).toBe('indirect');
    expect(speakerOf(d, 'police still controlled')).toBe('Lena Ortiz');
  });
});

describe('appositions around a speaker', () => {
  const q = (d: ReturnType<typeof quoteDoc>, t: string) => annotateQuotes(d).find((x) => x.text === t);
  it('reads two roles joined by "and" before a name as one role', () => {
    const d = quoteDoc(['"In July alone, they lost $300,000," said Anchorage businessman and blogger Andrew Halcro, a critic of the plan.'],
      { 'Andrew Halcro': ['Andrew Halcro'], 'place:Anchorage': ['Anchorage'] });
    expect(q(d, 'In July alone, they lost $300,000,')).toMatchObject({ speaker: 'e1' });
  });
  it('gives a description whose closing comma is missing to the person named before it', () => {
    const d = quoteDoc(['"We can work with him," Andrew Halcro said.', '"Dissolution of the corporation has taken four years," Robert McFarlane, an assistant state attorney general said Tuesday.'],
      { 'Andrew Halcro': ['Andrew Halcro'], 'Robert McFarlane': ['Robert McFarlane'] });
    expect(q(d, 'Dissolution of the corporation has taken four years,')).toMatchObject({ speaker: 'e2' });
  });
});

describe('relative clauses before a cue', () => {
  it('skips a long "whose" clause back to the subject', () => {
    const d = quoteDoc(['The 33-year-old Reid, whose personal life and plastic-surgery travails have earned her far more headlines than her career over the last few years, described herself to People a few months ago as "a social drinker."'],
      { Reid: ['Reid'], 'org:People': ['People'] });
    expect(annotateQuotes(d).find((x) => x.text.startsWith('a social drinker'))).toMatchObject({ speaker: 'e1' });
  });
  it('skips a relative clause that holds commas of its own (a place and its state, a number) back to the name', () => {
    const d = quoteDoc(['The group\'s president, Wendell Aaby, who grows soybeans and corn near Grand Forks, North Dakota, said members were "holding their breath."',
      'Sen. Everett Mayhew (R-Ala.), whose state is home to roughly 1,100 of its employees, wrote on X that the pause was "a bureaucratic overreaction."',
      'The association, which represents 500,000 growers in Iowa, Ohio and Illinois, said it was "deeply disappointed."'],
    { 'Wendell Aaby': ['Wendell Aaby'], 'place:Grand Forks': ['Grand Forks'], 'place:North Dakota': ['North Dakota'], 'Everett Mayhew': ['Everett Mayhew'] });
    expect(annotateQuotes(d).find((x) => x.text.startsWith('holding their breath'))).toMatchObject({ speaker: 'e1' });
    expect(annotateQuotes(d).find((x) => x.text.startsWith('a bureaucratic'))).toMatchObject({ speaker: 'e4' });
    expect(annotateQuotes(d).find((x) => x.text.startsWith('deeply disappointed'))).toMatchObject({ speakerName: 'The association' });
  });
  it('keeps a party-state tag and an intro phrase before the clause in their places', () => {
    const d = quoteDoc(['Sen. Dale Prewitt, R-Okla., whose office drafted 1,200 pages of amendments, called the bill "a Christmas tree."',
      'In comments at Ballot Access News, party chairman Markham Robinson, whose bio includes the hashtag #MAGA, writes that it is "a long shot."'],
    { 'Dale Prewitt': ['Dale Prewitt'], 'place:Okla.': ['Okla'], 'Markham Robinson': ['Markham Robinson'], 'org:Ballot Access News': ['Ballot Access News'] });
    expect(annotateQuotes(d).find((x) => x.text.startsWith('a Christmas tree'))).toMatchObject({ speaker: 'e1' });
    expect(annotateQuotes(d).find((x) => x.text.startsWith('a long shot'))).toMatchObject({ speaker: 'e3' });
  });
});

describe('cues after a partial quotation and reply cues', () => {
  it('credits "as <speaker> put it" after a partial quotation, not the sentence subject', () => {
    const d = quoteDoc(['Democrats signaled they would not bail out Republicans "without something real in return," as House Minority Whip Terrence Oyelaran (D-Md.) put it, pointing to expiring subsidies.'],
      { 'org:Democrats': ['Democrats'], 'org:Republicans': ['Republicans'], 'Terrence Oyelaran': ['Terrence Oyelaran'] });
    expect(annotateQuotes(d).find((x) => x.text.startsWith('without something'))).toMatchObject({ speaker: 'e3', cue: 'put it' });
  });
  it('gives nobody a partial quotation followed by "as expected" or "as well as"', () => {
    const d = quoteDoc(['The vote was "a close count," as expected in a chamber split down the middle.',
      'The bill is "a disaster," as well as a mistake, for the state\'s farmers.'], {});
    expect(annotateQuotes(d).find((x) => x.text.startsWith('a close count'))).toMatchObject({ speaker: null, speakerName: null });
    expect(annotateQuotes(d).find((x) => x.text.startsWith('a disaster'))).toMatchObject({ speaker: null, speakerName: null });
  });
  it('reads "shot back" and "fired back" as reply cues, and "shot" alone as none', () => {
    const d = quoteDoc(['"How many families are still living in tents?" Tolliver asked.', '"I don\'t have that number," Stanek said.',
      '"I do," Tolliver shot back. "It\'s 212."', '"That is false," Stanek fired back.'],
    { 'Wes Tolliver': ['Tolliver'], 'Gloria Stanek': ['Stanek'] });
    expect(annotateQuotes(d).find((x) => x.text.startsWith('I do,'))).toMatchObject({ speaker: 'e1', cue: 'shot back' });
    expect(annotateQuotes(d).find((x) => x.text.startsWith('That is false'))).toMatchObject({ speaker: 'e2', cue: 'fired back' });
  });
});

describe('what the clause, "as" and reply rules leave alone (a review\'s counterexamples)', () => {
  const speakerName = (d: ReturnType<typeof quoteDoc>, t: string) => {
    const q = annotateQuotes(d).find((x) => x.kind !== 'indirect' && x.text.startsWith(t));
    return d.entities.find((e) => e.id === q?.speaker)?.name ?? q?.speakerName ?? null;
  };
  it('skips no relative clause of an opening phrase, a month or a plain noun inside a longer subject', () => {
    const d = quoteDoc([
      'At the hearing, which stretched past midnight, Sen. Susan Collins, R-Maine, said the nominee had been "evasive at best."',
      'In a statement Tuesday, which was posted on the company\'s website, the chief executive, Mark Hill, said the cuts were "painful but necessary."',
      'Asked about the lawsuit filed by the state\'s attorney general, who is running for governor, a spokesman for the company, Sam Ortiz, said it was "baseless."',
      'The plant closed in March, which cost 400 jobs, and Mayor Tom Reed, a Republican, said the town would "find a way."',
    ], { 'Susan Collins': ['Susan Collins'], 'place:Maine': ['Maine'], 'Mark Hill': ['Mark Hill'], 'Sam Ortiz': ['Sam Ortiz'], 'Tom Reed': ['Tom Reed'] });
    expect(speakerName(d, 'evasive at best')).toBe('Susan Collins');
    expect(speakerName(d, 'painful but')).toBe('Mark Hill');
    expect(speakerName(d, 'baseless')).toBe('Sam Ortiz');
    expect(speakerName(d, 'find a way')).toBe('Tom Reed');
  });
  it('reads "as" before a cue that does not close its clause as "while", not as an attribution', () => {
    const d = quoteDoc(['Protesters outside the statehouse chanted "no justice, no peace" as Mayor Karen Lee spoke to reporters on the steps.',
      'Fans sang "Sweet Caroline" as the Red Sox announced the trade over the loudspeakers.'],
    { 'Karen Lee': ['Karen Lee'], 'org:Red Sox': ['Red Sox'] });
    expect(speakerName(d, 'no justice')).not.toBe('Karen Lee');
    expect(speakerName(d, 'Sweet Caroline')).not.toBe('Red Sox');
  });
  it('skips no relative clause after a preposition, wherever it stands, nor one after "put it" used for a place', () => {
    const d = quoteDoc([
      'NEW ORLEANS (AP) — In Louisiana, which took the brunt of the storm, flooding and wind, Gov. John Bel Edwards, a Democrat, said crews were "working around the clock."',
      'Days after President Joe Biden, who has struggled in recent polls, visited the border, Gov. Greg Abbott, a Republican, said it was "too little, too late."',
      'The county put it on the November ballot "so voters can decide," Commissioner Ray Dunn said.',
    ], { 'John Bel Edwards': ['John Bel Edwards'], 'place:Louisiana': ['Louisiana'], 'Joe Biden': ['Joe Biden'], 'Greg Abbott': ['Greg Abbott'], 'Ray Dunn': ['Ray Dunn'] });
    expect(speakerName(d, 'working around')).toBe('John Bel Edwards');
    expect(speakerName(d, 'too little')).toBe('Greg Abbott');
    expect(speakerName(d, 'so voters can decide')).toBe('Ray Dunn');
  });
  it('still credits "as X said in a statement" closing the sentence, and "as Rep. X memorably put it"', () => {
    const d = quoteDoc(['The new contract is "a fair deal for everyone," as union president Maria Ortiz said in a statement.',
      'The bill is "a Christmas tree," as Rep. Jim Jordan, R-Ohio, memorably put it, and Republicans will vote no.'],
    { 'Maria Ortiz': ['Maria Ortiz'], 'Jim Jordan': ['Jim Jordan'], 'org:Republicans': ['Republicans'] });
    expect(speakerName(d, 'a fair deal')).toBe('Maria Ortiz');
    expect(speakerName(d, 'a Christmas tree')).toBe('Jim Jordan');
  });
  it('reads "put it more bluntly:" before a quotation, not "put it to voters,"', () => {
    const d = quoteDoc(['Republican pollster Anne-Marie Quist put it more bluntly: "Third parties don\'t win."',
      'The council put it to voters, "because it\'s their money," Councilwoman Rita Shaw said.'],
    { 'Anne-Marie Quist': ['Anne-Marie Quist'], 'org:council': ['council'], 'Rita Shaw': ['Rita Shaw'] });
    expect(speakerName(d, 'Third parties')).toBe('Anne-Marie Quist');
    expect(speakerName(d, 'because it')).toBe('Rita Shaw');
  });
  it('makes no reported speech of gunfire, and lets "Sr." end a sentence', () => {
    const d = quoteDoc(['When the gunman opened fire, the officer shot back, striking him twice, police said.',
      'The vote was "a long time coming," said the Rev. Al Sharpton Sr. Sharpton spoke at the church on Sunday.'], { 'Al Sharpton': ['Al Sharpton'] });
    expect(annotateQuotes(d).some((x) => x.cue === 'shot back')).toBe(false);
    expect(speakerName(d, 'a long time coming')).not.toBe('Al Sharpton Sr. Sharpton');
  });
  it('takes gunfire right before a quotation for no reply', () => {
    const d = quoteDoc(['The Marines fired back "with everything they had," Sgt. Luis Ortega recalled years later.',
      'Investigators said the officer fired back "within a second or two" of being hit.'],
    { 'org:Marines': ['Marines'], 'Luis Ortega': ['Luis Ortega'], 'org:Investigators': ['Investigators'] });
    expect(speakerName(d, 'with everything')).toBe('Luis Ortega');
    expect(speakerName(d, 'within a second')).not.toBe('officer');
  });
});
