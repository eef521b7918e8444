// Error analysis of the story linker on ECB+: per topic, the B-cubed F1 of the documents of that topic
// (clustered in one stream with every other topic of the split) and each predicted story's make-up by
// gold story, with the publication dates. Usage: node bench/stories/ecbplus-errors.mjs [--split train] [--cache FILE]
import { analyseDocs, readDocs, storylineLabels } from './ecbplus-data.mjs';
import { scoreClustering } from './metrics.mjs';

const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const split = arg('--split', 'train');
const docs = readDocs().filter((d) => d.split === split);
const { analyses } = await analyseDocs(readDocs(), arg('--cache', null));
const { labels } = await storylineLabels(docs, analyses);
const gold = new Map(docs.map((d) => [d.id, d.story]));
console.log(`${split}: ${JSON.stringify(scoreClustering(labels, gold).b3)}`);
const topics = [...new Set(docs.map((d) => d.topic))].sort((a, b) => Number(a) - Number(b));
const rows = [];
for (const t of topics) {
  const ds = docs.filter((d) => d.topic === t);
  const s = scoreClustering(new Map(ds.map((d) => [d.id, labels.get(d.id)])), new Map(ds.map((d) => [d.id, d.story])));
  const byPred = new Map();
  for (const d of ds) { const l = labels.get(d.id); byPred.set(l, [...(byPred.get(l) ?? []), d]); }
  const make = [...byPred.values()].map((m) => {
    const c = new Map();
    for (const d of m) c.set(d.story, (c.get(d.story) ?? 0) + 1);
    const dates = m.map((d) => (analyses[d.id].article.published ?? '-').slice(0, 10) + '/' + (analyses[d.id].article.publishedFrom ?? '-')[0]);
    return `{${[...c].map(([g, n]) => `${g.split('/').pop()}:${n}`).join(' ')}}${process.argv.includes('--dates') ? ` ${[...new Set(dates)].sort().join(',')}` : ''}`;
  });
  rows.push({ t, f1: s.b3.f1, line: `topic ${t} B3 P ${s.b3.p.toFixed(2)} R ${s.b3.r.toFixed(2)} F1 ${s.b3.f1.toFixed(2)}  ${make.join('  ')}` });
}
for (const r of rows.sort((a, b) => a.f1 - b.f1)) console.log(r.line);
