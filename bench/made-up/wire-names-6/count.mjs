import fs from 'fs'; import path from 'path';
const dir = process.argv[2]; const g = {}; const tot = { docs: 0, briefs: 0, lines: 0, P: 0, O: 0, L: 0 };
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.txt'))) {
  const genre = f.split('-')[1]; const t = fs.readFileSync(path.join(dir, f), 'utf8');
  const r = (g[genre] ??= { docs: 0, briefs: 0, lines: 0, P: 0, O: 0, L: 0 });
  for (const x of [r, tot]) {
    x.docs++; if (f.includes('-brief-')) x.briefs++;
    x.lines += t.split('\n').filter(l => l.trim()).length;
    for (const m of t.matchAll(/\{([POL]) [^{}]+\}/g)) x[m[1]]++;
  }
}
console.log('| genre | docs | of which briefs | lines | P | O | L | all marks |\n|---|---|---|---|---|---|---|---|');
for (const [k, r] of [...Object.entries(g), ['total', tot]]) console.log(`| ${k} | ${r.docs} | ${r.briefs} | ${r.lines} | ${r.P} | ${r.O} | ${r.L} | ${r.P + r.O + r.L} |`);
