// Speaker shapes of news copy found on the ECB+ dev2 quote set (bench/understanding/quotes-ecb3.json), each a made-up
// article of the same shape run through the whole analysis, with the counterexamples a review ran against each rule.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/api.js';
import { speakerOf } from '../support/quote-speakers.js';
import { splitSentences } from '../../src/analyse/sentences.js';

const sentences = (t: string) => splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));

describe('initials run together', () => {
  it('end no sentence before a name, and end one after an organisation\'s letters', () => {
    expect(sentences('T.J. Simons, 17, also heard the blast.')).toHaveLength(1);
    expect(sentences('His son, T.J. DiLeo, is a guard. J.R.R. Tolkien wrote it.')).toHaveLength(2);
    expect(sentences('She joined the N.A.A.C.P. She was 20.')).toHaveLength(2);
    expect(sentences('He sued the F.B.I. John Smith, a spokesman, declined to comment.')).toHaveLength(2);
    expect(sentences('It was part of the U.S.S.R. The war ended.')).toHaveLength(2);
    expect(sentences('A rally was held in Washington, D.C. The crowd was big.')).toHaveLength(2);
  });
});

describe('a full stop inside a short parenthesis', () => {
  it('ends no sentence ("(D-W. Va.), who …"), while one after the parenthesis does', () => {
    expect(sentences('Chairman Nick J. Rahall II (D-W. Va.), who sought to overturn the rule, called it a change.')).toHaveLength(1);
    expect(sentences('He met Rep. Jim Jordan (R-Ohio). Then he left.')).toHaveLength(2);
  });
});

describe('a witness introduced in the paragraph before a cue-less quotation', () => {
  const opening = 'PORTLAND — A bomb exploded at a bank on Friday, police said.\n\n“I heard a loud noise and ran outside,” said Bob Currie, who lives nearby.\n\n';
  it('speaks it', () => {
    expect(speakerOf(`${opening}T.J. Simons, 17, who works at the gas station near the bank, also heard the blast.\n\n“At first I thought it was thunder, until I saw the police.”`, 'At first')).toBe('T.J. Simons');
  });
  it('does not, when something is done to them or the quotation speaks of them', () => {
    expect(speakerOf(`${opening}Jane Smith, 34, who lived next door, was killed in the blast.\n\n“I never saw anything like it.”`, 'I never')).toBe('Bob Currie');
    expect(speakerOf(`${opening}Jane Smith, 34, who lived next door, also heard the blast.\n\n“She was terrified.”`, 'She was')).toBe('Bob Currie');
  });
});

describe('the name after an inverted cue', () => {
  it('follows an age and a role', () => {
    expect(speakerOf('ATHENS — Protests went on.\n\n“We want more uprisings,” said 32-year-old protester Paris Kyriakides.', 'We want')).toBe('Paris Kyriakides');
  });
  it('is the author a document speaks for, not a time or place it is set in', () => {
    expect(speakerOf('ATHENS — Riots went on.\n\n“Greece has surrendered itself to flames,” said an editorial in the conservative daily Eleftheros Typos.', 'Greece')).toBe('Eleftheros Typos');
    expect(speakerOf('ROME — The church spoke.\n\n“We are grateful,” said a statement from the Vatican.', 'We are')).toBe('Vatican');
    expect(speakerOf('LONDON — Theresa May resigned.\n\n“The government has lost control,” said a report in May.', 'The government')).not.toBe('Theresa May');
    expect(speakerOf('LONDON — Unrest grew.\n\n“We are worried,” said a statement from the embassy in Washington.', 'We are')).not.toBe('Washington');
  });
  it('stands before "on" ("wrote X on the company blog")', () => {
    expect(speakerOf('SEATTLE — A flaw was found.\n\n“We are seeing new versions of the exploit,” wrote McAfee security expert Rahul Mohandas on the company blog.', 'We are')).toBe('Rahul Mohandas');
  });
  it('reports no clause of the quotation\'s subject ("Echenique “…,” said VanDeest, who …")', () => {
    const text = 'OMAHA — Creighton won.\n\nEchenique “was definitely a big factor,” said VanDeest, who had 13 points.\n\n“He has a huge body and uses it well.\n\nHe really stepped up.”';
    expect(speakerOf(text, 'He has')).toBe('VanDeest');
  });
});

describe('after a quotation that ends its sentence', () => {
  it('a role before the name still names the speaker when the cue ends the sentence', () => {
    expect(speakerOf('INDIANAPOLIS — The Colts won.\n\n"Would we have done it without him?" Colts interim coach Bruce Arians asked.', 'Would we')).toBe('Bruce Arians');
  });
  it('but a sentence of news about someone else does not take the quotation', () => {
    const text = 'INDIANAPOLIS — The Colts lost.\n\n“He should be fired,” said fan Tom Lee. “He lost us the game.” Team owner Jim Irsay said on Monday that the coach would stay.';
    expect(speakerOf(text, 'He lost')).toBe('Tom Lee');
  });
});

