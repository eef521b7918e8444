// Speaker descriptions look for the last title-and-name before each quote; the pattern is tried only where it can
// open (on the head noun or the word before it). The matches must be what a search of the text before the quote
// finds, at every cut, including cuts inside a match and heads inside other words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headPatterns } from '../../src/analyse/quotes/resolve.js';
import { titledMatches } from '../../src/analyse/quotes/titled.js';

const global = (head: string) => new RegExp(headPatterns(head).titled.source, 'gu');
const show = (ms: RegExpExecArray[] | RegExpMatchArray[]) => ms.map((m) => [m.index, ...m]);
const bySlicing = (head: string, text: string, cut: number) => show([...text.slice(0, cut).matchAll(global(head))]);
const byOpenings = (head: string, text: string, cut: number) => show(titledMatches(text, cut, head, headPatterns(head).titled));

describe('title matches before a position', () => {
  it('are those of the text before it, at every cut of a short text', () => {
    const text = 'The president said. Former president Joe Biden met President Lula, and bathe the minister, Jane Doe Smith, '
      + 'left; Erdoğan minister Ali Veli, the the President  Xi\tJinping, 𝐀bc minister Ann Lee.';
    for (const head of ['president', 'minister', 'the']) {
      const all = bySlicing(head, text, text.length);
      expect(all.length, head).toBeGreaterThan(0);
      for (let cut = 0; cut <= text.length; cut++) expect(byOpenings(head, text, cut), `${head} @${cut}`).toEqual(bySlicing(head, text, cut));
    }
  });

  it('are those of the text before it in whole articles', () => {
    const dir = join(__dirname, '../fixtures/generalisation');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).slice(0, 12)) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const head of ['president', 'the', 'minister', 'spokesman', 'one']) {
        for (let cut = 0; cut <= text.length; cut += 97) expect(byOpenings(head, text, cut), `${f} ${head} @${cut}`).toEqual(bySlicing(head, text, cut));
      }
    }
  });
});
