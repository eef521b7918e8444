// What counts as an article: short news (briefs, results tables, unpunctuated one-liners, any script) is
// analysed; only non-articles (no words, data dumps, menus and link lists) are refused. The check is linear.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/api.js';
import { assertArticle, countWords, hasSentence } from '../../src/extract/validate.js';
import { extract } from '../../src/extract/index.js';

const TODAY = '2026-01-10';
const analyse = (text: string) => analyzeText(text, { today: TODAY, format: 'text', path: 'item.txt' });
const refusal = (text: string): string | null => {
  try {
    analyse(text);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
};

describe('short news is analysed', () => {
  it('a 20-word brief', () => {
    const a = analyse('Police in Leeds arrested two men on Tuesday after a warehouse fire that closed the ring road for six hours.');
    expect(a.article.text).toContain('warehouse fire');
  });

  it('a one-sentence item without a final full stop', () => {
    const a = analyse('Chile’s president Gabriel Boric names new interior minister after cabinet reshuffle in Santiago');
    expect(a.article.text).toContain('interior minister');
  });

  it('a results table under a headline', () => {
    const table = ['SOCCER - ENGLISH PREMIER LEAGUE RESULTS', 'LONDON 1996-08-17', 'Arsenal 2 Chelsea 1',
      'Leeds 0 Everton 3', 'Liverpool 1 Newcastle 1', 'Wimbledon 2 Derby 2'].join('\n');
    expect(refusal(table)).toBeNull();
  });

  it('a Japanese article, whose sentences end in 。', () => {
    const ja = '東京都は十日、新しい防災計画を発表した。計画では、大地震に備えて避難所の数を増やす。知事は記者会見で「都民の安全を守る」と述べた。';
    expect(refusal(ja)).toBeNull();
  });
});

describe('non-articles are refused', () => {
  it('a few words', () => expect(refusal('Home\nAbout us\nContact\n')).toMatch(/not an article|no article text/));
  it('a menu of links', () => {
    const menu = Array.from({ length: 12 }, (_, i) => `Section ${i} news and more links`).join('\n');
    expect(refusal(menu)).toMatch(/link list|not an article|no article text/);
  });
  it('a CSV dump', () => {
    const csv = ['id,name,city,score', ...Array.from({ length: 20 }, (_, i) => `${i},Person number ${i},Springfield,${i * 3}`)].join('\n');
    expect(refusal(csv)).toMatch(/delimited data|not an article/);
  });
  it('JSON data', () => expect(refusal(JSON.stringify({ rows: [1, 2, 3], text: 'not news at all, only a data record kept here' }))).toMatch(/JSON/));
  it('text without letters', () => expect(refusal('+++ --- *** ... 000 ///')).toMatch(/no article text|not an article/));
});

describe('the checks are linear in the input', () => {
  it('counts CJK characters about two to a word, and stops counting at enough', () => {
    expect(countWords('東京都は十日')).toBe(3);
    expect(countWords('one two three four', 2)).toBe(2);
  });

  it('finds sentences ending in Latin, CJK and Arabic punctuation', () => {
    expect(hasSentence('He said it was over.')).toBe(true);
    expect(hasSentence('東京都は新しい計画を発表した。')).toBe(true);
    expect(hasSentence('قال الوزير إن المحادثات انتهت؟')).toBe(true);
    expect(hasSentence('Home\nAbout us\nContact')).toBe(false);
  });

  it.each([60_000, 1_000_000])('%i characters of words without punctuation are checked in one pass', (size) => {
    const text = 'word '.repeat(size / 5);
    expect(hasSentence(text)).toBe(false);
    const article = extract(text, 'text');
    expect(() => assertArticle(text, article, 'long.txt')).not.toThrow();
  });
});
