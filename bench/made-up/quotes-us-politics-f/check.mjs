// node check.mjs : set E's checker (every gold text occurs exactly once in its file, in order; every article has gold),
// run on this folder.
process.argv[2] = new URL('.', import.meta.url).pathname;
await import('../quotes-us-politics-e/check.mjs');
