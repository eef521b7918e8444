// Search timing shared by the store benches: the queries (one or two words drawn from the corpus titles, in a fixed
// pseudo-random order) and p50/p95 over them after a warm-up.
import { corpusTexts } from './inputs.mjs';

export function queries(shared, count) {
  const words = [...new Set(corpusTexts(shared).flatMap((t) => (t.split('\n')[0].match(/\p{L}{5,}/gu) ?? [])))].sort();
  let seed = 7;
  const next = () => { seed = (seed * 48271) % 2147483647; return seed; };
  return Array.from({ length: count }, () => (next() % 10 < 6 ? words[next() % words.length] : `${words[next() % words.length]} ${words[next() % words.length]}`));
}

export function percentiles(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

/**
 * `repeat` > 1: each query's time is the median of that many runs (a shared, busy machine's noise). `serverCpu`: a
 * function giving the CPU time (ms) the server has spent so far (bench/store/cluster.mjs backendCpu), called after the
 * warm-up; with it each query's CPU time (server and this process) is measured too.
 */
export async function timeSearch(store, qs, repeat = 1, serverCpu = null) {
  for (const q of qs.slice(0, 20)) await store.search(q); // warm-up
  const cpuNow = serverCpu && (await serverCpu());
  const cpu = [];
  const ms = [];
  const each = [];
  let broad = 0;
  for (const q of qs) {
    const runs = [];
    const cpuRuns = [];
    let page;
    for (let r = 0; r < repeat; r++) {
      const s0 = cpuNow ? cpuNow() : 0;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      page = await store.search(q);
      runs.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      if (cpuNow) cpuRuns.push(cpuNow() - s0 + (c.user + c.system) / 1000);
    }
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor((repeat - 1) / 2)];
    ms.push(median(runs));
    if (cpuNow) cpu.push(median(cpuRuns));
    each.push({ q, ms: ms[ms.length - 1], total: `${page.total}${page.totalIsLowerBound ? '+' : ''}` });
    if (page.totalIsLowerBound) broad++;
  }
  return { ...percentiles(ms), cpu: cpuNow ? percentiles(cpu) : null, broad, slowest: each.sort((a, b) => b.ms - a.ms).slice(0, 10) };
}

/**
 * The first two pages (20 each) of every query, with totals, ids and snippets: what a change to the search's plans must
 * leave as it was. Written to a JSON file, or compared with one written before (the number of identical pages).
 */
export async function searchPages(store, qs) {
  const pages = [];
  for (const q of qs) for (const offset of [0, 20]) {
    const p = await store.search(q, 20, offset);
    pages.push({ q, offset, total: p.total, lowerBound: !!p.totalIsLowerBound, hits: p.items.map((h) => [h.id, h.snippet]) });
  }
  return pages;
}

export function samePages(a, b) {
  return a.filter((p, i) => JSON.stringify(p) === JSON.stringify(b[i])).length;
}
