// When V8 optimises our functions. Node 20's V8 (11.x) sends a function to its optimising compiler (TurboFan) after a
// fixed budget of executed bytecode (--interrupt-budget, 66 KiB), whatever the function's size. The analysis is wide,
// not deep: thousands of functions, most run a few times per article, so in a new process (a CLI run, each worker of
// the pool) the optimising compiler keeps compiling functions that never pay their compile back. Measured on the demo
// folder (docs/decisions.md, "V8 tiering"): TurboFan's compile time over the first 100 articles fell from ~2.8 s to
// ~0.9 s, and the process's CPU for a cold ingest by 15–20 %, with a budget 7.4× the default; the hot loops (the name
// tagger's scorer, the sentence splitter) still reach optimised code within the first articles. Node 22 and later
// (V8 12+) tier by invocation count with Maglev in between, which is already as good on the same measure, and have no
// such flag: nothing is changed there.
import { setFlagsFromString } from 'node:v8';

/** The bytecode budget before a function is optimised, on V8 11 (Node 20); its default is 67,584. */
export const INTERRUPT_BUDGET = 500_000;

/**
 * Sets the tiering budget for this process (and the worker threads it starts: V8 flags are per process), before the
 * analysis modules run. Called by the CLI's launcher; an embedder that analyses many articles in a short-lived process
 * may call it too. Returns whether anything was changed.
 */
export function tuneTiering(): boolean {
  const major = Number(process.versions.v8.split('.')[0]);
  if (major !== 11) return false;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return true;
}
