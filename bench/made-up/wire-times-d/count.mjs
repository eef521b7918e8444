// Count and check inline TIMEX3 marks: [[text|TYPE|VALUE]]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = dirname(fileURLToPath(import.meta.url));
const TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
const counts = { DATE: 0, TIME: 0, DURATION: 0, SET: 0 };
const emptyValues = [];
let errors = 0, docs = 0;
for (const f of readdirSync(dir).filter((n) => /^\d\d-.*\.txt$/.test(n)).sort()) {
  docs++;
  const text = readFileSync(join(dir, f), 'utf8');
  const lines = text.split('\n');
  if (!/^[^a-z\[]+$/.test(lines[0]) || lines[1] !== '' || !/^\S.* \d{4}-\d\d-\d\d$/.test(lines[2]) || lines[3] !== '') {
    console.error(`${f}: bad header (headline / blank / "PLACE YYYY-MM-DD" / blank)`); errors++;
  }
  if (lines.slice(0, 3).some((l) => l.includes('[[') || l.includes(']]'))) { console.error(`${f}: mark in headline/dateline`); errors++; }
  const body = lines.slice(4).join('\n');
  const re = /\[\[([^\[\]|]+)\|([A-Z]+)\|([^\[\]|]*)\]\]/g;
  let m;
  while ((m = re.exec(body))) {
    const [, span, type, value] = m;
    if (!TYPES.has(type)) { console.error(`${f}: bad type ${type} in ${m[0]}`); errors++; continue; }
    if (span !== span.trim()) { console.error(`${f}: untrimmed span ${m[0]}`); errors++; }
    if (value === '') emptyValues.push(`${f}: ${m[0]}`);
    counts[type]++;
  }
  const rest = body.replace(re, '');
  if (rest.includes('[[') || rest.includes(']]') || rest.includes('|')) { console.error(`${f}: stray [[, ]] or | outside a well-formed mark`); errors++; }
}
const total = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(JSON.stringify({ docs, total, ...counts, emptyValues: emptyValues.length }, null, 2));
for (const e of emptyValues) console.log('  empty value -', e);
if (errors) { console.error(`${errors} error(s)`); process.exit(1); }
