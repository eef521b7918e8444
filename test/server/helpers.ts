// Test helpers: a store filled from the seed and the Wikinews fixtures through the real analysis,
// plus a hand-annotated article so the pages' layers (entities, quotes, claims, map) are exercised
// whatever state the analysers are in. Offsets are found with indexOf, never typed in.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeRaw } from '../../src/api.js';
import { rawFromBytes } from '../../src/ingest/raw.js';
import type { Analysis } from '../../src/model/analysis.js';
import { SqliteStore } from '../../src/store/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const SEED_FILE = join(FIXTURES, 'seed/000_2e30fbbdf18c2851.txt');
export const TODAY = '2025-12-06';

export function fixtureTexts(): Array<{ path: string; text: string }> {
  const server = readdirSync(join(FIXTURES, 'server')).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, 'server', f));
  return [SEED_FILE, ...server].map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

export function addText(store: SqliteStore, text: string, path: string, published?: string): Analysis {
  const raw = rawFromBytes(Buffer.from(text, 'utf8'), { path }, path.endsWith('.html') ? 'text/html' : 'text/plain');
  store.saveRaw(raw);
  const analysis = analyzeRaw(raw, { today: TODAY, published: published ?? null });
  store.saveAnalysis(analysis);
  return analysis;
}

const span = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture text lacks "${needle}"`);
  return { start, end: start + needle.length };
};

/** Two hand-annotated articles sharing "Maria Kessler", five days apart (so they form one story) with every layer filled. */
export function annotatedArticles(): Analysis[] {
  const texts = [
    { title: 'Harbour council votes on the bridge', date: '2024-03-01', text: 'Harbour council votes on the bridge\n\nMayor Maria Kessler said on Monday: "The bridge will open in May." The council approved 12 million euros for the work in Rotterdam.\n\nThe union denied that the budget was agreed.' },
    { title: 'Bridge opening delayed', date: '2024-03-06', text: 'Bridge opening delayed\n\nMaria Kessler told reporters in Rotterdam: "We need two more weeks." About 300 workers remain on site.' },
  ];
  return texts.map(({ title, date, text }, i) => {
    const id = `annotated${i}`.padEnd(16, '0');
    const kessler = [...text.matchAll(/Maria Kessler/g)].map((m) => ({ start: m.index!, end: m.index! + 13 }));
    const quoteText = /"([^"]+)"/.exec(text)!;
    const qStart = quoteText.index + 1;
    const analysis: Analysis = {
      article: { id, source: { path: `annotated-${i}.txt`, fetchedAt: '2024-06-01T00:00:00Z' }, title, published: date, publishedFrom: 'given', language: 'en', text,
        blocks: text.split('\n\n').map((p) => ({ kind: 'paragraph' as const, ...span(text, p) })), related: [], media: [], dropped: [] },
      entities: [
        { id: 'e1', name: 'Maria Kessler', type: 'person', roles: ['Mayor'], aliases: [], mentions: kessler, geo: null },
        { id: 'e2', name: 'Rotterdam', type: 'place', roles: [], aliases: [], mentions: [span(text, 'Rotterdam')], geo: { lat: 51.92, lon: 4.48, country: 'NL' } },
      ],
      quotes: [{ id: 'q1', text: quoteText[1]!, kind: 'direct', speaker: 'e1', speakerName: 'Maria Kessler', cue: i ? 'told' : 'said', start: qStart, end: qStart + quoteText[1]!.length }],
      times: i ? [] : [{ text: 'on Monday', value: '2024-02-26', ...span(text, 'on Monday') }],
      quantities: i ? [{ text: 'About 300 workers', value: 300, unit: 'workers', about: 'workers on site', approximate: 'about', ...span(text, 'About 300 workers') }]
        : [{ text: '12 million euros', value: 12e6, unit: 'EUR', about: 'bridge budget', ...span(text, '12 million euros') }],
      events: [{ id: 'v1', type: i ? 'statement' : 'meeting', date, participants: ['e1'], place: 'e2', summary: i ? 'Kessler announces a delay' : 'Council approves the bridge budget', evidence: span(text, title) }],
      claims: i ? [] : [{ id: 'c1', claimant: 'e1', stance: 'assert', text: 'The bridge will open in May.', about: [], disputedBy: ['e3'], evidence: span(text, 'The bridge will open in May.') }],
    };
    if (!i) analysis.entities.push({ id: 'e3', name: 'The union', type: 'organization', roles: [], aliases: [], mentions: [span(text, 'The union')], geo: null });
    return analysis;
  });
}

export function addAnnotated(store: SqliteStore): Analysis[] {
  const list = annotatedArticles();
  for (const a of list) {
    store.saveRaw({ ...rawFromBytes(Buffer.from(a.article.text), { path: a.article.source.path }, 'text/plain'), id: a.article.id });
    store.saveAnalysis(a);
  }
  return list;
}

export function filledStore(): SqliteStore {
  const store = new SqliteStore(':memory:');
  for (const f of fixtureTexts()) addText(store, f.text, f.path);
  addAnnotated(store);
  return store;
}
