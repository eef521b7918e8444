// Learn the story linker (src/story/linker.ts) on the ECB+ train topics and write its weights and
// new-story threshold to src/story/linker-weights.json. The dev topics are not read here.
// 1. Stream the train documents through the StoryBuilder with the gold stories forced (teacher
//    forcing): every candidate story the index offers for an arriving article gives one example,
//    positive when it is the article's gold story.
// 2. Fit a logistic regression (L2, positives weighted to balance the classes) by gradient descent.
// 3. Choose the new-story threshold by the B-cubed F1 of real (unforced) clustering on train, among the
//    thresholds that keep the repository's documented cross-source cases and the Wikinews check.
// Usage: npm run train:stories [-- --cache /tmp/ecb.json] [--drop feature,feature|none (left out: weight 0; default DEFAULT_DROP)]
//   [--report (train B-cubed F1 at every threshold, guards or not; writes nothing)]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseDocs, readDocs, shared, storylineLabels, streamOrder } from '../bench/stories/ecbplus-data.mjs';
import { groupAgreement } from '../bench/stories/wikinews-groups.mjs';
import { scoreClustering } from '../bench/stories/metrics.mjs';

const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const { FEATURES } = await import(`${resolve(process.env.STORYLINE_DIST ?? 'dist')}/story/index.js`);
const train = readDocs().filter((d) => d.split === 'train');
const { analyses } = await analyseDocs(train, arg('--cache', null));
const gold = new Map(train.map((d) => [d.id, d.story]));

// 1. Examples under teacher forcing.
const X = [], Y = [];
const storyOfGold = new Map();
const goldOfStory = new Map();
const decide = (doc) => (cands) => {
  for (const c of cands) { X.push(c.x); Y.push(goldOfStory.get(c.id) === doc.story ? 1 : 0); }
  return storyOfGold.get(doc.story) ?? null;
};
{
  const { StoryBuilder } = await import(`${resolve(process.env.STORYLINE_DIST ?? 'dist')}/story/index.js`);
  const b = new StoryBuilder();
  for (const d of streamOrder(train, analyses)) {
    const id = b.add(analyses[d.id], undefined, decide(d)).storyId;
    if (!storyOfGold.has(d.story)) { storyOfGold.set(d.story, id); goldOfStory.set(id, d.story); }
  }
}
// Left out by default (weight 0): with them the fit reaches train B-cubed F1 0.848, without them 0.866 (same
// guards, same undated-threshold search); the average link of the word vectors carries what the top-30
// cosines and the per-type overlaps said, and they pulled the decision toward the kind of event.
// `--drop none` fits every feature.
const DEFAULT_DROP = 'cosAll,cosTitle×otherSource,cosLead,cosBody,organization,otherEntity,place×cos,eventTypes×cos,participants,sameSource×cos,storySize';
const dropArg = arg('--drop', DEFAULT_DROP);
const drop = new Set((dropArg === 'none' ? '' : dropArg).split(',').filter(Boolean));
for (const f of drop) if (!FEATURES.includes(f)) throw new Error(`--drop: no feature ${f}`);
const dropped = FEATURES.map((f) => drop.has(f));
for (const x of X) for (let j = 0; j < x.length; j++) if (dropped[j]) x[j] = 0;
const pos = Y.filter(Boolean).length;
console.log(`${X.length} examples (${pos} positive) from ${train.length} train documents`);

// 2. Logistic regression, L2 (not on the bias), balanced classes, Adam.
const k = FEATURES.length, lambda = 1e-3, wPos = (Y.length - pos) / pos;
const w = new Array(k).fill(0), m = new Array(k).fill(0), v = new Array(k).fill(0);
for (let it = 1; it <= 3000; it++) {
  const g = new Array(k).fill(0);
  let W = 0;
  for (let i = 0; i < X.length; i++) {
    let z = 0; for (let j = 0; j < k; j++) z += X[i][j] * w[j];
    const p = 1 / (1 + Math.exp(-z)), c = Y[i] ? wPos : 1;
    W += c;
    for (let j = 0; j < k; j++) g[j] += c * (p - Y[i]) * X[i][j];
  }
  for (let j = 0; j < k; j++) {
    const gj = g[j] / W + (j ? lambda * w[j] : 0);
    m[j] = 0.9 * m[j] + 0.1 * gj; v[j] = 0.999 * v[j] + 0.001 * gj * gj;
    w[j] -= 0.05 * (m[j] / (1 - 0.9 ** it)) / (Math.sqrt(v[j] / (1 - 0.999 ** it)) + 1e-8);
  }
}
console.log(FEATURES.map((f, j) => `${f} ${w[j].toFixed(2)}`).join(', '));

// 3. New-story threshold: the best B-cubed F1 of unforced clustering on train, among thresholds that keep
//    the repository's documented cross-source cases (test/fixtures/story: ru-ua official statements,
//    three outlets on one acquisition) together and apart. ECB+ holds news reports only; those cases are
//    the official-statement side of what the linker must handle.
const { analyzeText } = await import(`${resolve(process.env.STORYLINE_DIST ?? 'dist')}/api.js`);
const { buildStories, StoryBuilder } = await import(`${resolve(process.env.STORYLINE_DIST ?? 'dist')}/story/index.js`);
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
/** The checks of test/story/cases.test.ts and multisource.test.ts: each group's first article's story holds the
 *  whole group (as members or through a matching passage) and no member of another group. */
