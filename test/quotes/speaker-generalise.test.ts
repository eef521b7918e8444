// Speaker mechanisms meant to carry over to news nobody tuned on (issue 9): a sentence's subject after any
// adverbial opener, and the name that follows a role word ("AIP chairman Markham Robinson"), whatever the entity
// layer made of the organisation around it. Made-up sentences of the same shapes as the train/dev misses.
import { describe, expect, it } from 'vitest';
import { annotateQuotes } from '../../src/analyse/quotes/index.js';
import { quoteDoc as doc } from '../support/quote-doc.js';

const q = (d: ReturnType<typeof doc>, t: string) => annotateQuotes(d).find((x) => x.text === t && x.kind !== 'indirect');

describe('the subject after an opening phrase', () => {
  it('skips a subordinate clause before the subject', () => {
    const d = doc(['When asked whether the payments had swayed the committee and its chair, Lena Moss gave a terse "no."'], { 'Lena Moss': ['Lena Moss'] });
    expect(q(d, 'no.')).toMatchObject({ speaker: 'e1' });
  });
  it('skips two openers ("However, addressing …,") before a verb and a colon', () => {
    const d = doc(['However, addressing the delegates, Omar Haddad proposed: "Every city should plant a forest this year."'], { 'Omar Haddad': ['Omar Haddad'] });
    expect(q(d, 'Every city should plant a forest this year.')).toMatchObject({ speaker: 'e1' });
  });
  it('a prepositional opener of more than sixty characters', () => {
    const d = doc(['With this forming of a political and economic alliance with the coastal countries, Ruth Adler envisioned an end to their "fringe country" status.'], { 'Ruth Adler': ['Ruth Adler'] });
    expect(q(d, 'fringe country')).toMatchObject({ speaker: 'e1' });
  });
  it('a capitalised word ending in -ing is a name, not an opener', () => {
    const d = doc(['Boeing did not release any details about the build, telling Wikinews the company "extends its condolences to the families".'], { 'org:Boeing': ['Boeing'] });
    expect(q(d, 'extends its condolences to the families')).toMatchObject({ speaker: 'e1' });
  });
});

describe('the name after a role word', () => {
  it('credits the person, not the organisation before the role', () => {
    const d = doc(['The party chose another ticket.', 'AIP chairman Markham Robinson reflects this view in his comments:', '"Foreign tourists are not under it."'],
      { 'org:American Independent Party': ['AIP'], 'Markham Robinson': ['Markham Robinson'] });
    expect(q(d, 'Foreign tourists are not under it.')).toMatchObject({ speaker: 'e2' });
  });
  it('credits a titled name inside an "of" phrase ("House of Commons Speaker John Bercow")', () => {
    const d = doc(['House of Commons Speaker John Bercow commented on the matter: "It is blindingly obvious."'], { 'org:House of Commons': ['House of Commons'], 'John Bercow': ['John Bercow'] });
    expect(q(d, 'It is blindingly obvious.')).toMatchObject({ speaker: 'e2' });
  });
  it('keeps the name the entity layer missed as the speaker\'s words', () => {
    const d = doc(['House of Commons Speaker John Bercow commented on the matter: "It is blindingly obvious."'], { 'org:House of Commons': ['House of Commons'] });
    expect(q(d, 'It is blindingly obvious.')).toMatchObject({ speaker: null, speakerName: 'John Bercow' });
  });
});

describe('pronouns', () => {
  it('a possessor is the antecedent of "he" when no other person stands before', () => {
    const d = doc(['Actor Tom Reyes\'s appearance at the fair came straight from a shoot in the desert. He quipped "I still have sand in my boots."'], { 'Tom Reyes': ['Tom Reyes'] });
    expect(q(d, 'I still have sand in my boots.')).toMatchObject({ speaker: 'e1' });
  });
  it('but not over a person named as a subject', () => {
    const d = doc(['Tom Reyes\'s film opened. Mark Dale reviewed it. He wrote "It is a triumph."'], { 'Tom Reyes': ['Tom Reyes'], 'Mark Dale': ['Mark Dale'] });
    expect(q(d, 'It is a triumph.')).toMatchObject({ speaker: 'e2' });
  });
});

describe('the speaker phrase before "of" and an organisation', () => {
  it('walks back over a long organisation name to the person ("Professor X of Y School of Law writes")', () => {
    const d = doc(['Professor Jane K. Eastwood of Halden University School of Law writes that the term requires "complete jurisdiction" of parents.'],
      { 'org:Halden University School of Law': ['Halden University School of Law'] });
    expect(q(d, 'complete jurisdiction')?.speakerName).toMatch(/Jane K\. Eastwood/);
  });
  it('reads a surname with a particle as part of the name ("el-Sisi of Egypt")', () => {
    const d = doc(['At the summit, AU chairperson President Abdel Fattah el-Sisi of Egypt said, "The success of the zone will be the real test."'],
      { 'org:AU': ['AU'], 'Egypt': ['Egypt'] });
    expect(q(d, 'The success of the zone will be the real test.')?.speakerName).toMatch(/el-Sisi/);
  });
});

