// Where the article ends in copied page text: a copyright footer, an appeal, a comment notice or a bio
// heading closes it; a teaser list of headline + lead pairs is other stories; a "0 Comments" counter in
// the byline area is not the start of the comments.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const P1 = 'Police released video on Tuesday showing the rescue of an eight-year-old girl who was taken from her mother in broad daylight last week.';
const P2 = 'The suspect confessed in a three-hour interview, the police said, and he was convicted by a federal jury after a two-day trial in September.';
const P3 = 'The girl was found unharmed in a motel room south of the city, and her mother thanked the volunteers who had searched for her.';
const TEASERS = [
  'Farmers paint their cows with zebra stripes', 'Some people thought the stripy cattle in a pasture were a practical joke but the science could save money',
  'Strikes hit targets across the border overnight', 'The defence chief says the deadly strikes were a message to the neighbouring government',
  'Woman risks her life to save a koala', 'At least six people have died and hundreds of homes have been destroyed by bushfires.',
  'Cities urge boycott of meat companies', 'Lawmakers in the two biggest cities want to cut ties with businesses involved with beef imports',
];

describe('the end of the article in copied text', () => {
  it('stops at the copyright footer, leaving the teaser list out', () => {
    const a = extract(['Girl rescued after kidnapping', '', P1, '', P2, '', P3, '', '© 2019 Example Interactive Inc. All Rights Reserved.', '', 'World', ...TEASERS].join('\n'), 'text');
    expect(a.text).toContain('volunteers');
    expect(a.text).not.toMatch(/zebra|koala|boycott/);
  });

  it('drops a teaser list of headline + lead pairs even without a footer', () => {
    const a = extract(['Girl rescued after kidnapping', '', P1, '', P2, '', P3, '', ...TEASERS].join('\n'), 'text');
    expect(a.text).toContain('volunteers');
    expect(a.text).not.toMatch(/zebra|koala/);
  });

  it('stops at a newsletter appeal and an "About" heading', () => {
    const about = 'Example Corp is a global provider of hospital communication systems, with offices in fifteen countries and 1,300 staff.';
    const a = extract(['Girl rescued after kidnapping', '', P1, '', P2, '', P3, '', 'About Example', about, '', 'Stay up to date with Example. Subscribe to our newsletter.', about].join('\n'), 'text');
    expect(a.text).toContain('volunteers');
    expect(a.text).not.toContain('hospital communication');
  });

  it('keeps the body after a "0 Comments" counter in the byline area', () => {
    const a = extract(['Girl rescued after kidnapping', 'By Jane Doe', '0 Comments', '', P1, '', P2, '', P3].join('\n'), 'text');
    expect(a.text).toContain(P1.slice(0, 40));
    expect(a.text).toContain('volunteers');
  });

  it('keeps short subheadings with several-sentence paragraphs as body', () => {
    const a = extract(['Girl rescued after kidnapping', '', P1, '', 'The arrest', `${P2} ${P3}`, '', 'The trial', `${P3} ${P1}`, '', 'The verdict', `${P1} ${P2}`].join('\n'), 'text');
    expect(a.text).toContain('The trial');
    expect(a.text).toContain('The verdict');
  });
});

describe('appeals in mid-article', () => {
  it('a newsletter appeal after the first paragraphs is dropped without ending the article', () => {
    const a = extract(['Girl rescued after kidnapping', '', P1, '', 'Sign up for the Daily Briefing newsletter.', 'Get the stories that matter in your inbox every weekday.', '', P2, '', P3].join('\n'), 'text');
    expect(a.text).toContain(P1.slice(0, 40));
    expect(a.text).toContain('volunteers');
    expect(a.text).not.toContain('newsletter');
  });

  it('a comment thread opened by "10 thoughts on …" is not body, however long its replies', () => {
    const reply = 'Thanks so much for this long article, I learned a great deal and I will certainly come back to read more of your work.';
    const a = extract(['Girl rescued after kidnapping', '', P1, '', P2, '', P3, '', '10 thoughts on “Girl rescued after kidnapping”', 'Jan Smith', reply, reply, reply].join('\n'), 'text');
    expect(a.text).toContain('volunteers');
    expect(a.text).not.toContain('Thanks so much');
  });
});
