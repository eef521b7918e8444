// Scores the made-up US political news fixture (test/fixtures/quotes/us-politics/gold.json): the wire and Politico
// shapes of the team's held-out genre, written from knowledge of the genre (no held-out text read). Each gold
// quote is located by its opening words in the extracted text and scored strictly (speaker-score.mjs).
// Plain JS so the vitest suite and bench/understanding/quotes.mjs share it; `analyse(id, raw)` returns the analysis.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreSpeakers } from './speaker-score.mjs';

export const US_POLITICS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/quotes/us-politics');

/**
 * The fixture's articles: { file, raw, gold }. `set`: 'gold.json' (the tuning set) or 'gold-heldout.json' (written
 * after the session-21 rules, measured once before any change made for it).
 */
export function usPoliticsArticles(set = 'gold.json', dir = US_POLITICS_DIR) {
  const gold = JSON.parse(readFileSync(join(dir, set), 'utf8'));
  return Object.entries(gold).map(([file, quotes]) => ({ file, raw: readFileSync(join(dir, file), 'utf8'), gold: quotes }));
}

/**
 * Speaker accuracy over the fixture: totals and the misses, each named by file. `dir`: another folder of the same
 * shape (test/fixtures/quotes/us-politics-a); `keep`: which gold entries count (that set flags transcript turns).
 */
export function scoreUsPolitics(analyse, set = 'gold.json', dir = US_POLITICS_DIR, keep = () => true) {
  const t = { withSpeaker: 0, found: 0, right: 0, unattributable: 0, creditedUnattributable: 0, misses: [] };
  for (const a of usPoliticsArticles(set, dir)) {
    const chosen = a.gold.filter(keep);
    if (!chosen.length) continue;
    const doc = analyse(a.file, a.raw);
    const gold = chosen.map((g) => ({ ...g, start: doc.text.indexOf(g.text) }));
    const s = scoreSpeakers(gold, doc.quotes, doc.entities);
    for (const k of ['withSpeaker', 'found', 'right', 'unattributable', 'creditedUnattributable']) t[k] += s[k];
    t.misses.push(...s.misses.map((m) => `${a.file.slice(0, 4)} ${m}`));
  }
  return t;
}
