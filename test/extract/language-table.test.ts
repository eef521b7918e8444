// The language detector read from dist/eld-small.json (when `npm run build` wrote it for the installed eld) must be eld's
// own "small" detector: the same language, scores and reliability for every text. Without the file it is eld's module.
import { eld } from 'eld/small';
import { describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../../src/extract/language-table.js';

const TEXTS = [
  'The president said on Monday that the government would act quickly to contain the crisis.',
  'O presidente disse nesta segunda-feira que o governo vai agir rapidamente para conter a crise.',
  'Der Präsident sagte am Montag, die Regierung werde schnell handeln, um die Krise einzudämmen.',
  'Президент заявил в понедельник, что правительство будет действовать быстро.',
  'Le président a déclaré lundi que le gouvernement agirait rapidement pour contenir la crise.',
  '東京で地震が発生しました。', 'ok', '', '12 345 678', 'Ünïcödé ﬁ ｆｕｌｌ ｗｉｄｔｈ',
];

describe('the language detector loaded at start-up', () => {
  it('answers as eld/small does: language, scores and reliability', async () => {
    const detector = (await loadLanguageDetector()) as typeof eld;
    for (const text of TEXTS) {
      const want = eld.detect(text), got = detector.detect(text);
      expect({ text, language: got.language, scores: got.getScores(), reliable: got.isReliable() })
        .toEqual({ text, language: want.language, scores: want.getScores(), reliable: want.isReliable() });
    }
  });
});
