// Speech with no quotation marks under a speaker label (broadcast and debate transcripts), quotations labelled by a
// name (reaction bullets), and descriptions that stand for the person just named: each a made-up text, then texts
// where the same rule could over-reach.
import { describe, expect, it } from 'vitest';
import { annotateQuotes } from '../../src/analyse/quotes/index.js';
import { quoteDoc } from '../support/quote-doc.js';

const quotes = (d: ReturnType<typeof quoteDoc>) => annotateQuotes(d).filter((x) => x.kind !== 'indirect');
const q = (d: ReturnType<typeof quoteDoc>, t: string) => quotes(d).find((x) => x.text.startsWith(t));

describe('transcript turns', () => {
  const interview = quoteDoc([
    'Host Dana Kovac interviewed Gov. Renee Calloway about the budget impasse.',
    'KOVAC: Governor, thanks for joining us this morning.',
    'GOV. RENEE CALLOWAY (D-MI): Thanks for having me, Dana.',
    'KOVAC: Is Michigan headed for a shutdown?',
    'CALLOWAY: (LAUGHS) No. I have been through tougher negotiations than this.',
  ], { 'Dana Kovac': ['Dana Kovac', 'Kovac'], 'Renee Calloway': ['Renee Calloway', 'Calloway'] });

  it('credits each turn to the person its label names, titles and party tags aside', () => {
    expect(q(interview, 'Governor, thanks')).toMatchObject({ kind: 'direct', speaker: 'e1', cue: 'KOVAC:' });
    expect(q(interview, 'Thanks for having me')).toMatchObject({ speaker: 'e2' });
    expect(q(interview, 'Is Michigan headed')).toMatchObject({ speaker: 'e1' });
  });
  it('reads a full label used once as the speaker whose surname labels the later turns, and a name with a broadcast role', () => {
    const d = quoteDoc([
      'KEISHA MORROW, CNN ANCHOR: Joining me now is the senator. Thanks for being here.',
      'SEN. PHILIP ODELL (R-NC): Good to be with you, Keisha.',
      'MORROW: Is the bill dead?', 'ODELL: Not yet.', 'MORROW: And your colleagues?', 'ODELL: They will come around.',
      'SCOTT VEDDER, FORMER RNC SPOKESMAN: I would push back on that.',
    ], { 'Phil Odell': ['Phil Odell'] });
    expect(q(d, 'Joining me now')).toMatchObject({ speakerName: 'Keisha Morrow' });
    expect(q(d, 'Good to be with you')).toMatchObject({ speakerName: 'Philip Odell' });
    expect(q(d, 'I would push back')).toMatchObject({ speakerName: 'Scott Vedder' });
  });
  it('takes headings that share a last word, and a place with a role, for no speaker labels', () => {
    const d = quoteDoc(['BEST ACTOR: Cillian Murphy, Oppenheimer.', 'BEST SUPPORTING ACTOR: Robert Downey Jr., Oppenheimer.',
      'WHAT WE KNOW: At least six workers were hurt.', 'WHAT WE DON\'T KNOW: What caused the blast.',
      'ARIZONA, GOVERNOR: Democrat Katie Hobbs held her seat.', 'NEW MEXICO, GOVERNOR: The race was too close to call.',
      'CITY COUNCIL, PRESIDENT: Maria Lopez 4,210; John Reed 3,987.', 'SHERIFF\'S OFFICE, SPOKESMAN: Call 555-0100 after 5 p.m.'], {});
    expect(quotes(d)).toEqual([]);
  });
  it('takes no dateline with a state code for a speaker label', () => {
    const d = quoteDoc(['NEW YORK, NY: Acme Corp. said on Monday it would cut 300 jobs.', 'LOS ANGELES, CA: Beta Inc. said it would hire 200.',
      'Both companies said the changes would be finished by June.'], {});
    expect(quotes(d).some((x) => x.text.startsWith('Acme Corp.') || x.text.startsWith('Beta Inc.'))).toBe(false);
  });
  it('starts the speech after a stage direction', () => {
    expect(q(interview, 'No. I have been')).toMatchObject({ speaker: 'e2' });
    expect(quotes(interview).some((x) => x.text.startsWith('(LAUGHS)'))).toBe(false);
  });
  it('keeps a label that names nobody when it labels several turns, with the label as the name', () => {
    const d = quoteDoc(['DUNMORE: Your response?', 'STROUD: It is arithmetic.', 'DUNMORE: Briefly, please.'], {});
    expect(q(d, 'Your response')).toMatchObject({ speaker: null, speakerName: 'Dunmore' });
    expect(q(d, 'It is arithmetic')).toBeUndefined(); // one turn under a label nobody is named by: no speaker known
  });
  it('reads initials as the interviewee they abbreviate', () => {
    const d = quoteDoc(['Wikinews spoke with biologist Natasha Gownaris.', 'WN: Why this colony?', 'NG: The study started in 1982.', 'NG: Females die more often.'],
      { 'Natasha Gownaris': ['Natasha Gownaris'] });
    expect(q(d, 'The study started')).toMatchObject({ speaker: 'e1' });
    expect(q(d, 'Why this colony')).toBeUndefined(); // the interviewer's questions are not the interviewee's words
  });
  it('gives a marked quotation inside a turn its turn\'s speaker when nothing else attributes it', () => {
    const d = quoteDoc(['Dana Kovac spoke with Renee Calloway.', 'KOVAC: Welcome back.', 'CALLOWAY: As I keep telling people, "we will not shut down."'],
      { 'Dana Kovac': ['Kovac'], 'Renee Calloway': ['Calloway'] });
    expect(q(d, 'we will not shut down')).toMatchObject({ speaker: 'e2' });
  });
  it('takes no furniture label for a speaker, even when the entity layer made a person of it', () => {
    const d = quoteDoc(['Crews worked through the night.', 'UPDATE: Utility crews say repairs could take days.', 'UPDATE: Power is back in the north.', 'UP NEXT: The mayor speaks at noon.'],
      { UPDATE: ['UPDATE'], 'UP NEXT': ['UP NEXT'] });
    expect(quotes(d)).toEqual([]);
  });
  it('resolves neither a role label nor a surname two people share', () => {
    const d = quoteDoc(['President Ellen Shaw met Rep. Alan Price and Joan Price.', 'THE PRESIDENT: Good morning.', 'REP. PRICE: Thank you.', 'MS. PRICE: And the bridge?', 'THE PRESIDENT: We will build it.'],
      { 'Ellen Shaw': ['Ellen Shaw'], 'Alan Price': ['Alan Price'], 'Joan Price': ['Joan Price'], 'Madam President': ['President'] });
    expect(quotes(d).filter((x) => x.speaker)).toEqual([]);
  });
  it('reads no initials outside an interview ("UK:" is no Uma Kapoor)', () => {
    const d = quoteDoc(['Economists Uma Kapoor and Ulrich Steiner watch prices.', 'UK: Inflation fell to 3.1 percent.', 'US: Prices rose 0.2 percent.'],
      { 'Uma Kapoor': ['Uma Kapoor'], 'Ulrich Steiner': ['Ulrich Steiner'] });
    expect(quotes(d).filter((x) => x.speaker)).toEqual([]);
  });
  it('takes no dateline, update label or one labelled paragraph for a transcript', () => {
    const d = quoteDoc(['WASHINGTON: The Senate passed the bill on Friday.', 'UPDATE: The House will vote on Monday.', 'Sen. Ann Roe backed it.'],
      { 'place:Washington': ['WASHINGTON'], 'Ann Roe': ['Ann Roe'] });
    expect(quotes(d)).toEqual([]);
    const one = quoteDoc(['ROE: We will pass it.', 'The vote is on Monday.'], { 'Ann Roe': ['Ann Roe', 'Roe'] });
    expect(quotes(one)).toEqual([]);
  });
});

