// Page furniture seen in wire, broadcaster and business-news layouts (round 3 of the generalisation check):
// labelled dotted datelines, bylines with job titles, captions ending in their credit, credit-first photos,
// publisher-named related lists, dated related titles, newsletter pitches and player durations.
// Each example is made up for the rule, not taken from a fixture.
import { describe, expect, it } from 'vitest';
import { boilerplateKind } from '../../src/extract/text/boilerplate.js';
import { creditName, splitCaptionCredit } from '../../src/extract/text/gallery.js';
import { extractPlainText } from '../../src/extract/text/index.js';
import { isRelatedMarker, withoutDate } from '../../src/extract/text/related.js';

const PROSE = [
  'The finance ministry said on Monday that the budget deficit had narrowed to 3.1% of output, helped by higher tax receipts.',
  'Opposition lawmakers said the figures hid a rise in arrears owed to suppliers and called for an independent audit of the accounts.',
  'The central bank is due to publish its own estimate of the deficit later this month, officials said.',
];
const page = (...lines: string[]) => extractPlainText(lines.join('\n'));

describe('datelines and bylines', () => {
  it('reads a labelled dotted date day-first as the publication date', () => {
    const a = page('Budget deficit narrows as tax receipts rise', 'Author: Jan Novak', 'Date 05.10.2026', ...PROSE);
    expect(a.published).toBe('2026-10-05');
    expect(a.text).not.toContain('05.10.2026');
  });

  it('drops a byline that names the writer and a newsroom job, with or without "By"', () => {
    for (const b of ['Jane Doe Economics correspondent', 'By Jane Doe, Chief Political Correspondent', 'Jane Doe, Africa editor'])
      expect(boilerplateKind(b), b).toBe('other');
    expect(boilerplateKind('The Editor')).toBeNull();
    const a = page('Budget deficit narrows as tax receipts rise', 'Jane Doe Economics correspondent', ...PROSE);
    expect(a.text).not.toContain('correspondent');
  });

  it('drops a newsletter pitch and a media player duration, not prose about inboxes', () => {
    expect(boilerplateKind('Get the best of our reporting delivered to your inbox each morning.')).toBe('advert');
    expect(boilerplateKind('4:12')).toBe('navigation');
    expect(boilerplateKind('1:02:33')).toBe('navigation');
    expect(boilerplateKind('Officials said the phishing emails reached inboxes across three ministries before the attack was spotted.')).toBeNull();
  });
});

describe('photo captions and credits', () => {
  it('splits a caption ending "Photograph: X" or a wire "(AP Photo/X)" credit', () => {
    expect(splitCaptionCredit('Dock workers unload grain at the port of Odesa. Photograph: Jane Roe/Reuters'))
      .toEqual({ caption: 'Dock workers unload grain at the port of Odesa', credit: 'Photograph: Jane Roe/Reuters' });
    expect(splitCaptionCredit('Protesters march in Lima, Peru, Friday, Oct. 2, 2026. (AP Photo/John Roe)'))
      .toEqual({ caption: 'Protesters march in Lima, Peru, Friday, Oct. 2, 2026', credit: 'AP Photo/John Roe' });
  });

  it('strips "Photographer:" and "Photo courtesy of" labels from credits', () => {
    expect(creditName('Photographer: Jane Roe/Bloomberg')).toBe('Jane Roe/Bloomberg');
    expect(creditName('Photo courtesy of the Ministry of Health')).toBe('Ministry of Health');
  });

  it('pairs a credit-first photo with the short caption sentence after it, not with a related headline before it', () => {
    const a = page('Budget deficit narrows as tax receipts rise', ...PROSE, 'More From Example News',
      'Ghana Bonds Rally as Inflation Slows Again', 'Kenya Sells Eurobond to Fund Buyback Plan',
      'Photographer: Jane Roe/Example News', 'The finance minister speaks to reporters in the capital.');
    expect(a.media).toEqual([{ caption: 'The finance minister speaks to reporters in the capital.', credit: 'Jane Roe/Example News', url: null }]);
    expect(a.related.map((r) => r.title)).toEqual(['Ghana Bonds Rally as Inflation Slows Again', 'Kenya Sells Eurobond to Fund Buyback Plan']);
  });

  it('takes a mid-body caption with its credit out of the text', () => {
    const a = page('Budget deficit narrows as tax receipts rise', PROSE[0], 'The finance minister in parliament. Photograph: Jane Roe/AFP', PROSE[1], PROSE[2]);
    expect(a.media.map((m) => [m.caption, m.credit])).toEqual([['The finance minister in parliament', 'Jane Roe/AFP']]);
    expect(a.text).not.toContain('Photograph');
  });
});

describe('related links', () => {
  it('knows publisher-named list markers', () => {
    for (const m of ['More From Example News', 'Also on DW', 'More from the Guardian']) expect(isRelatedMarker(m), m).toBe(true);
    expect(isRelatedMarker('More from the minister later')).toBe(false);
  });

  it('keeps dates and times out of related titles', () => {
    expect(withoutDate('03/17/2026 Ministry publishes deficit figures')).toBe('Ministry publishes deficit figures');
    expect(withoutDate('Ministry publishes deficit figures | 17 Mar 2026')).toBe('Ministry publishes deficit figures');
    expect(withoutDate('2026-03-17 14:20 Ministry publishes deficit figures')).toBe('Ministry publishes deficit figures');
    expect(withoutDate('Kosovo 2 – Serbia 1 in qualifier')).toBe('Kosovo 2 – Serbia 1 in qualifier');
  });

  it('ends a list inside the article at the subheading that resumes it', () => {
    const a = page('Budget deficit narrows as tax receipts rise', PROSE[0], 'Also on Example News',
      'Parliament approves emergency fuel subsidy for farmers', 'Central bank holds interest rate at record high',
      'Arrears to suppliers', PROSE[1], PROSE[2]);
    expect(a.related.map((r) => r.title)).toEqual(['Parliament approves emergency fuel subsidy for farmers', 'Central bank holds interest rate at record high']);
    expect(a.blocks.some((b) => b.kind === 'heading' && a.text.slice(b.start, b.end) === 'Arrears to suppliers')).toBe(true);
  });
});
