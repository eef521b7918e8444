// The guards of the story linker's training (scripts/train-stories.mjs): the repository's documented
// cross-source cases (test/fixtures/story: ru-ua Bucha/Istanbul/recognition, three outlets on one
// acquisition and a decoy) and the Wikinews clustering check (bench/stories/run.mjs). ECB+ holds news
// reports only; these are the official-statement side of what the linker must handle. And the negative set of far
// merges (bench/stories/recurring-events-data.mjs): repeats of one recurring kind that must stay apart.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { shared } from '../bench/stories/ecbplus-data.mjs';
import { groupAgreement } from '../bench/stories/wikinews-groups.mjs';
import { STREAMS, eventOf, eventsJoined } from '../bench/stories/recurring-events-data.mjs';

const dist = resolve(process.env.STORYLINE_DIST ?? 'dist');
const { analyzeText } = await import(`${dist}/api.js`);
const { buildStories, StoryBuilder } = await import(`${dist}/story/index.js`);

/** Pairs of grouped Wikinews articles are counted within this many days whatever the clusterer's window. */
export const WIKINEWS_PAIR_DAYS = 10;

/** Analyses of the guard corpora; `cacheFile` keeps the Wikinews analyses between runs. */
export function loadGuards(cacheFile = null) {
  const fixtures = 'test/fixtures/story/';
  const spec = JSON.parse(readFileSync(`${fixtures}cases.json`, 'utf8'));
  const caseDocs = spec.items.map((it) => {
    const a = analyzeText(readFileSync(`${fixtures}${it.file}`, 'utf8'), { format: 'text', published: it.date, url: it.url });
    a.article.id = it.file; a.article.title = it.title;
    return { a, group: it.case };
  });
  const acquisition = JSON.parse(readFileSync(`${fixtures}acquisition.json`, 'utf8')).map((r) => {
    const a = analyzeText(r.text, { format: 'text', published: r.published, today: '2026-11-26', path: r.id });
    a.article.id = r.id; a.article.title = r.title; a.article.source.url = r.url;
    return { a, group: r.id === 'other' ? 'other' : 'deal' };
  });
  let wiki;
  if (cacheFile && existsSync(cacheFile)) wiki = JSON.parse(readFileSync(cacheFile, 'utf8'));
  else {
    wiki = readFileSync(`${shared}/corpus/wikinews/wikinews_en_2019_2020.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
      .map((r) => { const a = analyzeText(r.text, { format: 'text', published: r.date, today: '2026-12-31', path: r.id }); a.article.id = r.id; a.article.title = r.title; if (r.url) a.article.source.url = r.url; return a; })
      .sort((x, y) => x.article.published.localeCompare(y.article.published));
    if (cacheFile) writeFileSync(cacheFile, JSON.stringify(wiki));
  }
  /** The checks of test/story/cases.test.ts and multisource.test.ts: each group's first article's story holds the
   *  whole group (as members or through a matching passage) and no member of another group. Returns the failing groups. */
  const casesFailing = (options) => [caseDocs, acquisition].flatMap((docs) => {
    const stories = buildStories(docs.map((d) => d.a), options);
    const groupOf = new Map(docs.map((d) => [d.a.article.id, d.group]));
    return [...new Set(groupOf.values())].filter((g) => {
      const files = docs.filter((d) => d.group === g).map((d) => d.a.article.id);
      const home = stories.find((st) => st.articles.includes(files[0]));
      const inside = new Set([...home.articles, ...home.links.map((l) => l.articleId)]);
      return !(files.every((f) => inside.has(f)) && home.articles.every((id) => groupOf.get(id) === g));
    });
  });
  /** The Wikinews clustering check: pairwise agreement with the documented groups. */
  const wikinews = (options) => {
    const b = new StoryBuilder(options);
    for (const a of wiki) b.add(a);
    return groupAgreement(wiki, (id) => b.clusterer.storyOf(id), WIKINEWS_PAIR_DAYS);
  };
  /** precision ≥ 0.98 and recall above the previous rule's 0.74 */
  const wikinewsHolds = (options) => { const r = wikinews(options); return r.precision >= 0.98 && r.recall > 0.74; };
  // each `apart` stream of the negative set, analysed as recurring-events.mjs does: its articles and its events (two, or quakeChain's five)
  const recurring = Object.entries(STREAMS).filter(([, st]) => st.apart).map(([name, st]) => ({ name, items: st.arts.map((x, i) => {
    const a = analyzeText(`${x.title}\n\n${x.text}`, { format: 'text', published: x.date, today: '2026-12-31', path: `${name}-${i}` });
    a.article.id = `${name}-${i}`; a.article.title = x.title; a.article.source.url = `https://${x.site}/${name}/${i}`;
    return { a, site: x.site, event: eventOf(st, i) };
  }) }));
  /** The negative streams in which some story holds two events (each stream clustered alone, by date). */
  const recurringJoined = (options) => recurring.filter(({ items }) => {
    const b = new StoryBuilder(options);
    for (const x of [...items].sort((p, q) => p.a.article.published.localeCompare(q.a.article.published))) b.add(x.a, x.site);
    return eventsJoined(items, (id) => b.clusterer.storyOf(id)).joined;
  }).map(({ name }) => name);
  return { casesFailing, wikinews, wikinewsHolds, recurringJoined };
}