const casesFailing = (linker) => [caseDocs, acquisition].flatMap((docs) => {
  const stories = buildStories(docs.map((d) => d.a), { linker });
  const groupOf = new Map(docs.map((d) => [d.a.article.id, d.group]));
  return [...new Set(groupOf.values())].filter((g) => {
    const files = docs.filter((d) => d.group === g).map((d) => d.a.article.id);
    const home = stories.find((st) => st.articles.includes(files[0]));
    const inside = new Set([...home.articles, ...home.links.map((l) => l.articleId)]);
    return !(files.every((f) => inside.has(f)) && home.articles.every((id) => groupOf.get(id) === g));
  });
});
// The Wikinews clustering check (bench/stories/run.mjs) must hold too: precision ≥ 0.98, recall above
// the previous rule's 0.74.
const { analyzeText: analyse } = { analyzeText };
const wiki = readFileSync(`${shared}/corpus/wikinews/wikinews_en_2019_2020.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  .map((r) => { const a = analyse(r.text, { format: 'text', published: r.date, today: '2026-12-31', path: r.id }); a.article.id = r.id; a.article.title = r.title; if (r.url) a.article.source.url = r.url; return a; })
  .sort((x, y) => x.article.published.localeCompare(y.article.published));
const wikinewsHolds = (linker) => {
  const b = new StoryBuilder({ linker });
  for (const a of wiki) b.add(a);
  const r = groupAgreement(wiki, (id) => b.clusterer.storyOf(id), b.clusterer.options.windowDays);
  return r.precision >= 0.98 && r.recall > 0.74;
};
// --current: check the shipped weights instead of the ones just fitted.
const { LEARNED } = await import(`${resolve(process.env.STORYLINE_DIST ?? 'dist')}/story/index.js`);
const weights = process.argv.includes('--current') ? FEATURES.map((_, j) => LEARNED.weights[j] ?? 0) : w.map((x) => Math.round(x * 1e4) / 1e4);
const report = process.argv.includes('--report');
let best = { t: 0.5, f1: -1 };
for (let t = 0.05; t <= 0.7; t += 0.01) {
  const linker = { features: [...FEATURES], weights, newStory: Math.round(t * 100) / 100 };
  const failing = casesFailing(linker);
  if (report) {
    const s = scoreClustering((await storylineLabels(train, analyses, { linker })).labels, gold);
    console.log(`  ${linker.newStory}: train B3 P ${s.b3.p.toFixed(3)} R ${s.b3.r.toFixed(3)} F1 ${s.b3.f1.toFixed(3)}; cases failing: ${failing.join(', ') || 'none'}; Wikinews ${wikinewsHolds(linker) ? 'holds' : 'fails'}`);
    continue;
  }
  if (failing.length) { console.log(`  ${linker.newStory}: the documented cases do not hold (${failing.join(', ')})`); continue; }
  if (!wikinewsHolds(linker)) { console.log(`  ${linker.newStory}: the Wikinews check does not hold`); continue; }
  const { labels } = await storylineLabels(train, analyses, { linker });
  const s = scoreClustering(labels, gold);
  if (s.b3.f1 > best.f1) best = { t: linker.newStory, f1: s.b3.f1, p: s.b3.p, r: s.b3.r };
}
if (report) process.exit(0);
if (best.f1 < 0) throw new Error('no new-story threshold keeps the documented cases');
console.log(`new-story threshold ${best.t}: train B-cubed F1 ${best.f1.toFixed(3)} (P ${best.p.toFixed(3)}, R ${best.r.toFixed(3)})`);
// 4. The threshold for pairs where the article or the story is undated: every article of the guards is
//    dated, so they do not bound it; chosen by train B-cubed F1 alone, then the guards are checked again.
let undated = { t: best.t, f1: best.f1 };
for (let t = 0.05; t <= 0.9; t += 0.01) {
  const linker = { features: [...FEATURES], weights, newStory: best.t, newStoryUndated: Math.round(t * 100) / 100 };
  const s = scoreClustering((await storylineLabels(train, analyses, { linker })).labels, gold);
  console.log(`  undated ${linker.newStoryUndated}: train B3 P ${s.b3.p.toFixed(3)} R ${s.b3.r.toFixed(3)} F1 ${s.b3.f1.toFixed(3)}`);
  if (s.b3.f1 > undated.f1 + 1e-9) undated = { t: linker.newStoryUndated, f1: s.b3.f1 };
}
const chosen = { features: [...FEATURES], weights, newStory: best.t, newStoryUndated: undated.t };
if (casesFailing(chosen).length || !wikinewsHolds(chosen)) { console.log('the guards fail with the undated threshold: kept the dated one'); chosen.newStoryUndated = best.t; }
console.log(`undated-pair threshold ${chosen.newStoryUndated}: train B-cubed F1 ${undated.f1.toFixed(3)}`);
writeFileSync('src/story/linker-weights.json', `${JSON.stringify(chosen)}\n`);
console.log('wrote src/story/linker-weights.json (rebuild with npx tsc -p tsconfig.json)');
