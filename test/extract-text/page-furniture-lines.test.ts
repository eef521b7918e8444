// Page furniture seen in round 4A of the generalisation check (US, Philippine and Nigerian news layouts):
// a paper's name before its time stamp, tag lists, comment disclaimers, follow-us-on-a-platform pitches,
// a legal footer that opens the line, "Keep reading" / "Related story:" links, "(Photo from the X)"
// credits and a gallery whose captions are full sentences. Each example is made up for the rule.
import { describe, expect, it } from 'vitest';
import { boilerplateKind, isTimestampLine } from '../../src/extract/text/boilerplate.js';
import { creditName, splitCaptionCredit } from '../../src/extract/text/gallery.js';
import { extractPlainText } from '../../src/extract/text/index.js';
import { inlineRelated, isRelatedMarker } from '../../src/extract/text/related.js';

const PROSE = [
  'The port authority said on Monday that container traffic had fallen by 12% in the third quarter, the steepest drop in a decade.',
  'Shipping lines blamed higher fees and congestion at the northern terminal, and several have moved services to a rival port.',
  'The authority is due to publish a recovery plan next month after talks with the shipping lines and the dockworkers union.',
];
const page = (...lines: string[]) => extractPlainText(lines.join('\n'));

describe('time stamps and one-line furniture', () => {
  it('reads a time stamp after the paper name and a slash', () => {
    expect(isTimestampLine('Harbour Gazette / 9:40 PM March 3, 2026')).toBe(true);
    const a = page('Container traffic at main port falls 12%', 'Harbour Gazette / 9:40 PM March 3, 2026', ...PROSE);
    expect(a.published?.startsWith('2026-03-03')).toBe(true);
    // a slash inside a sentence is no label
    expect(isTimestampLine('Traffic rose and/or fell on March 3, 2026 at the port, the authority said.')).toBe(false);
  });

  it('drops tag lists, comment disclaimers, platform pitches and a footer that opens on "All rights reserved"', () => {
    expect(boilerplateKind('TAGS: Port Authority, Shipping, Trade')).toBe('navigation');
    expect(boilerplateKind('Disclaimer: Comments are the views of readers, not of this paper.')).toBe('other');
    expect(boilerplateKind('Join our Telegram channel for the latest port news')).toBe('advert');
    expect(boilerplateKind('Follow us on Google News')).toBe('advert');
    expect(boilerplateKind('All rights reserved. This material may not be reproduced without permission.')).toBe('other');
    // body sentences that merely mention these words stay
    expect(boilerplateKind('Dockworkers will join the strike on Monday, the union said.')).toBeNull();
    expect(boilerplateKind('Topics on the agenda include fees and congestion, officials said.')).toBeNull();
  });
});

describe('related links', () => {
  it('knows "Keep reading" and "Related story:"', () => {
    expect(isRelatedMarker('Keep reading')).toBe(true);
    expect(inlineRelated('RELATED STORY: Shipping lines move services to rival port')?.title).toBe('Shipping lines move services to rival port');
    const a = page('Container traffic at main port falls 12%', ...PROSE, 'Keep reading',
      'Why the northern terminal is always congested', 'Dockworkers vote on new contract');
    expect(a.related.map((r) => r.title)).toEqual(['Why the northern terminal is always congested', 'Dockworkers vote on new contract']);
  });
});

describe('photos', () => {
  it('splits a caption ending in "(Photo from the X)" and strips the label', () => {
    const s = splitCaptionCredit('Cranes stand idle at the northern terminal on Monday. (Photo from the Port Authority)');
    expect(s).toEqual({ caption: 'Cranes stand idle at the northern terminal on Monday', credit: 'Photo from the Port Authority' });
    expect(creditName('Photo from the Port Authority')).toBe('Port Authority');
    expect(creditName('Photo by Jane Roe')).toBe('Jane Roe');
  });

  it('reads a header gallery whose captions are full sentences, each followed by its credit', () => {
    const a = page('Container traffic at main port falls 12%', PROSE[0], PROSE[1], 'PHOTOS',
      'Port director Ana Lima (right) and the transport minister after the meeting on Monday.', 'Photo: Jane Roe',
      'Trucks queue outside the northern terminal.', 'Photo: John Poe', PROSE[2]);
    expect(a.media.map((m) => [m.caption, m.credit])).toEqual([
      ['Port director Ana Lima (right) and the transport minister after the meeting on Monday.', 'Jane Roe'],
      ['Trucks queue outside the northern terminal.', 'John Poe'],
    ]);
    expect(a.text).not.toContain('Ana Lima');
    expect(a.text).toContain('recovery plan');
  });
});
