// Stories bench: near-duplicate precision/recall, clustering speed as the collection grows,
// clustering agreement with documented Wikinews groups, and cross-source stories and claim ledgers
// on the ru-ua official corpus. Usage (from the project root):
//   npx tsc -p tsconfig.json && node bench/stories/run.mjs [--max 100000]
// STORYLINE_DIST=/other/dist overrides the compiled code location.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GROUPS, groupAgreement } from './wikinews-groups.mjs';

const dist = resolve(process.env.STORYLINE_DIST ?? 'dist');
const { analyzeText } = await import(`${dist}/api.js`);
const { NearDuplicateIndex, StoryClusterer, StoryBuilder, EntityLinker } = await import(`${dist}/story/index.js`);
const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const maxN = Number(arg('--max', 100000));
// --only ruua skips the Wikinews sections.
const only = arg('--only', 'all');
// --threshold X and --link X|off override the article and passage thresholds on ru-ua.
const clusterOpts = {
  ...(arg('--threshold') ? { threshold: Number(arg('--threshold')) } : {}),
  ...(arg('--link') ? { linkThreshold: arg('--link') === 'off' ? Infinity : Number(arg('--link')) } : {}),
};

const SHARED = resolve(process.env.STORYLINE_SHARED ?? '../shared');
const readJsonl = (p) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const wiki = readJsonl(`${SHARED}/corpus/wikinews/wikinews_en_2019_2020.jsonl`);
const official = readJsonl(`${SHARED}/corpus/ru-ua-official/ru-ua-corpus.jsonl`);

// Seeded PRNG so every run generates the same derived copies and synthetic articles.
let seed = 42;
const rnd = () => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed / 2 ** 32; };
const paras = (t) => t.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

function clusterAnalyses(analyses, opts = {}) {
  const b = new StoryBuilder(opts);
  for (const a of [...analyses].sort((x, y) => x.article.published.localeCompare(y.article.published))) b.add(a);
  return b;
}

// 1. Analyse every article once (also the per-article throughput of the whole pipeline).
function analyseAll(rows) {
  const t0 = performance.now();
  const out = rows.map((r) => {
    const a = analyzeText(r.text, { format: 'text', published: r.date, today: '2026-12-31', path: r.id });
    a.article.id = r.id; a.article.title = r.title;
    if (r.url) a.article.source.url = r.url;
    return a;
  });
  return { out, perSec: rows.length / ((performance.now() - t0) / 1000) };
}
const W = only === 'ruua' ? null : analyseAll(wiki);
if (W) console.log(`analysis: ${wiki.length} wikinews articles at ${W.perSec.toFixed(0)} articles/s (1 core)`);

if (W) {
// 2. Near-duplicates: three derived copies of 100 originals, inserted among all 293 originals.
const derive = {
  trimmed: (ps) => ps.slice(0, Math.max(1, Math.ceil(ps.length * 0.7))),
  reheaded: (ps) => ['UPDATED: A new headline and a rewritten lead sentence for this copy of the story.', ...ps.slice(1)],
  reparagraphed: (ps) => ps.join(' ').split(/(?<=\.)\s+/).reduce((acc, s, i) => { if (i % 2) acc[acc.length - 1] += ` ${s}`; else acc.push(s); return acc; }, []),
};
{
  const idx = new NearDuplicateIndex();
  let tp = 0, fp = 0, fn = 0, t = 0;
  const t0 = performance.now();
  for (const r of wiki) { if (idx.add(r.id, r.text)) fp++; t++; }
  const originals = wiki.filter((r) => paras(r.text).length >= 3).slice(0, 100);
  const per = {};
  for (const r of originals) for (const [kind, f] of Object.entries(derive)) {
    const got = idx.add(`${r.id}#${kind}`, f(paras(r.text)).join('\n\n')); t++;
    per[kind] ??= [0, 0]; per[kind][1]++;
    if (got === r.id) { tp++; per[kind][0]++; } else if (got) fp++; else fn++;
  }
  const ms = performance.now() - t0;
  console.log(`near-duplicates: precision ${(tp / (tp + fp)).toFixed(3)} recall ${(tp / (tp + fn)).toFixed(3)} (${tp} found, ${fp} false, ${fn} missed; ${(ms / t).toFixed(2)} ms/article)`);
  console.log(`  recall by kind: ${Object.entries(per).map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')}`);
}

// 3. Clustering agreement with documented groups (title patterns for multi-article Wikinews stories):
//    the shipped learned linker, and the previous rule (whole-text cosine ≥ 0.12) for comparison.
const PREVIOUS_RULE = { linker: { features: ['bias', 'cosAll'], weights: [-3, 25], newStory: 0.5 } };
for (const [name, opts] of [['learned linker', {}], ['previous rule, cosine ≥ 0.12', PREVIOUS_RULE]]) {
  const b = clusterAnalyses(W.out, opts);
  const win = b.clusterer.options.windowDays;
  const r = groupAgreement(W.out, (id) => b.clusterer.storyOf(id), win);
  const stories = b.stories();
  console.log(`clustering agreement, ${name} (wikinews groups ${Object.keys(GROUPS).join('/')}, same-group pairs within ${win} days): precision ${r.precision.toFixed(3)} recall ${r.recall.toFixed(3)} (${r.tp} right/${r.fp} wrong/${r.fn} missed pairs); ${stories.length} stories, ${stories.filter((s) => s.articles.length > 1).length} with 2+ articles`);
  if (!Object.keys(opts).length) for (const s of stories.filter((x) => x.articles.length > 2).slice(0, 5)) console.log(`  story "${s.title}" (${s.articles.length} articles, ${s.firstDate}..${s.lastDate})`);
}

// 4. Clustering time as the set grows. Synthetic article k = the paragraphs of real article k mod 293
//    plus one paragraph of a random other article, dated base date + 2 years × floor(k / 293) + 0..3 days,
//    with the base article's linked entities: the mix keeps vocabulary and story sizes realistic.
{
  const linker = new EntityLinker();
  const ents = W.out.map((a) => [...linker.add(a.article.id, a.entities).values()]);
  for (const n of [1000, 10000, 100000].filter((x) => x <= maxN)) {
    const c = new StoryClusterer();
    const dup = new NearDuplicateIndex();
    let tc = 0, td = 0;
    for (let k = 0; k < n; k++) {
      const i = k % wiki.length, other = wiki[Math.floor(rnd() * wiki.length)];
      const text = `${wiki[i].text}\n\n${paras(other.text)[0] ?? ''}`;
      const date = new Date(Date.parse(wiki[i].date) + (Math.floor(k / wiki.length) * 730 + Math.floor(rnd() * 4)) * 864e5).toISOString().slice(0, 10);
      let t0 = performance.now();
      if (k < 10000) { dup.add(`x${k}`, text); td += performance.now() - t0; }
      t0 = performance.now();
      // Synthetic mixes of one base text would all be near-duplicates: cluster them as originals.
      c.add({ id: `x${k}`, date, title: wiki[i].title, text, entities: ents[i], duplicateOf: null }); tc += performance.now() - t0;
    }
    console.log(`scale ${n}: clustering ${(tc / 1000).toFixed(1)} s (${(tc / n).toFixed(3)} ms/article), near-dup ${(td / Math.min(n, 10000)).toFixed(3)} ms/article (first 10k), ${c.list().length} stories`);
  }
}

}

