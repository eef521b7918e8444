// Error classes of the model alone on the DEV parts of the news-like corpora (never test): per corpus, how each gold
// name was missed (type confusion on the exact span, a boundary error of the same or another type, not found) and
// what the spurious predictions were. `node scripts/ner/errors.mjs [--model FILE] [--examples organization]` (after npx tsc).
import { readFileSync } from 'node:fs';
import { NerModel, nerModel } from '../../dist/analyse/entities/ner/model.js';
import { loadGazetteer } from '../../dist/analyse/shared/places.js';
import { loadNerCorpora, CORPORA } from './corpora.mjs';
import { modelSpans } from './evaluate.mjs';

const file = process.argv.includes('--model') ? process.argv[process.argv.indexOf('--model') + 1] : null;
const model = file ? NerModel.deserialize(readFileSync(file)) : nerModel('en');
loadGazetteer();
const MAIN = ['person', 'organization', 'place'];
const show = process.argv.includes('--examples') ? process.argv[process.argv.indexOf('--examples') + 1] : null;
const docs = loadNerCorpora().filter((d) => d.split === 'dev' && !CORPORA.find((c) => c.name === d.corpus).social);
const rows = new Map();
const bump = (c, k) => { let m = rows.get(c); if (!m) rows.set(c, (m = new Map())); m.set(k, (m.get(k) ?? 0) + 1); };
const examples = [];
for (const d of docs) {
  const gold = d.gold.filter((g) => MAIN.includes(g.type)), pred = modelSpans(model, d);
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;
  for (const g of gold) {
    const exact = pred.find((p) => p.start === g.start && p.end === g.end);
    const over = pred.filter((p) => overlaps(p, g));
    let k;
    if (exact) k = exact.type === g.type ? 'ok' : `type ${g.type}->${exact.type}`;
    else if (over.length) k = over.some((p) => p.type === g.type) ? `boundary ${g.type}` : `boundary+type ${g.type}->${over[0].type}`;
    else k = `missed ${g.type}`;
    bump(d.corpus, k); bump('ALL', k);
    if (show && k !== 'ok' && k.includes(show)) examples.push(`${d.corpus}\t${k}\t"${d.text.slice(g.start, g.end)}"\t${over.map((p) => `"${d.text.slice(p.start, p.end)}"/${p.type}`).join(' ')}`);
  }
  for (const p of pred) if (!gold.some((g) => overlaps(p, g))) {
    const other = d.gold.find((g) => overlaps(p, g));
    const k = `spurious ${p.type}${other ? ' (gold other)' : ''}`;
    bump(d.corpus, k); bump('ALL', k);
    if (show && k.includes(show)) examples.push(`${d.corpus}\t${k}\t"${d.text.slice(p.start, p.end)}"`);
  }
}
for (const [c, m] of rows) {
  console.log(`== ${c}`);
  for (const [k, n] of [...m].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${k}`);
}
if (show) for (const e of examples.slice(0, 150)) console.log(e);
