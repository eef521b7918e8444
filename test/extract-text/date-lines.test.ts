// A date line at the top of copied text is the article's date, never its headline, and it outranks any
// date in the body as the reference date.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { isTimestampLine } from '../../src/extract/text/boilerplate.js';
import { analyzeText } from '../../src/api.js';

const BODY = 'Actor Peter Capaldi has been announced as the new star of Doctor Who, the BBC said on Sunday evening in a live show.\nHe will replace Matt Smith, who leaves the show at Christmas, the broadcaster said on 1 June 2013.';

describe('date lines', () => {
  it.each([
    '3 July 2013 Last updated at 13:38 GMT', 'August 10, 2011', 'Friday, Sep 10, 2010 | Updated 8:52 PM EDT',
    'Story Created: Aug 7, 2012 at 9:56 AM AKDT', '12:52 p. m. EDT May 2, 2013', 'Reuters Sep 18, 2013, 02.16PM IST',
    '26 September 2013, 10:00 (GMT+05:00)', 'Posted: 04/9/2012 8:33 am Updated: 04/9/2012 8:33 am',
  ])('"%s" is a date line', (line) => expect(isTimestampLine(line)).toBe(true));

  it.each([
    'Seacom operations fully restored: 4 November 2011', 'Esther Williams, who swam to stardom in the 1940s, dies at 91',
    'Quake hits Chile on 3 May 2009, killing two', 'The talks ended on 3 December 2025.',
  ])('"%s" is not', (line) => expect(isTimestampLine(line)).toBe(false));

  it('a date line above the headline is the date, and the headline after it the title', () => {
    const a = extract(`3 July 2013 Last updated at 13:38 GMT\n\nDoctor Who: Peter Capaldi named as new Doctor\n\n${BODY}`, 'text');
    expect(a.title).toBe('Doctor Who: Peter Capaldi named as new Doctor');
    expect(a.published).toMatch(/^2013-07-03/);
    expect(a.text).not.toContain('Last updated');
  });

  it('a date line outranks a date in the body as the reference date', () => {
    const a = analyzeText(`Doctor Who: Peter Capaldi named\n\nAugust 10, 2011\n\n${BODY}`, { today: '2026-01-10', format: 'text' });
    expect(a.article.published?.slice(0, 10)).toBe('2011-08-10');
    expect(a.article.title).toBe('Doctor Who: Peter Capaldi named');
  });
});

describe('the headline when the first line is not it', () => {
  it('a heading opening the body replaces a shouted masthead as the title', () => {
    const a = extract(`DOW JONES, A NEWS CORP COMPANY\nHome\nMarkets\n\nSo Many Ways to Play and Pay\n\n${BODY}`, 'text');
    expect(a.title).toBe('So Many Ways to Play and Pay');
    expect(a.text.startsWith('Actor Peter Capaldi')).toBe(true);
  });
});
