// Page text that is neither the article nor a sentence of any language: a page's script, data or markup copied with
// its text, a teaser's excerpt cut off before its link, a teaser line that says its headline twice, a paragraph of
// legal notices after the article, and links to the neighbouring post. Each example is made up for the rule, and
// prose that looks a little like it stays.
import { describe, expect, it } from 'vitest';
import { boilerplateKind } from '../../src/extract/text/boilerplate.js';
import { isLegalNotices } from '../../src/extract/article-end.js';
import { extractPlainText } from '../../src/extract/text/index.js';

const PROSE = [
  'The port authority said on Monday that container traffic had fallen by 12% in the third quarter, the steepest drop in a decade.',
  'Shipping lines blamed higher fees and congestion at the northern terminal, and several have moved services to a rival port.',
  'The authority is due to publish a recovery plan next month after talks with the shipping lines and the dockworkers union.',
];
const page = (...lines: string[]) => extractPlainText(lines.join('\n')).text;

describe('script, data and markup copied with a page', () => {
  it('drops a JSON member, a script statement and an HTML tag line', () => {
    expect(boilerplateKind('"reviewBody": "The console is the most powerful ever made, and it plays more games in 4K.",')).toBe('other');
    expect(boilerplateKind("window._taboola = window._taboola || []; _taboola.push({ mode: 'thumbnails-e', container: 'rail' });")).toBe('other');
    expect(boilerplateKind('<div><a href="http://ads.example.com/jump/mac;sz=300x250">')).toBe('other');
    expect(boilerplateKind('<img id="pixel" src="/bin/0.gif" width="1" height="1" alt="">')).toBe('other');
    const text = page('Container traffic at main port falls 12%', PROSE[0]!, '"headline": "Container traffic falls", "author": [{ "@type": "Person" }]', ...PROSE.slice(1));
    expect(text).not.toContain('@type');
    expect(text).toContain(PROSE[2]);
  });
  it('keeps prose with quotation marks, equals signs and angle brackets', () => {
    expect(boilerplateKind('"Devastating": 40 dead as floods sweep through northern villages')).toBeNull();
    expect(boilerplateKind('<em>Correction: An earlier version of this story misspelled the minister\'s name.</em>')).toBeNull();
    expect(boilerplateKind('"Yes," she said: the fees had risen and the port would lose ships.')).toBeNull();
    expect(boilerplateKind('Let x = the share of ships that left; the authority put it at 12%.')).toBeNull();
    expect(boilerplateKind('<Editor\'s note: this story was updated on Tuesday with new figures>')).toBeNull();
  });
});

describe('teasers and notices after the article', () => {
  it('drops an excerpt cut off before its "Read more" link, and a headline said twice over', () => {
    expect(boilerplateKind('When you walk into almost any store, you are immediately overloaded with sights, sounds,… Read more Read more')).toBe('related');
    expect(boilerplateKind('Read more about the recovery plan in our report.')).toBeNull();
    expect(boilerplateKind('Her mother said she missed him ... more than ever.')).toBeNull();
    const text = page('Container traffic at main port falls 12%', ...PROSE,
      'How Ports Compete For Ships How Ports Compete For Ships How Ports Compete For Ships',
      'Every port wants the big lines, and the fees are only one of the levers… Read more');
    expect(text).not.toMatch(/How Ports Compete|levers/);
    expect(text).toContain(PROSE[2]);
  });
  it('ends the article at a paragraph of legal notices, however long', () => {
    const notices = 'Most stock quote data provided by BATS. Market indices are shown in real time. Morningstar: © 2016 Morningstar, Inc. '
      + 'All Rights Reserved. Factset: FactSet Research Systems Inc. 2016. All rights reserved. Dow Jones is a registered trademark '
      + 'of Dow Jones Trademark Holdings LLC, and the indices are licensed for use.';
    expect(isLegalNotices(notices)).toBe(true);
    expect(isLegalNotices(`${PROSE[0]} The authority reserved all rights to appeal, it said, and it would do so.`)).toBe(false);
    // a story about a trademark quotes the notices it reports on
    expect(isLegalNotices('The mugs were printed with the words "All rights reserved" and © 1952, and the court heard that "Pyrex" was a registered trademark of the firm.')).toBe(false);
    expect(page('Container traffic at main port falls 12%', ...PROSE, notices)).not.toContain('Morningstar');
  });
  it('drops the links to the previous and the next post', () => {
    expect(boilerplateKind('Previous article These Weeks in Port News: Issue 84 December 8, 2020')).toBe('navigation');
    expect(boilerplateKind('Next story: Dockworkers vote to strike')).toBe('navigation');
    expect(boilerplateKind('The next article in this series looks at the dockworkers.')).toBeNull();
    expect(boilerplateKind('Next post office to close is in Leeds, the union said.')).toBeNull();
  });
});
