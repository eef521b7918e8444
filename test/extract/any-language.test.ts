// Articles in any script are extracted and analysed as far as their language allows, never refused; the
// annotators that only know English are skipped for other languages, and the skip is recorded.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/api.js';
import { analyseDocument } from '../../src/analyse/index.js';
import { extract } from '../../src/extract/index.js';

const TODAY = '2026-01-10';
const JA = ['東京都、新たな防災計画を発表', '',
  '東京都は十日、大地震に備えた新しい防災計画を発表した。計画では、都内の避難所の数を二割増やし、水や食料の備蓄も拡充する。',
  '知事は記者会見で「都民の安全を守るため、できることはすべてやる」と述べた。計画は来年四月から実施される予定だ。'].join('\n');
const RU = ['Правительство утвердило новый бюджет', '',
  'Правительство в понедельник утвердило проект бюджета на следующий год. Расходы на образование и здравоохранение вырастут на десять процентов, сообщил министр финансов.',
  'Документ будет направлен в парламент до конца месяца. Депутаты должны рассмотреть его в первом чтении в ноябре.'].join('\n');
const AR = ['الحكومة تقر ميزانية جديدة', '',
  'أقرت الحكومة يوم الاثنين مشروع ميزانية العام المقبل. وقال وزير المالية إن الإنفاق على التعليم والصحة سيرتفع بنسبة عشرة في المئة.',
  'وسيحال المشروع إلى البرلمان قبل نهاية الشهر، على أن يناقشه النواب في قراءة أولى في نوفمبر.'].join('\n');
const HTML_JA = `<!doctype html><html lang="en"><head><title>防災計画</title></head><body><nav><a href="/">ホーム</a></nav>
<article><h1>東京都、新たな防災計画を発表</h1>${JA.split('\n').slice(2).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('articles in other scripts', () => {
  it.each([['ja', JA, '避難所'], ['ru', RU, 'бюджета'], ['ar', AR, 'الميزانية']])('a %s article is extracted, titled and analysed', (lang, text, word) => {
    const a = analyzeText(text, { today: TODAY, format: 'text', path: `${lang}.txt` });
    expect(a.article.language).toBe(lang);
    expect(a.article.text).toContain(word === 'الميزانية' ? 'ميزانية' : word);
    expect(a.article.title).toBe(text.split('\n')[0]);
    expect(a.article.blocks.length).toBeGreaterThanOrEqual(2);
  });

  it('a list of headlines in Japanese after the article is not read as its paragraphs', () => {
    const related = ['関連記事', '大阪府が新しい観光振興策をまとめる方針を固めたと関係者が明らかにした', '北海道で記録的な大雪となり鉄道の運休が相次ぐ見通しと気象台が発表',
      '政府が来年度の予算案で防衛費を大幅に増やす方向で調整していることが分かった'];
    const a = analyzeText(`${JA}\n${related.join('\n')}`, { today: TODAY, format: 'text', path: 'ja.txt' });
    expect(a.article.text).toContain('記者会見');
    expect(a.article.text).not.toMatch(/大阪府|北海道|防衛費/);
  });

  it('an HTML page in Japanese, whose template declares "en", is detected as Japanese', () => {
    const a = analyzeText(HTML_JA, { today: TODAY, format: 'html', path: 'ja.html' });
    expect(a.article.language).toBe('ja');
    expect(a.article.text).toContain('記者会見');
  });

  it('skips the English-only annotators and says so, keeping sentences and times', () => {
    const art = extract(RU, 'text');
    const doc = analyseDocument({ ...art, id: 'ru', source: { path: 'ru.txt', url: null } } as never, { today: TODAY });
    expect(doc.sentences.length).toBeGreaterThanOrEqual(4);
    // names come from the Russian model alone, and this text names nobody ("парламент" is no name)
    expect(doc.entities).toEqual([]);
    expect(doc.messages.find((m) => m.source === 'entities')?.reason).toMatch(/"ru" model only; skipped the English rules/);
    const skip = doc.messages.find((m) => m.source === 'pipeline');
    expect(skip?.reason).toMatch(/^skipped .*quotes.*: no language data for "ru"/);
  });

  it('runs every annotator on English', () => {
    const en = 'Budget approved\n\nThe government approved the budget on Monday, finance minister Anna Berg said in Oslo. Spending on schools will rise by ten percent next year.';
    const art = extract(en, 'text');
    const doc = analyseDocument({ ...art, id: 'en', source: { path: 'en.txt', url: null } } as never, { today: TODAY });
    expect(art.language).toBe('en');
    expect(doc.messages.find((m) => m.source === 'pipeline')).toBeUndefined();
    expect(doc.entities.length).toBeGreaterThan(0);
  });
});