describe('a name labelling a quotation', () => {
  it('credits the titled name before the colon, in a reactions bullet', () => {
    const d = quoteDoc(['What they are saying: senators staked out positions.', 'Sen. Beverly Strand (R-Neb.): “I have worked with Carla. She has my vote.”'], {});
    expect(q(d, 'I have worked with Carla')).toMatchObject({ speakerName: 'Beverly Strand' });
  });
  it('gives nothing for a label that is no person or organisation', () => {
    const d = quoteDoc(['Update: “The polls are now closed.”'], {});
    expect(q(d, 'The polls are now closed')?.speakerName ?? null).toBeNull();
  });
});

describe('descriptions standing for the person just named', () => {
  it('reads past a party-state tag and a relative clause to the name', () => {
    const d = quoteDoc(['Sen. Dale Prewitt, R-Okla., who led the opposition, called the bill "a Christmas tree with the lights left on."'],
      { 'Dale Prewitt': ['Dale Prewitt'], 'place:Okla.': ['Okla'] });
    expect(q(d, 'a Christmas tree')).toMatchObject({ speaker: 'e1' });
  });
  it('resolves "the Maine Republican" to the subject closing the paragraph before, never to the state', () => {
    const d = quoteDoc(['The nominee was confirmed with support from Dwight Carrow of Maine and Ruth Abernathy of Ohio.',
      'Carrow, who is up for re-election next year, brushed off the attack in an interview.',
      '"I have been called worse," the Maine Republican said.'],
    { 'Dwight Carrow': ['Dwight Carrow', 'Carrow'], 'Ruth Abernathy': ['Ruth Abernathy'], 'place:Maine': ['Maine'] });
    expect(q(d, 'I have been called worse')).toMatchObject({ speaker: 'e1' });
  });
  it('keeps the words when the subject before was named as another party\'s', () => {
    const d = quoteDoc(['Sen. Ann Roe, D-Maine, left the chamber early.', '"We will see," the Maine Republican said.'],
      { 'Ann Roe': ['Ann Roe'], 'place:Maine': ['Maine'] });
    expect(q(d, 'We will see')).toMatchObject({ speaker: null, speakerName: 'the Maine Republican' });
  });
  it('keeps the words of an age with a job, which introduces someone new as often as not', () => {
    const d = quoteDoc(['Wren Castaneda does not like to say the name of her party.', '“I am running as me,” the 44-year-old cattle rancher said.'],
      { 'Wren Castaneda': ['Wren Castaneda'] });
    expect(q(d, 'I am running as me')).toMatchObject({ speaker: null });
    const victim = quoteDoc(['Mark Dunn died at the scene. “He was the kindest man on this street,” said the 67-year-old retired teacher who lived next door.'],
      { 'Mark Dunn': ['Mark Dunn'] });
    expect(q(victim, 'He was the kindest')).toMatchObject({ speaker: null });
  });
  it('resolves an age with a job to the person named with that age', () => {
    const d = quoteDoc(['Wren Castaneda, 44, does not like to say the name of her party.', '“I am running as me,” the 44-year-old cattle rancher said.'],
      { 'Wren Castaneda': ['Wren Castaneda'] });
    expect(q(d, 'I am running as me')).toMatchObject({ speaker: 'e1' });
  });
  it('gives a bare age to no subject named with another age before the name', () => {
    const d = quoteDoc(['Ana Ruiz, who is 30, and 45-year-old Ben Cole were charged. Cole told officers he had been attacked. “I was just defending myself,” the 30-year-old said.'],
      { 'Ana Ruiz': ['Ana Ruiz'], 'Ben Cole': ['Ben Cole', 'Cole'] });
    expect(q(d, 'I was just defending')?.speaker).not.toBe('e2');
  });
  it('gives a party description with a state to no subject not named as of that state', () => {
    const d = quoteDoc(['Gov. Paula Stroud attacked her challenger on Monday.', '“She is lying about my record,” the Ohio Republican responded.'],
      { 'Paula Stroud': ['Paula Stroud', 'Stroud'] });
    expect(q(d, 'She is lying')?.speaker).toBeNull();
  });
  it('resolves "the judge" to the bare-named subject before, titled earlier, over a later judge', () => {
    const d = quoteDoc(['U.S. District Judge Amy Park dismissed the suit, and a panel led by Judge Tom Reyes revived it.',
      'Park had ruled that the plaintiffs lacked standing. “The harm they allege is speculative,” the judge wrote.'],
    { 'Amy Park': ['Amy Park', 'Park'], 'Tom Reyes': ['Tom Reyes'] });
    expect(q(d, 'The harm they allege')).toMatchObject({ speaker: 'e1' });
  });
  it('resolves "the sheriff" to the person named after "Sheriff"', () => {
    const d = quoteDoc(['“We have 260 people in it,” said Sheriff Boyd Langford.', '“He signed it without asking,” Mr. Oduya said.',
      '“I cannot control who puts an ad on TV,” the sheriff said.'], { 'Boyd Langford': ['Boyd Langford', 'Langford'], 'Ken Oduya': ['Oduya'] });
    expect(q(d, 'I cannot control')).toMatchObject({ speaker: 'e1' });
  });
  it('gives a participle the sentence\'s subject, not the object of an infinitive cue before it', () => {
    const d = quoteDoc(['Former President Walter Brandt lashed out at the senators who voted to confirm President Hollis\'s pick, warning that voters "will remember" the vote.'],
      { 'Walter Brandt': ['Walter Brandt'], Hollis: ['Hollis'] });
    expect(q(d, 'will remember')).toMatchObject({ speaker: 'e1' });
  });
  it('reads "then" after a quotation as coordinating the next verb with the subject', () => {
    const d = quoteDoc(['Republican Grant Dorsey, a former fund manager, said he would "leave it to the states," then accused his opponent of supporting "abortion up to birth."'],
      { 'Grant Dorsey': ['Grant Dorsey'] });
    expect(q(d, 'abortion up to birth')).toMatchObject({ speaker: 'e1' });
  });
  it('reads "which" after a comma as the organisation before it', () => {
    const d = quoteDoc(['Lawmakers met the American Farm Bureau Federation, which called it "a common-sense step to protect rural communities."'],
      { 'org:American Farm Bureau Federation': ['American Farm Bureau Federation'] });
    expect(q(d, 'a common-sense step')).toMatchObject({ speaker: 'e1' });
    const data = quoteDoc(['The drone sent back the data it had collected, which revealed "a mass below 1400 feet."'], {});
    expect(annotateQuotes(data).some((x) => x.speakerName === 'had collected')).toBe(false);
  });
});
