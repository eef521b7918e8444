// Far story merges against recurring events: the negative set (recurring-events-data.mjs: pairs of same-kind events
// years apart, from several sites, every article dated — they must stay apart — and true follow-ups that may join),
// then the Wikinews check with distinct (made-up) sites, scored on pairs within the date window and on all pairs.
// The shipped weights with far merges off, as shipped, and at a far bar given, side by side; then the ru-ua corpus
// with five made-up sites (spans against the cap). Usage (from the project root):
//   npx tsc -p tsconfig.json && node bench/stories/recurring-events.mjs [--far 0.12] [--no-wikinews] [--no-ruua]
// STORYLINE_DIST=/other/dist overrides the compiled code location.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STREAMS, eventOf, eventsJoined } from './recurring-events-data.mjs';
import { groupAgreement } from './wikinews-groups.mjs';

const dist = resolve(process.env.STORYLINE_DIST ?? 'dist');
const { analyzeText } = await import(`${dist}/api.js`);
const { StoryBuilder } = await import(`${dist}/story/index.js`);
const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const W = JSON.parse(readFileSync(`${dist}/story/linker-weights.json`, 'utf8'));
const farBar = arg('--far', null);
const withFar = (far) => ({ ...W, merge: { ...W.merge, far } });
const WINDOW = 10;
const dayOf = (d) => Math.round(Date.parse(d) / 864e5);

// far merges off (main before the tenth round), the shipped weights when they set a far bar, and `--far` when given
// (without a shipped bar: round nine's 0.12)
const SETTINGS = [
  ['far off', withFar(undefined)],
  ...(W.merge?.far !== undefined ? [[`shipped (far ${W.merge.far})`, W]] : []),
  ...(farBar !== null || W.merge?.far === undefined ? [[`far ${farBar ?? 0.12}`, withFar(Number(farBar ?? 0.12))]] : []),
];

function analyse(name, i, x) {
  const a = analyzeText(`${x.title}\n\n${x.text}`, { format: 'text', published: x.date, today: '2026-12-31', path: `${name}-${i}` });
  a.article.id = `${name}-${i}`; a.article.title = x.title; a.article.source.url = `https://${x.site}/${name}/${i}`;
  return { a, site: x.site, event: eventOf(STREAMS[name], i) };
}
function cluster(weights, items) {
  const b = new StoryBuilder({ linker: weights });
  for (const x of [...items].sort((p, q) => p.a.article.published.localeCompare(q.a.article.published))) b.add(x.a, x.site);
  return b;
}
/** Whether some story holds two events' articles, and whether each event's articles all share one story. */
const verdict = (b, items) => eventsJoined(items, (id) => b.clusterer.storyOf(id));

const streams = Object.entries(STREAMS).map(([name, s]) => ({ name, apart: s.apart, items: s.arts.map((x, i) => analyse(name, i, x)) }));
console.log('Recurring events (two events per stream, quakeChain five; "apart": must stay apart; "follow-up": may join)');
console.log(`| stream | kind | ${SETTINGS.map(([n]) => n).join(' | ')} |`);
console.log(`|---|---|${SETTINGS.map(() => '---').join('|')}|`);
const tally = SETTINGS.map(() => ({ wrong: 0, joined: 0 }));
for (const s of streams) {
  const cells = SETTINGS.map(([, w], k) => {
    const v = verdict(cluster(w, s.items), s.items);
    if (s.apart && v.joined) tally[k].wrong++;
    if (!s.apart && v.joined) tally[k].joined++;
    return `${v.joined ? 'joined' : 'apart'}${v.whole ? '' : ' (an event split)'}${s.apart && v.joined ? ' ✗' : ''}`;
  });
  console.log(`| ${s.name} | ${s.apart ? 'apart' : 'follow-up'} | ${cells.join(' | ')} |`);
}
// all streams in one builder, as a user's feeds: a story holding two streams, or both events of an `apart` stream, is wrong
const mixedItems = streams.flatMap((s) => s.items.map((x) => ({ ...x, key: s.apart ? `${STREAMS[s.name].sameAs ?? s.name}:${x.event}` : STREAMS[s.name].sameAs ?? s.name })));
const examples = [];
const mixed = SETTINGS.map(([, w], k) => {
  if (k) examples.push('|');
  const b = cluster(w, mixedItems);
  let wrong = 0;
  for (const st of b.clusterer.list()) {
    const m = mixedItems.filter((x) => st.articles.includes(x.a.article.id));
    if (new Set(m.map((x) => x.key)).size > 1) { wrong++; examples.push(`[${st.articles.join(' ')}]`); }
  }
  return `${b.clusterer.list().length} stories, ${wrong} mixing events`;
});
console.log(`| all mixed | | ${mixed.join(' | ')} |`);
console.log(`  mixing: ${examples.join(' ')}`);
console.log(`recurring streams joined (must be 0): ${tally.map((t) => t.wrong).join(' | ')} of ${streams.filter((s) => s.apart).length}; follow-ups joined: ${tally.map((t) => t.joined).join(' | ')} of ${streams.filter((s) => !s.apart).length}`);

