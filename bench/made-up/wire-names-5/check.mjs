// Validates inline marks: every "{" must open a well-formed {P|O|L text} with no nesting; no stray braces.
import { readdirSync, readFileSync } from 'node:fs';
const dir = new URL('.', import.meta.url).pathname;
let errors = 0;
for (const f of readdirSync(dir).filter((n) => /^\d\d-.+\.txt$/.test(n)).sort()) {
  const lines = readFileSync(dir + f, 'utf8').split('\n');
  lines.forEach((line, i) => {
    let rest = line.replace(/\{([POL]) ([^{}]*[^{}\s])\}/g, (m, t, body) => {
      if (/^\s|\s\s/.test(body)) { console.log(`${f}:${i + 1}: bad spacing in ${m}`); errors++; }
      return '';
    });
    if (/[{}]/.test(rest)) { console.log(`${f}:${i + 1}: malformed or stray brace: ${line}`); errors++; }
  });
  const n = lines.filter((l) => l.trim()).length;
  if (n < 3 || n > 40) { console.log(`${f}: ${n} non-empty lines (want 3-40)`); errors++; }
}
console.log(errors ? `${errors} error(s)` : 'OK: all marks well-formed');
process.exit(errors ? 1 : 0);
