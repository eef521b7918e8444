// Unit checks of the line-level detectors the extractor is built from.
import { describe, expect, it } from 'vitest';
import { boilerplateKind, isTimestampLine } from '../../src/extract/text/boilerplate.js';
import { counterTokens, isCredit } from '../../src/extract/text/gallery.js';
import { detectLanguage } from '../../src/extract/language.js';
import { inlineRelated, isRelatedMarker } from '../../src/extract/text/related.js';
import { buildUnits } from '../../src/extract/text/paragraphs.js';
import { splitLines } from '../../src/extract/text/lines.js';

describe('gallery parts', () => {
  it('splits counters glued to credits', () => {
    expect(counterTokens('4 of 6Presidential Office of Ukraine5 of 6')).toEqual([
      { kind: 'counter', k: 4, n: 6 },
      { kind: 'text', text: 'Presidential Office of Ukraine', glued: true },
      { kind: 'counter', k: 5, n: 6 },
    ]);
  });
  it('ignores fractions inside prose and dates', () => {
    expect(counterTokens('Two of three voters said 2 of 3 candidates were unknown to them in the poll.')).toBeNull();
    expect(counterTokens('Thursday (12/4)')).toBeNull();
  });
  it('recognises credits but not footers or sentences', () => {
    for (const c of ['Thierry Monaci/Getty Images', 'Photo: Reuters', 'AFP', 'Presidential Office of Ukraine/Disclosure', '© Jane Doe', 'Evan Vucci via AP']) expect(isCredit(c), c).toBe(true);
    for (const c of ['© 2025 Example News. All rights reserved.', 'Vladimir Putin', 'The AP reported that talks failed.']) expect(isCredit(c), c).toBe(false);
  });
});

describe('related parts', () => {
  it('recognises markers in several spellings', () => {
    for (const m of ['Read also', 'READ MORE', 'See also:', 'Related articles', 'More on this story', 'You may also like', 'Leia também']) expect(isRelatedMarker(m), m).toBe(true);
    expect(isRelatedMarker('Related talks continued on Friday.')).toBe(false);
  });
  it('reads inline links', () => {
    expect(inlineRelated('Read also: Putin says he has taken control')?.title).toBe('Putin says he has taken control');
    expect(inlineRelated('Read the full report on our website.')).toBeNull();
  });
});

describe('boilerplate and metadata', () => {
  it('classifies page furniture', () => {
    expect(boilerplateKind('Advertisement')).toBe('advert');
    expect(boilerplateKind('Share on Facebook')).toBe('navigation');
    expect(boilerplateKind('By Jane Smith and John Doe')).toBe('other');
    expect(boilerplateKind('Home › World › Europe')).toBe('navigation');
    expect(boilerplateKind('He said the share price would recover by next year.')).toBeNull();
  });
  it('spots time stamp lines only when the date is the whole line', () => {
    expect(isTimestampLine('Published 3 December 2025, 14:02')).toBe(true);
    expect(isTimestampLine('Nov. 19, 2019 8:03 am ET')).toBe(true);
    expect(isTimestampLine('The talks ended on 3 December 2025.')).toBe(false);
  });
  it('tells the language in any script, and prefers the text over a declared template language', () => {
    expect(detectLanguage('Министр заявил, что переговоры с профсоюзами возобновятся в понедельник, а план не окончательный.')).toBe('ru');
    expect(detectLanguage('東京都は十日、新しい防災計画を発表した。計画では、大地震に備えて避難所の数を増やす。')).toBe('ja');
    expect(detectLanguage('قال الوزير إن المحادثات مع النقابات ستستأنف يوم الاثنين وإن الخطة ليست نهائية.')).toBe('ar');
    expect(detectLanguage('Der Minister sagte, die Gespräche mit den Gewerkschaften würden am Montag fortgesetzt.', 'en-US')).toBe('de');
  });
  it('tells English from Portuguese', () => {
    expect(detectLanguage('The minister said that the talks with the unions would resume on Monday and that the plan was not final.')).toBe('en');
    expect(detectLanguage('O ministro disse que as negociações com os sindicatos serão retomadas na segunda-feira e que o plano não é definitivo para o governo.')).toBe('pt');
  });
});

describe('paragraph joining', () => {
  it('joins a cut sentence continued in lower case, not separate lines', () => {
    const lines = splitLines('The minister said on Monday that the\ngovernment would not resign.\nA second paragraph starts here.');
    const units = buildUnits(lines, lines.map(() => true));
    expect(units.map((u) => u.text)).toEqual(['The minister said on Monday that the government would not resign.', 'A second paragraph starts here.']);
  });
});
