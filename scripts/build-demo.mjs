#!/usr/bin/env node
// Builds demo/ from ../shared: up to 200 Wikinews articles (CC BY 2.5) as plain text, plus the seed.
// Run once by a maintainer; the result is committed so a fresh clone needs no ../shared.
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const shared = process.argv[2] ?? '../shared';
const out = 'demo';
const MAX = 200;
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'wikinews'), { recursive: true });
mkdirSync(join(out, 'seed'), { recursive: true });

const rows = readFileSync(join(shared, 'corpus/wikinews/wikinews_en_2019_2020.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
// Prefer the articles on the project's topics (war, diplomacy, elections, Russia, Ukraine), then fill by date.
const tagged = rows.filter((r) => r.topic_tags?.length);
const rest = rows.filter((r) => !r.topic_tags?.length);
const chosen = [...tagged, ...rest].slice(0, MAX).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

const slug = (s) => s.replace(/^enwikinews:/, '').normalize('NFKD').replace(/[^\w-]+/g, '_').replace(/_+/g, '_').slice(0, 80);
const attribution = [
  '# Demo corpus attribution', '',
  'The files in `wikinews/` are articles from English Wikinews (https://en.wikinews.org), written by Wikinews contributors',
  'and published under the Creative Commons Attribution 2.5 licence (https://creativecommons.org/licenses/by/2.5/).',
  'They come from the snapshot at https://github.com/vanatteveldt/wikinews (scraped body text).',
  'Changes: non-breaking spaces replaced by spaces, runs of blank lines collapsed (as in the snapshot), and the headline',
  'added as the first line of each file, and the publication date of the corpus added as a',
  'Wikinews-style dateline ("Wednesday, January 15, 2020") to the articles whose text had none. `seed/` holds the project\'s seed article (a scraped news page).', '',
  '| file | title | date | source |', '|---|---|---|---|',
];
// Wikinews's own dateline style ("Friday, January 4, 2019"), for articles whose text lacks one.
const dateline = (iso) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
for (const r of chosen) {
  const file = `${r.date}_${slug(r.id)}.txt`;
  const text = r.text.trim();
  const hasDateline = /^\w+day, \w+ \d{1,2}, \d{4}/.test(text);
  writeFileSync(join(out, 'wikinews', file), `${r.title}\n\n${hasDateline ? '' : `${dateline(r.date)}\n\n`}${text}\n`);
  attribution.push(`| wikinews/${file} | ${r.title.replace(/\|/g, '\\|')} | ${r.date} | ${r.url} |`);
}
writeFileSync(join(out, 'ATTRIBUTION.md'), `${attribution.join('\n')}\n`);
copyFileSync(join(shared, 'seed/000_2e30fbbdf18c2851.txt'), join(out, 'seed/000_2e30fbbdf18c2851.txt'));
console.log(`demo: ${chosen.length} Wikinews articles and the seed written to ${out}/`);
