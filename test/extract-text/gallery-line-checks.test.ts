// The gallery and caption patterns are tried only on lines that can hold them (a digit before "of"/"/", a final
// "less"/"more", a "(", ":" or "/"): the lines that can still read the same, in any case and spacing.
import { describe, expect, it } from 'vitest';
import { counterTokens, splitCaptionCredit } from '../../src/extract/text/gallery.js';

describe('gallery and caption lines', () => {
  it('reads counters in any case and spacing, "/" included', () => {
    expect(counterTokens('Photo 2 OF 6')).toEqual([{ kind: 'counter', k: 2, n: 6 }]);
    expect(counterTokens('3 /  7')).toEqual([{ kind: 'counter', k: 3, n: 7 }]);
    expect(counterTokens('1 von 4Reuters')).toEqual([{ kind: 'counter', k: 1, n: 4 }, { kind: 'text', text: 'Reuters', glued: false }]);
    expect(counterTokens('Six photos of the summit')).toBeNull();
    expect(counterTokens('In 2019 officials said')).toBeNull();
  });

  it('reads a caption behind its show/hide control in any case, and its credit', () => {
    expect(splitCaptionCredit('Rescuers search the rubble in Magnitogorsk. (AP Photo/Ivan Ivanov) LESS'))
      .toEqual({ caption: 'Rescuers search the rubble in Magnitogorsk', credit: 'AP Photo/Ivan Ivanov' });
    expect(splitCaptionCredit('Fans gather outside the stadium before the final … More'))
      .toEqual({ caption: 'Fans gather outside the stadium before the final', credit: '' });
    expect(splitCaptionCredit('Troops patrol the border near the town. Photograph: Jane Doe/Reuters'))
      .toEqual({ caption: 'Troops patrol the border near the town', credit: 'Photograph: Jane Doe/Reuters' });
    expect(splitCaptionCredit('Troops patrol the border near the town and more')).toBeNull();
    expect(splitCaptionCredit('Troops patrol the border near the town, officials said.')).toBeNull();
  });
});
