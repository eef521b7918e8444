// Count and check the inline TIMEX3 marks of set C.
// Usage: node count.mjs [--verbose]
// Checks: dateline format, no marks in headline/dateline, every "[[" opens a well-formed
// [[text|TYPE|VALUE]] with TYPE in DATE/TIME/DURATION/SET, no stray "]]" or "|" inside marks,
// value shape per type, and weekday-name / today / yesterday sanity against the document date.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const TYPES = ['DATE', 'TIME', 'DURATION', 'SET'];
const MARK = /\[\[([^\[\]|]+)\|([A-Z]+)\|([^\[\]|]*)\]\]/g;
const VALUE_SHAPE = {
  DATE: /^(PRESENT_REF|PAST_REF|FUTURE_REF|\d{2,4}|\d{4}-(\d{2}|\d{2}-\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2}|W\d{2}-WE)|FY\d{4}|)$/,
  TIME: /^(\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}|MO|AF|EV|NI)|)$/,
  DURATION: /^(P(\d+|X)(Y|M|W|D|DE)|PT(\d+H|XH)?(\d+M)?(\d+(\.\d+)?S)?|P(\d+|X)Y(\d+M)?|)$/,
  SET: /^(P\d*[YMWD]|PT\d+H|XXXX-WXX-[1-7]|)$/,
};
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const counts = { DATE: 0, TIME: 0, DURATION: 0, SET: 0 };
const errors = [];
let docs = 0, empty = 0;
const perDoc = [];

for (const f of readdirSync(dir).filter((n) => /^\d{2}-[a-z0-9-]+\.txt$/.test(n)).sort()) {
  docs++;
  const text = readFileSync(join(dir, f), 'utf8');
  const lines = text.split('\n');
  const err = (m) => errors.push(`${f}: ${m}`);
  if (!/^[A-Z0-9 ,.'&$%()\/-]+$/.test(lines[0])) err('headline not upper case: ' + lines[0]);
  if (lines[1] !== '') err('line 2 not blank');
  const dl = /^([A-Z][A-Z .'-]*[A-Z]) (\d{4}-\d{2}-\d{2})$/.exec(lines[2] ?? '');
  if (!dl) { err('bad dateline: ' + lines[2]); continue; }
  if (lines[3] !== '') err('line 4 not blank');
  const docDate = new Date(dl[2] + 'T00:00:00Z');
  const iso = (d) => d.toISOString().slice(0, 10);
  const body = lines.slice(4).join('\n');
  // every [[ must start a well-formed mark; nothing else may contain [[ or ]]
  const stripped = body.replace(MARK, '');
  if (stripped.includes('[[') || stripped.includes(']]')) err('malformed mark near: ' + stripped.slice(Math.max(0, stripped.search(/\[\[|\]\]/) - 30), stripped.search(/\[\[|\]\]/) + 40));
  if (lines.slice(0, 4).join('\n').includes('[[')) err('mark in headline/dateline');
  let n = 0;
  for (const m of body.matchAll(MARK)) {
    const [, span, type, value] = m;
    n++;
    if (!TYPES.includes(type)) { err(`bad TYPE ${type} in ${m[0]}`); continue; }
    counts[type]++;
    if (value === '') empty++;
    if (!VALUE_SHAPE[type].test(value)) err(`value shape ${m[0]}`);
    if (span !== span.trim()) err(`span has edge spaces ${m[0]}`);
    const low = span.toLowerCase();
    // sanity: a weekday-named date/time must be within 7 days of the document date and fall on that weekday
    const wd = DAYS.findIndex((d) => new RegExp(`\\b${d}\\b`).test(low));
    if (wd >= 0 && (type === 'DATE' || type === 'TIME') && /^\d{4}-\d{2}-\d{2}/.test(value)) {
      const v = new Date(value.slice(0, 10) + 'T00:00:00Z');
      const diff = Math.round((v - docDate) / 864e5);
      if (v.getUTCDay() !== wd) err(`weekday mismatch ${m[0]}`);
      if (Math.abs(diff) > 7 && !/\d/.test(span)) err(`weekday far from doc date (${diff}d) ${m[0]}`);
    }
    if (low === 'today' && value !== iso(docDate)) err(`today != doc date ${m[0]}`);
    if (low === 'yesterday' && value !== iso(new Date(docDate - 864e5))) err(`yesterday wrong ${m[0]}`);
  }
  perDoc.push([f, dl[2], n]);
}
const total = Object.values(counts).reduce((a, b) => a + b, 0);
if (process.argv.includes('--verbose')) for (const [f, d, n] of perDoc) console.log(`${f}\t${d}\t${n}`);
console.log(`documents: ${docs}`);
for (const t of TYPES) console.log(`${t}: ${counts[t]}`);
console.log(`total: ${total} (empty values: ${empty})`);
if (errors.length) { console.log(`\n${errors.length} problem(s):`); for (const e of errors) console.log('  ' + e); process.exit(1); }
console.log('all marks well-formed');