describe('surnames', () => {
  it('a surname the entity layer typed as a place links to the person of that name', () => {
    const d = doc(['Darcy Rowland is the running mate.', 'Rowland has since made peace with the campaign and remains "fully committed" to it.'],
      { 'Darcy Rowland': ['Darcy Rowland'], 'org:Rowland': ['Rowland'] });
    d.entities[1]!.mentions = d.entities[1]!.mentions.filter((m) => m.start > 30);
    d.entities[1]!.type = 'place';
    expect(q(d, 'fully committed')).toMatchObject({ speaker: 'e1' });
  });
});

describe('interview transcripts', () => {
  it('"I" in a later paragraph of an answer is the labelled speaker of that answer', () => {
    const d = doc(['((WN)) How did people react?', '((Mira Holt)) Some were angry.', 'Some people asked me "Are you for or against?" and I said, "Neither, I am a scientist".'],
      { 'org:Atheist Forum': ['Atheist Forum'] });
    expect(q(d, 'Neither, I am a scientist')?.speakerName).toBe('Mira Holt');
  });
  it('but never the interviewer\'s', () => {
    const d = doc(['((Mira Holt)) Some were angry.', '((WN)) I see.', 'And I said, "Tell me more".'], {});
    expect(q(d, 'Tell me more')?.speakerName).not.toBe('Mira Holt');
  });
});

describe('partial names', () => {
  it('a person entity covering only the start of the name does not name the speaker', () => {
    const d = doc(['Professor John C. Eastwood writes that the rule requires "complete jurisdiction" of parents.'], { 'John C.': ['John C.'] });
    expect(q(d, 'complete jurisdiction')).toMatchObject({ speaker: null, speakerName: 'John C. Eastwood' });
  });
});

describe('addressees', () => {
  it('the person told is not the "he" who speaks next', () => {
    const d = doc(['"We were flabbergasted," Vera Stanic told Paul Green.', '"Our work calls for a revision," she told the magazine.'],
      { 'Vera Stanic': ['Vera Stanic'], 'Paul Green': ['Paul Green'] });
    d.entities[1]!.type = 'person';
    expect(q(d, 'Our work calls for a revision,')).toMatchObject({ speaker: 'e1' });
    const e = doc(['"We were flabbergasted," Vera Stanic told National Geographic.', '"Our work calls for a revision," he told the magazine.'],
      { 'Vera Stanic': ['Vera Stanic'], 'National Geographic': ['National Geographic'] });
    expect(q(e, 'Our work calls for a revision,')?.speaker).not.toBe('e2');
  });
});

describe('names that speak', () => {
  it('a name the typer left as a place off the map is a person once it speaks ("X, an official, on Tuesday told")', () => {
    const d = doc(['Doug Mills explained the signal.', 'Baso Dameng, a security official from the port, on Tuesday told The Post radio was used. He added officials "are still waiting for updates".'],
      { 'Doug Mills': ['Doug Mills'], 'org:Baso Dameng': ['Baso Dameng'] });
    d.entities[1]!.type = 'place';
    expect(q(d, 'are still waiting for updates')).toMatchObject({ speaker: 'e2' });
  });
});

describe('passives', () => {
  it('an adverb between the auxiliary and a passive cue keeps the agent after "by"', () => {
    const d = doc(['The outbreak was previously declared to be a "pandemic" by the World Health Organization.'], { 'org:World Health Organization': ['World Health Organization'] });
    expect(q(d, 'pandemic')).toMatchObject({ speaker: 'e1' });
  });
});

describe('participles after a quotation the sentence splitter cut', () => {
  it('"X remarked, “… . … ,” further remarking, “…”" credits X', () => {
    const d = doc(['Senator Ana Pell remarked, "It has been a long fight. I see the fruits of the labour of many people," further remarking, "Women here have said it is time."'], { 'Ana Pell': ['Ana Pell'] });
    expect(q(d, 'Women here have said it is time.')).toMatchObject({ speaker: 'e1' });
  });
});

describe('quotations after a sentence opener', () => {
  it('"During the premiere, “…”" continues the speaker of the quotation before', () => {
    const d = doc(['Lead actor Paul Kim talked about how the show was underestimated "until now." During the premiere, "I felt like Cinderella at the ball."'], { 'Paul Kim': ['Paul Kim'] });
    expect(q(d, 'I felt like Cinderella at the ball.')).toMatchObject({ speaker: 'e1' });
  });
  it('but a stance adverb ("Reportedly, “COVI” represents …") does not', () => {
    const d = doc(['The committee named the virus "SARS-CoV-2". Reportedly, "COVI" represents the coronavirus.'], { 'org:The committee': ['The committee'] });
    expect(q(d, 'COVI')?.speaker ?? null).toBeNull();
  });
});

describe('a participle opening the sentence', () => {
  it('"Saying “…”, X elaborated" credits the subject of the main clause', () => {
    const d = doc(['Saying "there are many cases despite the threat", President Alberto Ruiz elaborated on the bill.'], { 'Alberto Ruiz': ['Alberto Ruiz'] });
    expect(q(d, 'there are many cases despite the threat')).toMatchObject({ speaker: 'e1' });
  });
  it('"Calling it a “…” the archbishop said" too', () => {
    const d = doc(['Calling it a "culture of death" the archbishop Jorge Saenz said "We need to pray."'], { 'Jorge Saenz': ['Jorge Saenz'] });
    expect(q(d, 'culture of death')).toMatchObject({ speaker: 'e1' });
  });
});
