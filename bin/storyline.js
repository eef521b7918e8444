#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (prepare) or `npm run build`.
import module from 'node:module';

// Node 22+: V8 keeps the compiled modules on disk (os.tmpdir()/node-compile-cache, or $NODE_COMPILE_CACHE) and the
// next run reuses them; the analysis workers inherit the setting through the environment. Node 20 has no such cache.
// Called before the CLI is imported, so that its module graph is compiled with the cache on.
const cache = module.enableCompileCache?.();
if (cache?.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = cache.directory;
// Node 20: V8 optimises fewer of the analysis's functions (dist/cli/tiering.js says why), set before any of them runs.
(await import('../dist/cli/tiering.js')).tuneTiering();
const { main } = await import('../dist/cli/main.js');
main(process.argv).then((code) => { process.exitCode = code; });
