// Story clustering on ECB+ (../shared/corpus/ecbplus-dev): B-cubed and pairwise P/R/F1 and ARI on the
// DEV topics first, then on the train topics the linker was learned on, side by side in one run with
// tf-idf cosine + average-link clustering whose threshold is chosen on the train topics. All documents
// of a split are clustered together: the two events of one topic are the hard negatives, but other
// topics must not merge either. Usage: npm run bench:stories:ecbplus [-- --cache /tmp/ecb.json]
import { analyseDocs, readDocs, storeLabels, storylineLabels } from './ecbplus-data.mjs';
import { formatScore, scoreClustering } from './metrics.mjs';
import { cut, dendrogram, tfidfVectors } from './tfidf-baseline.mjs';

const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const docs = readDocs();
const { analyses, refused, msPerDoc } = await analyseDocs(docs, arg('--cache', null));
const split = (s) => docs.filter((d) => d.split === s);
const gold = (ds) => new Map(ds.map((d) => [d.id, d.story]));
console.log(`ECB+ ${docs.length} documents (${split('train').length} train, ${split('dev').length} dev), analysed at ${msPerDoc.toFixed(1)} ms/doc; ${refused} refused by the article check (analysed anyway)`);

// Baseline threshold: the best B-cubed F1 on train.
const baseline = (ds) => { const merges = dendrogram(tfidfVectors(ds.map((d) => d.text))); return (t) => new Map(cut(ds.length, merges, t).map((c, i) => [ds[i].id, c])); };
const trainCut = baseline(split('train'));
let best = { t: 0, f1: -1 };
for (let t = 0.02; t <= 0.6; t += 0.01) { const f1 = scoreClustering(trainCut(t), gold(split('train'))).b3.f1; if (f1 > best.f1) best = { t, f1 }; }
console.log(`tf-idf average-link threshold chosen on train: ${best.t.toFixed(2)}`);

const previous = { linker: { features: ['bias', 'cosAll'], weights: [-3, 25], newStory: 0.5 } };
for (const s of ['dev', 'train']) {
  const ds = split(s), g = gold(ds);
  console.log(`\n${s} topics: ${ds.length} documents, ${new Set(g.values()).size} stories${s === 'train' ? ' (the linker was learned here)' : ''}`);
  // Headline: the store path, what `storyline ingest` gives users; the in-memory builder follows.
  console.log(`  storyline (store, as ingest places them) ${formatScore(scoreClustering(await storeLabels(ds, analyses), g))}`);
  const t0 = performance.now();
  const { labels } = await storylineLabels(ds, analyses);
  const ms = (performance.now() - t0) / ds.length;
  console.log(`  storyline (learned linker, in memory) ${formatScore(scoreClustering(labels, g))} | ${ms.toFixed(2)} ms/doc`);
  console.log(`  tf-idf average-link (baseline)          ${formatScore(scoreClustering(s === 'train' ? trainCut(best.t) : baseline(ds)(best.t), g))}`);
  console.log(`  storyline (previous rule, cosine ≥ 0.12) ${formatScore(scoreClustering((await storylineLabels(ds, analyses, previous)).labels, g))}`);
}
