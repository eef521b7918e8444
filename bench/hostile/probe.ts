// Per-annotator timing of each hostile pattern at two sizes: finds which stage is super-linear, and the total
// against issue 12's bound of 1 s of CPU per 100 KB. The times are
// CPU milliseconds of this process (not wall time), so they hold on a machine other processes are using.
// npx vite-node bench/hostile/probe.ts -- [sizeKB...]   (vite-node runs the TypeScript sources)
const performance = { now: () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } };
import { extract } from '../../src/extract/index.js';
import { createDocument } from '../../src/analyse/document.js';
import { defaultAnnotators } from '../../src/analyse/index.js';
import { orderAnnotators } from '../../src/analyse/pipeline.js';
import { enforceLimits } from '../../src/analyse/limits.js';
import { PATTERNS } from '../../test/support/hostile-inputs.js';

// Warm up (gazetteer, chrono) so the first pattern is not charged for loading.
{
  const ex = extract('Warm up\n\nJohn Smith said on Monday in Paris that 5% of 10 billion dollars "was spent".', 'text', {});
  const doc = createDocument({ id: 'w', source: { path: 'w', fetchedAt: '2025-01-01T00:00:00Z' }, language: 'en', ...ex } as never, { today: '2025-12-06' });
  for (const a of orderAnnotators(defaultAnnotators)) a.annotate(doc);
}
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const only = process.env.ONLY;
for (const [name, make] of Object.entries(PATTERNS)) {
  if (only && !name.includes(only)) continue;
  const rows = [];
  for (const kb of sizes.length ? sizes : [10, 20]) {
    const { text, format } = make(kb * 1024);
    const times = {};
    let t = performance.now();
    let ex;
    try { ex = extract(text, format, {}); } catch (e) { console.log(name, kb, 'extract threw', e.message); continue; }
    times.extract = performance.now() - t;
    const doc = createDocument({ id: 'x', source: { path: 'x', fetchedAt: '2025-01-01T00:00:00Z' }, language: 'en', ...ex }, { today: '2025-12-06' });
    for (const a of orderAnnotators(defaultAnnotators)) {
      t = performance.now();
      try { a.annotate(doc); } catch (e) { times[a.name + '!'] = e.message.slice(0, 60); }
      enforceLimits(doc, a.name);
      times[a.name] = performance.now() - t;
    }
    const size = JSON.stringify({ e: doc.entities, q: doc.quotes, t: doc.times, n: doc.quantities, v: doc.events, c: doc.claims }).length;
    const slow = Object.entries(times).filter(([, v]) => typeof v !== 'number' || v > 50).map(([k, v]) => `${k}=${typeof v === 'number' ? v.toFixed(0) : v}`);
    const total = Object.values(times).reduce((n: number, v) => n + (typeof v === 'number' ? v : 0), 0);
    rows.push(`${kb}KB out=${(size / 1024).toFixed(0)}KB total=${total.toFixed(0)} (${(total / kb / 10).toFixed(2)} s/100KB) ${slow.join(' ')}`);
  }
  console.log(`${name.padEnd(28)} | ${rows.join(' | ')}`);
}