describe('"it said"', () => {
  it('is the organisation that opened a sentence in reach, or the one quoted last', () => {
    expect(speakerOf('SEATTLE — Microsoft released a patch on Tuesday.\n\n“The flaw is critical,” it said in a statement.', 'The flaw')).toBe('Microsoft');
    const text = 'SEATTLE — Microsoft lost a case.\n\n“We will appeal,” Microsoft said on Monday. Regulators fined the company after a complaint by Google.\n\n“The ruling ignores the facts,” it said.';
    expect(speakerOf(text, 'The ruling')).toBe('Microsoft');
  });
  it('is no one in "it was reported"', () => {
    const a = analyzeText('WASHINGTON — Congress passed the bill on Tuesday. On Friday, it was reported that the White House would veto it.', { today: '2026-01-01', format: 'text' });
    expect(a.quotes.every((q) => q.speaker === null)).toBe(true);
  });
});

describe('manner-of-speaking verbs', () => {
  it('credit words right after a quotation', () => {
    expect(speakerOf('NEW YORK — Protests went on.\n\n“Please stay out of our community,” Councilman Jumaane Williams fumed on Twitter.', 'Please')).toContain('Jumaane Williams');
  });
  it('are literal before one', () => {
    expect(speakerOf('ALBANY — The judge read the verdict.\n\nHer mother sobbed as the judge read out the sentence: “Life in prison without parole.”', 'Life')).not.toBe('Her mother');
  });
});

describe('a participle\'s "with"', () => {
  it('names its own subject before the earlier cue\'s', () => {
    expect(speakerOf('WASHINGTON — The rule changed.\n\nAt the time, Obama stated that he opposed the changes, with a spokesman stating: “As president, Senator Obama will fight the proposal.”', 'As president')).toBe('a spokesman');
  });
});

describe('a quotation over several paragraphs', () => {
  it('hands its speaker on from the paragraph where it closes', () => {
    const text = 'VICTORIA — A man was charged.\n\nOutside court, Fowler said Kirkpatrick is “not doing very well.”\n\n“He is placed in a double bunk.\n\nHe can not sleep.\n\nIt is freezing cold.\n\nThe institutions are too full.”\n\n“He is presumed innocent and should be treated better.”';
    expect(speakerOf(text, 'He is presumed')).toBe('Fowler');
  });
});

describe('he or she after a sentence a named person opens', () => {
  it('goes to that subject, not to a person named later in it as an object', () => {
    const text = 'WASHINGTON — Patrick Gray was named acting director.\n\nEfton A. Stanfield, a former FBI agent, asked Nixon in a telegram to replace Gray.\n\n“Mr. Felt is a man of outstanding loyalty,” he said.';
    expect(speakerOf(text, 'Mr. Felt')).toBe('Efton A. Stanfield');
  });
  it('still goes to the named speaker of an inverted cue after an organisation\'s employee', () => {
    const text = 'BOSTON — A tank leaked.\n\nA Crowley employee was at the office within minutes, said terminal manager Jasper Hall.\n\n“The terminal mainly holds heating oil,” he said.';
    expect(speakerOf(text, 'The terminal')).toBe('Jasper Hall');
  });
});

describe('a second review\'s counterexamples', () => {
  it('reads "with X later saying" and a statement that opens its sentence', () => {
    expect(speakerOf('WASHINGTON — The talks collapsed, with Senator Chuck Schumer later saying: "We are done negotiating."', 'We are')).toBe('Chuck Schumer');
    const a = analyzeText('LONDON — A fire broke out.\n\n“The fire spread rapidly,” the London Fire Brigade said. A statement from Google said the office would be rebuilt.', { today: '2026-01-01', format: 'text' });
    const names = new Map(a.entities.map((e) => [e.id, e.name]));
    expect(a.quotes.filter((q) => q.kind === 'indirect').map((q) => names.get(q.speaker!))).toEqual(['Google']);
  });
  it('gives "it" no organisation behind a nearer subject that is none', () => {
    expect(speakerOf('SEATTLE — Boeing delivered 30 planes in May. The agency that oversees aviation safety released a report on Tuesday.\n\n“Quality problems persist,” it said.', 'Quality')).not.toBe('Boeing');
  });
  it('takes a role before the name when the cue ends with its audience and time, not before a clause', () => {
    const text = 'BALTIMORE — The Ravens lost.\n\n“That was embarrassing.” Head coach John Harbaugh told reporters on Sunday night.\n\n“He lost us the game.” Team owner Jim Irsay said he would stay.';
    expect(speakerOf(text, 'That was')).toBe('John Harbaugh');
    expect(speakerOf(text, 'He lost')).not.toBe('Jim Irsay');
  });
  it('lets a witness who was doing something speak, and reads a person\'s initials after a preposition', () => {
    const text = 'PORTLAND — A gunman opened fire.\n\n“I heard shots,” said Bob Currie, who lives nearby.\n\nMary Jones, 52, who lives across the street, was walking her dog when the shooting began.\n\n“He was wearing a black mask.”';
    expect(speakerOf(text, 'He was')).toBe('Mary Jones');
    expect(sentences('It was produced by J.K. Rowling. She wrote it.')).toEqual(['It was produced by J.K. Rowling.', 'She wrote it.']);
    expect(sentences('Analysts at J.P. Morgan Chase said so.')).toHaveLength(1);
  });
});
