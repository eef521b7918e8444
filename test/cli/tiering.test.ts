import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tuneTiering } from '../../src/cli/tiering.js';

describe('V8 tiering budget for the analysis', () => {
  it('is changed on V8 11 (Node 20) only, where the flag exists', () => {
    const v8Major = Number(process.versions.v8.split('.')[0]);
    expect(tuneTiering()).toBe(v8Major === 11);
  });

  it('takes effect in the process that sets it: a function needs more executed bytecode before it is optimised', () => {
    if (Number(process.versions.v8.split('.')[0]) !== 11) return;
    // %GetOptimizationStatus bit 4 (16): optimised by TurboFan. The same loop with and without the raised budget.
    // (TurboFan compiling on the main thread: on its background thread the count depends on timing)
    const probe = (tune: boolean) => execFileSync(process.execPath, ['--allow-natives-syntax', '--no-concurrent-recompilation', '--input-type=module', '-e', `
      ${tune ? `(await import(${JSON.stringify(new URL('../../src/cli/tiering.ts', import.meta.url).href.replace('/src/', '/dist/').replace(/\.ts$/, '.js'))})).tuneTiering();` : ''}
      function f(a) { let s = 0; for (let i = 0; i < 4; i++) { s += a[i % a.length] * 3; if (s > 1000) s -= 7; else s += i; s ^= 5; s = s % 100003; } const o = { x: s, y: a.length, z: String(s) }; return o.x + o.y + o.z.length; }
      const a = [1, 2, 3]; let calls = 0;
      while (!(%GetOptimizationStatus(f) & 16) && calls < 200000) { f(a); calls++; }
      console.log(calls);`], { encoding: 'utf8' }).trim();
    const [plain, tuned] = [Number(probe(false)), Number(probe(true))];
    expect(plain).toBeGreaterThan(0);
    expect(tuned).toBeGreaterThan(plain * 3);
  });
});