// 5. ru-ua official corpus: stories gathering two or all three governments (by member articles, then
//    counting articles linked through a matching passage too), and cross-source claim ledgers.
{
  const O = analyseAll(official);
  const sourceOf = new Map(official.map((r) => [r.id, r.source]));
  const b = clusterAnalyses(O.out, clusterOpts);
  const stories = b.stories();
  const srcs = (s, links) => new Set([...s.articles, ...(links ? s.links.map((l) => l.articleId) : [])].map((a) => sourceOf.get(a)));
  const count = (links, n) => stories.filter((s) => srcs(s, links).size >= n).length;
  console.log(`ru-ua: ${official.length} items at ${O.perSec.toFixed(0)} articles/s; ${stories.length} stories (${stories.filter((s) => s.articles.length > 1).length} with 2+ articles)`);
  console.log(`  by member articles: ${count(false, 2)} stories with 2+ sources, ${count(false, 3)} with all 3`);
  console.log(`  with passage links: ${count(true, 2)} stories with 2+ sources, ${count(true, 3)} with all 3`);
  const ranked = stories.filter((s) => srcs(s, true).size >= 2)
    .sort((x, y) => srcs(y, true).size - srcs(x, true).size || (y.articles.length + y.links.length) - (x.articles.length + x.links.length));
  for (const s of ranked.slice(0, 10)) {
    const per = (ids) => [...sourceOf.values()].filter((v, i, a) => a.indexOf(v) === i).map((src) => `${src.split('.')[0]} ${ids.filter((a) => sourceOf.get(a) === src).length}`).join(', ');
    console.log(`  story "${s.title.slice(0, 80)}" ${s.firstDate}..${s.lastDate}: ${s.articles.length} articles (${per(s.articles)}) + ${s.links.length} linked (${per(s.links.map((l) => l.articleId))})`);
  }
  let cross = 0;
  for (const s of stories) for (const e of s.ledger) {
    const sides = e.disputedBy.filter((d) => e.assertedBy.some((a) => sourceOf.get(a.articleId) !== sourceOf.get(d.articleId)));
    if (!sides.length) continue;
    cross++;
    if (cross <= 8) console.log(`  ledger [${s.title.slice(0, 40)}]: ${b.linker.get(e.claimant)?.name} ${e.stance} "${e.text.slice(0, 100)}" [${sourceOf.get(e.assertedBy[0].articleId)} ${e.assertedBy[0].date}]\n      vs ${sides.map((d) => `${b.linker.get(d.entity)?.name} ${d.stance} "${d.text.slice(0, 100)}" [${sourceOf.get(d.articleId)} ${d.date}]`).join('; ')}`);
  }
  console.log(`ru-ua: ${cross} ledger entries where one source's claim meets another source's counter-claim`);
}
