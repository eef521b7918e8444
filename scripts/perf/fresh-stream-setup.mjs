// What fresh-stream.mjs and chrono-calls.mjs share: the command line (--root, --n, --skip), the demo articles that warm
// a process, the Wikinews articles it then sees once each, and CPU time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
/** The value after `--name`, or `def`. */
export const arg = (name, def) => { const i = args.indexOf(`--${name}`); return i < 0 ? def : args[i + 1]; };
/** The checkout whose dist/ runs (--root DIR: e.g. the branch point, to run alternately with this one). */
export const root = resolve(arg('root', join(dirname(fileURLToPath(import.meta.url)), '../..')));
export const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/** The demo folder's article texts (the warm-up). */
export function demoTexts() {
  const files = [];
  const walk = (d) => { for (const f of readdirSync(d).sort()) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(f) && !/^ATTRIBUTION/.test(f)) files.push(p); } };
  walk(join(root, 'demo'));
  return files.map((f) => readFileSync(f, 'utf8'));
}

/** The Wikinews articles the process has not seen: --n of them (400) after --skip (0). */
export function freshTexts() {
  const n = Number(arg('n', 400)), skip = Number(arg('skip', 0));
  return readFileSync(join(root, '../shared/corpus/wikinews/wikinews_en_2019_2020.jsonl'), 'utf8').trim().split('\n')
    .slice(skip, skip + n).map((l) => JSON.parse(l).text);
}
