// Word lists are data in src/lang/, never inline in the extractors: a regular expression in src/extract/** that
// spells out a list of four or more words ("advert|sponsor|promo|taboola") fails here. The extractors build their
// patterns from src/lang/en/* (words of a human language) and src/lang/page-hints.ts (markup vocabulary).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CUE_FORMS, speechForms } from '../../src/lang/en/speech.js';

const ROOT = join(import.meta.dirname, '../..');
const MIN_WORDS = 4;

/**
 * Inline word lists left in src/analyse/**: none since the time rules' closed-class groups moved to
 * src/lang/en/time-grammar.ts. It never goes up.
 */
const ANALYSE_BUDGET = 0;

/** Closed-class groups that grammar patterns spell out in more than one place (sorted words, joined by "|"). */
const REPEATS_ALLOWED: string[] = [
  'an|her|his|its|the|their', // possessive determiners before a role or a speaker
  'at|for|from|in|of|with', // prepositions of a complement
  'are|is|was|were', // forms of "be" in tense and stance patterns
];

/** Inline lists allowed to stay, each with its reason (file relative to the repo root, and the list's first word). */
const ALLOWED: { file: string; first: string; why: string }[] = [];

const sourceFiles = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
});

/**
 * The word alternatives of each alternation group in a regular-expression source: for "^(?:a|bb|cc)\s+(x|yy)" the
 * groups [] (top level, one alternative that is no word), ["bb", "cc"] and ["yy"]. A word alternative opens on two
 * letters ("sponsor(ed)?", "read-?also", "mis à jour"); "a", "\d+ comments?" and "[<>]+" are not counted.
 */
export function wordAlternatives(source: string): string[][] {
  const groups: string[][] = [];
  const stack: { alts: string[]; cur: string }[] = [{ alts: [], cur: '' }];
  let inClass = false;
  const close = (frame: { alts: string[]; cur: string }) => {
    const words = [...frame.alts, frame.cur].filter((a) => /^\p{L}{2}/u.test(a.replace(/^(?:\\b|\^)+/, '')));
    groups.push(words);
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const top = stack[stack.length - 1]!;
    if (c === '\\') { top.cur += c + (source[i + 1] ?? ''); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; top.cur += c; continue; }
    if (c === '[') { inClass = true; top.cur += c; continue; }
    if (c === '(') {
      const opener = /^\((?:\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>))?/.exec(source.slice(i))![0];
      top.cur += '(…)';
      stack.push({ alts: [], cur: '' });
      i += opener.length - 1;
      continue;
    }
    if (c === ')' && stack.length > 1) { close(stack.pop()!); continue; }
    if (c === '|') { top.alts.push(top.cur); top.cur = ''; continue; }
    top.cur += c;
  }
  while (stack.length) close(stack.pop()!);
  return groups;
}

/** Regular-expression literals and strings (RegExp sources) in a file that list MIN_WORDS or more words. */
function inlineLists(file: string): { line: number; words: string[] }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { line: number; words: string[] }[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = (node as ts.RegularExpressionLiteral).text;
      text = lit.slice(1, lit.lastIndexOf('/'));
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('(?:X)');
    if (text !== null) {
      for (const words of wordAlternatives(text)) {
        if (words.length >= MIN_WORDS) found.push({ line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, words });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function scan(dir: string): string[] {
  return sourceFiles(join(ROOT, dir)).flatMap((file) => {
    const name = relative(ROOT, file);
    return inlineLists(file)
      .filter((l) => !ALLOWED.some((a) => a.file === name && a.first === l.words[0]))
      .map((l) => `${name}:${l.line} ${l.words.slice(0, 6).join('|')}${l.words.length > 6 ? '|…' : ''}`);
  });
}

describe('word lists live in src/lang, not in the extractors', () => {
  it('counts the words of each alternation group, not the group\'s syntax', () => {
    expect(wordAlternatives(String.raw`^(?:advert|ads?|sponsor(ed)?|\d+ comments?|a)$`)).toEqual([['ed'], ['advert', 'ads?', 'sponsor(…)?'], []]);
    expect(wordAlternatives(String.raw`\b(?:image|photo|picture) source\s*[,:|]`).map((g) => g.length)).toEqual([3, 0]);
    expect(wordAlternatives('[a|b|c|d]|x').flat()).toEqual([]);
  });

  it('finds an inline list of four words in a source file', () => {
    const planted = join(ROOT, 'test/fixtures/word-lists/inline-list.ts.txt');
    expect(inlineLists(planted).map((l) => l.words)).toEqual([['share', 'tweet', 'print', 'email'], ['nav', 'menu', 'footer', 'sidebar']]);
  });

  it('src/extract/** spells out no list of four or more words', () => {
    expect(scan('src/extract')).toEqual([]);
  });

  it('every allowed exception still exists (the allow-list does not go stale)', () => {
    for (const a of ALLOWED) {
      expect(inlineLists(join(ROOT, a.file)).some((l) => l.words[0] === a.first), `${a.file} ${a.first}`).toBe(true);
    }
  });

  it('src/analyse/** holds no more inline lists than it did (the count only goes down as lists move to src/lang)', () => {
    const left = scan('src/analyse');
    console.info(`src/analyse: ${left.length} inline word lists left (budget ${ANALYSE_BUDGET})\n${left.join('\n')}`);
    expect(left.length).toBeLessThanOrEqual(ANALYSE_BUDGET);
  });

  it('no list of four or more words is written twice anywhere in src/', () => {
    const where = new Map<string, string[]>();
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      for (const l of inlineLists(file)) {
        const key = [...l.words].sort().join('|');
        where.set(key, [...(where.get(key) ?? []), `${relative(ROOT, file)}:${l.line}`]);
      }
    }
    const repeated = [...where].filter(([key, at]) => at.length > 1 && !REPEATS_ALLOWED.includes(key)).map(([key, at]) => `${key} at ${at.join(', ')}`);
    expect(repeated).toEqual([]);
  });

  it('speech verbs are written once, in the table of src/lang/en/speech.ts: no other pattern lists three speech-verb forms as most of its words', () => {
    const verbForms = new Set([...CUE_FORMS.keys(), ...speechForms('event')].map((f) => f.toLowerCase()));
    const lists = sourceFiles(join(ROOT, 'src')).filter((f) => !f.endsWith(join('lang', 'en', 'speech.ts'))).flatMap((file) =>
      inlineLists(file).map((l) => ({ at: `${relative(ROOT, file)}:${l.line}`, words: l.words, verbs: l.words.filter((w) => verbForms.has(w.toLowerCase())) })));
    const speechLists = lists.filter((l) => l.verbs.length >= 3 && l.verbs.length * 2 >= l.words.length);
    expect(speechLists.map((l) => `${l.at} ${l.verbs.join('|')}`)).toEqual([]);
    // the check itself finds such a list
    expect(wordAlternatives('^(?:said|told|wrote|argued)$').some((g) => g.filter((w) => verbForms.has(w)).length >= 3)).toBe(true);
  });
});
