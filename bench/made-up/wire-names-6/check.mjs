import fs from 'fs'; import path from 'path';
const dir = process.argv[2]; let bad = 0; const caps = {};
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort()) {
  const t = fs.readFileSync(path.join(dir, f), 'utf8');
  const lines = t.split('\n').filter(l => l.trim()).length;
  if (lines < 3 || lines > 40) { console.log('LINES', f, lines); bad++; }
  let i = 0;
  while (i < t.length) {
    const c = t[i];
    if (c === '}') { console.log('STRAY }', f, i); bad++; i++; continue; }
    if (c !== '{') { i++; continue; }
    const m = /^\{([POL]) ([^{}\n]+)\}/.exec(t.slice(i));
    if (!m || m[2] !== m[2].trim()) { console.log('BAD MARK', f, JSON.stringify(t.slice(i, i + 40))); bad++; i++; continue; }
    i += m[0].length;
  }
  const stripped = t.replace(/\{[POL] [^{}]+\}/g, ' ');
  for (const w of stripped.split(/\s+/)) if (/^[A-Z][a-z]/.test(w)) (caps[w] ??= new Set()).add(f.slice(0, 2));
}
if (process.argv[3]) console.log(Object.entries(caps).map(([w, s]) => w + ':' + [...s].join(',')).join('  '));
console.log(bad ? `FAIL ${bad}` : 'OK');
