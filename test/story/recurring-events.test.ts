// Far story merges tell a follow-up from a repeat: two storms of one kind on one coast years apart, reported by two
// sites in the same words, stay two stories; a robbery's trial a year later, whose reports name the robbery's month,
// joins the robbery's story; without far merges the window keeps it apart.
import { describe, expect, it } from 'vitest';
import { StoryBuilder } from '../../src/story/index.js';
import { LEAD_SENTENCE_CHARS, followUpMonths, leadSentences, namedMonths } from '../../src/story/features.js';
import { LEARNED, type LinkerWeights } from '../../src/story/linker.js';
import { ROBBERY_AND_TRIAL, TWO_STORMS, TWO_STORMS_COMPARED, recurringAnalyses } from './recurring-events.js';

// the shipped weights with far merges off, and at a far bar (the shipped one, or round nine's 0.12, or a low 0.05)
const withFar = (far?: number): LinkerWeights => ({ ...LEARNED, merge: { dated: LEARNED.merge?.dated ?? 0.1, ...LEARNED.merge, far } });
const noFar = withFar(undefined);
const storiesOf = (reports: typeof TWO_STORMS, linker: LinkerWeights) => {
  const b = new StoryBuilder({ linker });
  for (const { analysis, site } of recurringAnalyses(reports)) b.add(analysis, site);
  return reports.map(([id]) => b.clusterer.storyOf(id));
};

describe('far merges on recurring events', () => {
  it('keeps two storms of one kind years apart in two stories, with or without far merges', () => {
    for (const linker of [LEARNED, noFar, withFar(0.12), withFar(0.05)]) {
      const [a, b, c, d] = storiesOf(TWO_STORMS, linker);
      expect(b).toBe(a);
      expect(d).toBe(c);
      expect(c).not.toBe(a);
    }
  });

  it('keeps a repeat apart that names its predecessor\'s month, even at a low far bar', () => {
    for (const linker of [LEARNED, withFar(0.12), withFar(0.05)]) {
      const [a, b, c, d] = storiesOf(TWO_STORMS_COMPARED, linker);
      expect(b).toBe(a);
      expect(d).toBe(c);
      expect(c).not.toBe(a);
    }
  });

  it('joins a trial that names the robbery\'s month to the robbery\'s story only through a far merge', () => {
    const [a, b, c, d] = storiesOf(ROBBERY_AND_TRIAL, noFar);
    expect(b).toBe(a);
    expect(d).toBe(c);
    expect(c).not.toBe(a); // a year later: beyond the window
    expect(new Set(storiesOf(ROBBERY_AND_TRIAL, withFar(0.12))).size).toBe(1);
  });

  it('reads the months a report names with their year, not a bare year or month', () => {
    const month = (y: number, m: number) => y * 12 + m - 1;
    const [trial, jailed] = recurringAnalyses(ROBBERY_AND_TRIAL.slice(2)).map((x) => namedMonths(x.analysis.times));
    expect(trial).toContain(month(2020, 5)); // "in May 2020"
    expect(jailed).toContain(month(2020, 5)); // "on 6 May 2020"
    expect(namedMonths([{ text: '2019', value: '2019' }, { text: 'September', value: '2010-09' }, { text: 'in March 2019', value: '2019-03' }])).toEqual([month(2019, 3)]);
  });

  it('takes a month as a follow-up\'s pointer only in a lead sentence about the aftermath, without a comparison', () => {
    const month = (y: number, m: number) => y * 12 + m - 1;
    const monthsOf = (text: string) => {
      const { analysis } = recurringAnalyses([['x', 'site.example', '2021-06-14', 'Court report from the city', text]])[0]!;
      return followUpMonths(analysis.times, analysis.article.text);
    };
    expect(monthsOf('Two men went on trial on Monday for the murder of a guard in May 2020. The judge said the guard was unarmed.')).toEqual([month(2020, 5)]);
    // the same month in a comparison, in a sentence without the aftermath, or after the lead: not a pointer
    expect(monthsOf('The storm was the strongest since the floods of May 2020. The judge said the guard was unarmed.')).toEqual([]);
    expect(monthsOf('Police charged a man with murder on Sunday, two years after a similar attack at the club in May 2020.')).toEqual([]);
    expect(monthsOf('Two men robbed a bank in May 2020. The guard was unarmed.')).toEqual([]);
    expect(monthsOf('A fire killed three on Saturday. Police said it was arson. Crews worked all night. A man was jailed for an arson in May 2020.')).toEqual([]);
  });

  it('reads a lead of at most two sentences, each ended at a stop, a line end or a length bound', () => {
    // a long text with many dates and no full stop (hostile input): the lead stays two bounded sentences
    const unit = 'the court heard on March 2019 that the jury and a list of items without stops ';
    const text = unit.repeat(1000);
    const lead = leadSentences(text, 2);
    expect(lead).toHaveLength(2);
    for (const [from, to] of lead) expect(to - from).toBeLessThanOrEqual(LEAD_SENTENCE_CHARS);
    expect(lead[1]![1]).toBeLessThanOrEqual(2 * LEAD_SENTENCE_CHARS + 1);
    expect(leadSentences(text, 10)).toHaveLength(2);
    // only the dates inside that lead are read: the month once, whatever the text's length
    const times = [...text.matchAll(/March 2019/g)].map((m) => ({ text: 'March 2019', value: '2019-03', start: m.index }));
    expect(times).toHaveLength(1000);
    expect(followUpMonths(times, text)).toEqual([2019 * 12 + 2]);
    // a headline's line end ends a sentence; an initial does not
    expect(leadSentences('Court jails robber\nA man was jailed on Monday. More.', 2)).toEqual([[0, 18], [19, 46]]);
    expect(leadSentences('Deputies in L. A. County charged a man. He denied it.', 5)).toEqual([[0, 39], [40, 53]]);
  });
});
