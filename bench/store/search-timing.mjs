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

export async function timeSearch(store, qs) {
  for (const q of qs.slice(0, 20)) await store.search(q); // warm-up
  const ms = [];
  let broad = 0;
  for (const q of qs) {
    const t0 = performance.now();
    const page = await store.search(q);
    ms.push(performance.now() - t0);
    if (page.totalIsLowerBound) broad++;
  }
  return { ...percentiles(ms), broad };
}
