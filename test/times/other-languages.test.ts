// Times in other languages: where chrono-node knows the article's language, its dates are found and resolved; the
// English rules are not run over text they would only misread.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/api.js';

const RU = 'Правительство утвердило бюджет\n\nПравительство в понедельник, 3 марта 2025 года, утвердило проект бюджета на следующий год. '
  + 'Документ будет направлен в парламент до конца месяца, сообщил министр финансов.';
const DE = 'Regierung beschließt Haushalt\n\nDie Regierung hat am 3. März 2025 den Haushalt für das kommende Jahr beschlossen. '
  + 'Der Entwurf geht nun an das Parlament, sagte der Finanzminister in Berlin.';

describe('times in other languages', () => {
  it.each([['ru', RU, '3 марта 2025'], ['de', DE, '3. März 2025']])('a %s date is found with its value', (lang, text, words) => {
    const a = analyzeText(text, { today: '2025-03-10', format: 'text', path: `${lang}.txt` });
    expect(a.article.language).toBe(lang);
    const t = a.times.find((x) => x.text.includes(words));
    expect(t?.value).toBe('2025-03-03');
    expect(a.article.text.slice(t!.start, t!.end)).toBe(t!.text);
    // the English rules do not run: names come from the language's model alone, without roles
    expect(a.entities.map((e) => `${e.name}:${e.type}:${e.roles.length}`)).toEqual(lang === 'de' ? ['Berlin:place:0'] : []);
  });
});
