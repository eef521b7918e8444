// Extra text around copied articles that holds across sites: a photo caption copied with its show/hide
// control, the author's tagline ("Follow him on Twitter @…"), a pitch for another product of the outlet
// ("Need more space? Subscribe to our sister title …"), a run of other stories' headlines in the body, and what
// stands above a news story's dateline.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const P1 = 'Brock Nelson scored his second goal of the game early in overtime to lift the home side over the visitors on Tuesday night.';
const P2 = 'The hosts trailed by two goals late in the third period before two quick goals in the final minutes forced the extra period.';
const P3 = 'The goaltender stopped 27 shots as the team improved to fourteen wins in its last fifteen games, the best run in the league.';
const CAPTION = "Brock Nelson (29) puts the winning goal behind goaltender Matt Murray (30) during a hockey game in Pittsburgh, Tuesday, Nov. 19, 2019.";

describe('furniture that holds across sites in copied text', () => {
  it('drops a caption copied with its "less" / "… more" control', () => {
    const page = ['Nelson lifts Isles in overtime', '', P1, '', P2, '', `${CAPTION} (AP Photo/Gene J. Puskar) less`, '',
      `${CAPTION.slice(0, 90)} ... more`, '', P3].join('\n');
    const a = extract(page, 'text');
    expect(a.text).toContain('fifteen games');
    expect(a.text).not.toContain('puts the winning goal');
  });

  it("drops the author's tagline and a pitch for the outlet's other titles", () => {
    const page = ['Nelson lifts Isles in overtime', '', P1, '', P2, '', P3, '',
      'Mike Wall\'s book about the search for alien life, "Out There", is out now. Follow him on Twitter @michaeldwall.', '',
      'Need more space? Subscribe to our sister title "All About Space" Magazine for the latest news!'].join('\n');
    const a = extract(page, 'text');
    expect(a.text).toContain('fifteen games');
    expect(a.text).not.toMatch(/Follow him|sister title/);
  });

  it('drops two headlines of other stories in a row, but keeps a section heading before its paragraph', () => {
    const page = ['Nelson lifts Isles in overtime', '', P1, '', 'What Comes Next For The Islanders', '', P2, '', P3, '',
      'NASA Europa Mission Could Potentially Spot Signs of Alien Life', '', 'Keck Observatory: Twin Telescopes on Mauna Kea', '',
      'The goaltender said the team would keep its focus for the next road trip through Canada, which starts on Friday night.'].join('\n');
    const a = extract(page, 'text');
    expect(a.text).toContain('What Comes Next For The Islanders');
    expect(a.text).not.toMatch(/Europa|Keck/);
  });

  it('starts a news story at its dateline, leaving the standfirst, key points and caption above it out', () => {
    const page = ['Markets', '', 'Emirates inks $9 billion order for 30 jets, will restart plans to expand by early 2020s', '', 'KEY POINTS', '',
      "Dubai's flagship carrier has finalized a deal to purchase 30 jets, executives of both companies announced Wednesday.", '',
      'Sheikh Mohammed, vice president and prime minister, passes a passenger aircraft during the air show in Dubai on Monday.', '',
      `DUBAI, United Arab Emirates — ${P1}`, '', P2, '', P3].join('\n');
    const a = extract(page, 'text');
    expect(a.text.startsWith('DUBAI, United Arab Emirates —')).toBe(true);
    expect(a.text).toContain('fifteen games');
    expect(a.text).not.toMatch(/KEY POINTS|finalized a deal|passes a passenger/);
  });

  it('starts the story after its byline and date line, leaving headline, standfirst and caption above them out', () => {
    const page = ['Sports', '', "One member of the defense didn't hold back on Monday when asked about Thursday night's fight", '',
      'By Jane Doe', 'Nov 18, 2019 at 9:24 pm ET • 2 min read', '', P1, '', P2, '', P3].join('\n');
    const a = extract(page, 'text');
    expect(a.text.startsWith(P1.slice(0, 30))).toBe(true);
    expect(a.text).not.toMatch(/hold back|min read/);
  });

  it('reads two time stamps on one line and a dated byline ending in "a.m." as the date line', () => {
    const page = ['South Dakota doubles down on its slogan', '', 'Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM', '',
      'By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.', '', P1, '', P2, '', P3].join('\n');
    const a = extract(page, 'text');
    expect(a.text).toContain('fifteen games');
    expect(a.text).not.toMatch(/Posted Nov|Matthew Digby/);
  });

  it("drops a newsletter sign-up box's lines at the end of the story", () => {
    const page = ['Nelson lifts Isles in overtime', '', P1, '', P2, '', P3, '', 'Pick Six Newsletter',
      'I agree that CBS Sports can send me the "Pick Six Newsletter" newsletter.', 'See All Newsletters',
      'Please check the opt-in box to acknowledge that you would like to subscribe.', 'Thanks for signing up!',
      'There was an error processing your subscription.'].join('\n');
    const a = extract(page, 'text');
    expect(a.text).toContain('fifteen games');
    expect(a.text).not.toMatch(/opt-in|signing up|error processing|See All/);
  });
});
