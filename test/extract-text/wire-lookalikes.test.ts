// Web pages that merely look like wire copy in places: a dateline-shaped line between paragraphs, a capitals label
// with a dash, a capitals menu or banner on the first line, a table-shaped sidebar under a short brief. The wire
// rules must leave them as the rules before wire copy did. The texts are made up (after a reviewer's cases).
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src/extract/text/index.js';
import { isWireDateline } from '../../src/extract/text/wire.js';

const page = (...lines: string[]) => extractPlainText(lines.join('\n\n'));

const HEADLINE = 'Council approves road budget';
const prose = (day: string) =>
  `The city council voted on ${day} to approve a new budget for road repairs, after months of debate among members about how to pay for the work.`;

describe('a dateline-shaped line inside the story', () => {
  it('keeps the paragraphs above a place-and-date line between paragraphs, and takes no date from it', () => {
    const a = page(HEADLINE, prose('Monday'), prose('Tuesday'), 'NEW YORK 2024-05-01', prose('Wednesday'), prose('Thursday'));
    expect(a.title).toBe(HEADLINE);
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday']) expect(a.text).toContain(prose(day));
    expect(a.published).toBeNull();
  });

  it('keeps six paragraphs above a weekday-and-date line', () => {
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    const a = page(HEADLINE, ...days.map(prose), 'FRIDAY 2024-05-03', prose('Sunday'));
    for (const day of [...days, 'Sunday']) expect(a.text).toContain(prose(day));
  });

  it('drops a one-word place and date below prose as a date stamp, as before wire copy', () => {
    // (with fewer words above it, a date stamp still makes them the headline block: the byline/date-line rule)
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday'];
    const a = page(HEADLINE, ...days.map(prose), 'LONDON 2024-05-01', prose('Friday'));
    expect(a.text).not.toContain('LONDON 2024-05-01');
    for (const day of [...days, 'Friday']) expect(a.text).toContain(prose(day));
  });

  it('still opens the story on a dateline under the headline and a byline', () => {
    const a = page(HEADLINE, 'Jan Novak', 'NEW YORK 2024-05-01', prose('Monday'), prose('Tuesday'));
    expect(a.text.startsWith('NEW YORK 2024-05-01')).toBe(true);
    expect(a.published).toBe('2024-05-01');
  });

  it('does not take a weekday for the place of a dateline', () => {
    const a = page(HEADLINE, 'MONDAY 2024-05-06', prose('Monday'), prose('Tuesday'));
    expect(a.text.startsWith(prose('Monday'))).toBe(true);
    expect(isWireDateline('MONDAY 2024-05-06')).toBe(false);
    expect(isWireDateline('MARCH 2024-03-04')).toBe(false);
  });
});

describe('a capitals label with a dash', () => {
  it.each(['ADVERTISEMENT -', 'SHARE —'])('drops %s between paragraphs and keeps every paragraph', (label) => {
    const a = page(HEADLINE, prose('Monday'), prose('Tuesday'), label, prose('Wednesday'), prose('Thursday'));
    expect(a.text).not.toContain(label);
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday']) expect(a.text).toContain(prose(day));
  });

  it('takes a bare dateline only with an agency or a place of two words', () => {
    expect(isWireDateline('ADVERTISEMENT -')).toBe(false);
    expect(isWireDateline('SHARE —')).toBe(false);
    expect(isWireDateline('WASHINGTON (AP) -')).toBe(true);
    expect(isWireDateline('NEW YORK -')).toBe(true);
  });
});

describe('a capitals first line that is a menu or a banner', () => {
  it.each(['HOME NEWS SPORT WEATHER.', 'NEWS | SPORT | BUSINESS | OPINION.', 'SHOP NOW AND SAVE BIG.', 'POLICE SAY NOTHING WAS TAKEN.'])(
    'does not take %s for the title over the headline below it', (banner) => {
      const a = page(banner, HEADLINE, prose('Monday'), prose('Tuesday'), prose('Friday'));
      expect(a.title).toBe(HEADLINE);
      expect(a.text).toContain(prose('Monday'));
    },
  );

  it('does not take a link line above a dateline for the wire headline', () => {
    const a = page('Read more about this', 'Council approves road budget', 'NEW YORK 2024-05-01', prose('Monday'), prose('Tuesday'));
    expect(a.title).toBe(HEADLINE);
  });

  it('takes no title from a link line right above the dateline', () => {
    const a = page('Read more about this', 'NEW YORK 2024-05-01', prose('Monday'), prose('Tuesday'));
    expect(a.title).toBeNull();
    expect(a.text.startsWith('NEW YORK 2024-05-01')).toBe(true);
    expect(a.published).toBe('2024-05-01');
  });
});

describe('a table-shaped sidebar under a short brief', () => {
  it('drops a price grid', () => {
    const a = page(HEADLINE, 'The council approved the budget on Tuesday.',
      'Laptop Pro 15 999 1299', 'Phone X 12 499 599', 'Tablet Mini 8 299 349', 'Headphones 2 99 129', 'Contact us Privacy Terms');
    expect(a.text).toBe('The council approved the budget on Tuesday.');
  });

  it('drops a fixtures list under a one-word heading', () => {
    const a = page(HEADLINE, 'The council approved the budget on Tuesday after a long debate.',
      'Fixtures', 'Arsenal v Chelsea 15:00', 'Liverpool v Everton 17:30', 'Leeds v Spurs 20:00', 'Man City v Fulham 12:30');
    expect(a.text).not.toMatch(/Fixtures|Arsenal/);
  });

  it('drops a weather box', () => {
    const a = page('Weather today', 'Sunny spells later.', 'London 18 12', 'Paris 21 14', 'Berlin 16 9', 'Madrid 27 18');
    expect(a.text).not.toContain('London 18 12');
  });

  it('keeps a table its brief announces with a colon', () => {
    const a = page('Cup draw made', 'The draw for the cup quarter-finals was made on Monday.', 'Quarter-final results:',
      'Arsenal 2 Chelsea 1', 'Leeds 0 Liverpool 3', 'Hull 1 Everton 1');
    expect(a.text).toContain('Quarter-final results:\n\nArsenal 2 Chelsea 1');
    expect(a.text).toContain('Hull 1 Everton 1');
  });
});
