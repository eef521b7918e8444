// node check.mjs [DIR] : every gold text occurs exactly once in its file, in order; every article has gold (DIR: another
// quote set's folder, ending in "/"; this one by default).
import fs from 'node:fs';
const dir = process.argv[2] ?? new URL('.', import.meta.url).pathname;
const gold = JSON.parse(fs.readFileSync(dir + 'gold.json', 'utf8'));
let bad = 0, n = 0;
for (const f of fs.readdirSync(dir).filter(f => /^\d\d-.*\.txt$/.test(f))) {
  if (!gold[f]?.length) { console.log('no gold:', f); bad++; continue; }
  const t = fs.readFileSync(dir + f, 'utf8'); let last = -1;
  for (const e of gold[f]) {
    n++; const k = t.split(e.text).length - 1, p = t.indexOf(e.text);
    if (k !== 1) { console.log(f, 'occurs', k, 'x:', e.text); bad++; }
    if (p <= last) { console.log(f, 'out of order:', e.text); bad++; } last = p;
  }
}
console.log(Object.keys(gold).length, 'files,', n, 'quotes,', bad, 'problems'); process.exit(bad ? 1 : 0);
