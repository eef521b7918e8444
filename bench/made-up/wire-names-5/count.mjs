// Counts documents, lines, tokens, mentions per type (P/O/L), distinct surface forms, and per-genre breakdown.
// Genres by document number: 01-16 sports, 17-31 business/markets, 32-46 general/political.
import { readdirSync, readFileSync } from 'node:fs';
const dir = new URL('.', import.meta.url).pathname;
const files = readdirSync(dir).filter((n) => /^\d\d-.+\.txt$/.test(n)).sort();
const genre = (f) => { const n = +f.slice(0, 2); return n <= 16 ? 'sports' : n <= 31 ? 'business' : 'general'; };
const zero = () => ({ docs: 0, P: 0, O: 0, L: 0 });
const counts = zero(), byGenre = { sports: zero(), business: zero(), general: zero() };
const distinct = { P: new Set(), O: new Set(), L: new Set() };
let lines = 0, tokens = 0;
for (const f of files) {
  const text = readFileSync(dir + f, 'utf8'), g = byGenre[genre(f)];
  counts.docs++; g.docs++;
  lines += text.split('\n').filter((l) => l.trim()).length;
  tokens += text.replace(/\{[POL] /g, '').replace(/\}/g, '').split(/\s+/).filter(Boolean).length;
  for (const m of text.matchAll(/\{([POL]) ([^{}]+)\}/g)) { counts[m[1]]++; g[m[1]]++; distinct[m[1]].add(m[2]); }
}
console.log(JSON.stringify({ ...counts, total: counts.P + counts.O + counts.L, lines, tokens,
  distinct: { P: distinct.P.size, O: distinct.O.size, L: distinct.L.size }, byGenre }, null, 1));