const SHARED = resolve(process.env.STORYLINE_SHARED ?? '../shared');
const readRows = (path) => readFileSync(`${SHARED}/corpus/${path}`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
// a corpus's articles with five made-up sites, spread deterministically, as a multi-site feed (no URL: the site given)
const withFakeSites = (rows) => rows.map((r, i) => {
  const a = analyzeText(r.text, { format: 'text', published: r.date, today: '2026-12-31', path: r.id });
  a.article.id = r.id; a.article.title = r.title;
  return { a, site: `site${(i * 7) % 5}.example` };
});
const spansOf = (b) => b.clusterer.list().map((s) => (s.firstDate ? dayOf(s.lastDate) - dayOf(s.firstDate) : 0));

if (!process.argv.includes('--no-wikinews')) {
  // Wikinews is one site: every far merge is refused there unless the articles are given sites of their own
  const items = withFakeSites(readRows('wikinews/wikinews_en_2019_2020.jsonl'));
  const an = items.map((x) => x.a);
  console.log(`\nWikinews (${an.length} articles, five made-up sites) | ${SETTINGS.map(([n]) => n).join(' | ')}`);
  const out = SETTINGS.map(([, w]) => {
    const b = cluster(w, items);
    const spans = spansOf(b);
    const near = groupAgreement(an, (id) => b.clusterer.storyOf(id), WINDOW);
    const all = groupAgreement(an, (id) => b.clusterer.storyOf(id), Infinity);
    return { near, all, text: `${spans.length} stories, longest ${Math.max(...spans)} d, ${spans.filter((d) => d > (W.maxSpanDays ?? 45)).length} over the cap` };
  });
  const f = (g) => `P ${g.precision.toFixed(3)} R ${g.recall.toFixed(3)} (${g.tp}/${g.fp}/${g.fn})`;
  console.log(`pairs within ${WINDOW} days | ${out.map((o) => f(o.near)).join(' | ')}`);
  console.log(`all pairs | ${out.map((o) => f(o.all)).join(' | ')}`);
  console.log(`stories | ${out.map((o) => o.text).join(' | ')}`);
}

if (!process.argv.includes('--no-ruua')) {
  // the ru-ua official corpus (three sites' statements on one war) with five made-up sites: long stories of one subject
  const items = withFakeSites(readRows('ru-ua-official/ru-ua-corpus.jsonl'));
  const cap = W.maxSpanDays ?? 45;
  console.log(`\nru-ua (${items.length} articles, five made-up sites) | ${SETTINGS.map(([n]) => n).join(' | ')}`);
  console.log(`stories | ${SETTINGS.map(([, w]) => {
    const spans = spansOf(cluster(w, items));
    return `${spans.length} stories, longest ${Math.max(...spans)} d, ${spans.filter((d) => d > cap).length} over the cap of ${cap} d`;
  }).join(' | ')}`);
}
