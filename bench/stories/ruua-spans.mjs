// How far stories stretch on the ru-ua official corpus (../shared/corpus/ru-ua-official): the span in days,
// the size and the sites of the longest stories, and of the story that holds the documented DPR/LPR
// recognition-week case (kremlin.ru "Security Council meeting", 2022-02-21). A story that keeps one site's
// statements for months is a chain, not a story. In memory (StoryBuilder) and through the store.
// Usage: npx tsc -p tsconfig.json && node bench/stories/ruua-spans.mjs [--cache /tmp/ruua.json] [--weights linker.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { shared } from './ecbplus-data.mjs';

const dist = resolve(process.env.STORYLINE_DIST ?? 'dist');
const { analyzeText } = await import(`${dist}/api.js`);
const { StoryBuilder } = await import(`${dist}/story/index.js`);
const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const rows = readFileSync(`${shared}/corpus/ru-ua-official/ru-ua-corpus.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const cache = arg('--cache', null);
let analyses;
if (cache && existsSync(cache)) analyses = JSON.parse(readFileSync(cache, 'utf8'));
else {
  analyses = rows.map((r) => {
    const a = analyzeText(r.text, { format: 'text', published: r.date, today: '2026-12-31', path: r.id });
    a.article.id = r.id; a.article.title = r.title;
    if (r.url) a.article.source.url = r.url;
    return a;
  });
  if (cache) writeFileSync(cache, JSON.stringify(analyses));
}
const weightsFile = arg('--weights', null);
const options = weightsFile ? { linker: JSON.parse(readFileSync(weightsFile, 'utf8')) } : {};
const RECOGNITION = 'kremlin.ru:67825';

const b = new StoryBuilder(options);
for (const a of [...analyses].sort((x, y) => x.article.published.localeCompare(y.article.published))) b.add(a);
const site = new Map(rows.map((r) => [r.id, r.source]));
const dayOf = (d) => Math.round(Date.parse(d) / 86_400_000);
const stories = b.clusterer.list().map((s) => ({ ...s, span: s.firstDate ? dayOf(s.lastDate) - dayOf(s.firstDate) : 0 }));
const describe = (s) => `${s.firstDate}..${s.lastDate} (${s.span} days): ${s.articles.length} articles, sites ${[...new Set(s.articles.map((a) => site.get(a)))].join(' ')} "${s.title.slice(0, 70)}"`;
console.log(`ru-ua: ${rows.length} items, ${stories.length} stories (${stories.filter((s) => s.articles.length > 1).length} with 2+ articles)`);
for (const d of [30, 60]) console.log(`  stories spanning more than ${d} days: ${stories.filter((s) => s.span > d).length}`);
console.log('  longest spans:');
for (const s of [...stories].sort((x, y) => y.span - x.span).slice(0, 5)) console.log(`    ${describe(s)}`);
const rec = stories.find((s) => s.articles.includes(RECOGNITION));
console.log(`  recognition week (${RECOGNITION}): ${rec ? describe(rec) : 'not placed'}`);
