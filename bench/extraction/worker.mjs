// One extractor in its own process (so peak memory is its own): extracts every dev page, writes the
// predictions file and prints { pages, seconds, pagesPerSecond, maxRssMb } as JSON.
// Usage: node bench/extraction/worker.mjs storyline|readability-linkedom|readability-jsdom OUT.json
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

export const CORPUS = '../shared/corpus/article-extraction-dev';

async function extractor(name) {
  if (name === 'storyline') {
    const { extractHtml } = await import('../../dist/extract/html/index.js');
    return (html, url) => extractHtml(html, { url }).text;
  }
  const { Readability } = await import('@mozilla/readability');
  if (name === 'readability-linkedom') {
    const { parseHTML } = await import('linkedom');
    return (html) => new Readability(parseHTML(html).document).parse()?.textContent ?? '';
  }
  if (name === 'readability-jsdom') {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    const virtualConsole = new VirtualConsole(); // silence CSS parse errors
    return (html, url) => {
      const dom = new JSDOM(html, { url, virtualConsole });
      const text = new Readability(dom.window.document).parse()?.textContent ?? '';
      dom.window.close();
      return text;
    };
  }
  throw new Error(`unknown extractor ${name}`);
}

const [name, out] = process.argv.slice(2);
const truth = JSON.parse(readFileSync(join(CORPUS, 'ground-truth.json'), 'utf8'));
const pages = readdirSync(join(CORPUS, 'html')).filter((f) => f.endsWith('.html.gz')).sort()
  .map((f) => ({ id: f.replace(/\.html\.gz$/, ''), html: gunzipSync(readFileSync(join(CORPUS, 'html', f))).toString('utf8') }));
const run = await extractor(name);
const safe = (p) => { try { return run(p.html, truth[p.id]?.url); } catch (e) { return ''; } };
for (const p of pages.slice(0, 5)) safe(p); // warm-up (JIT)
const predictions = {};
const t0 = performance.now();
for (const p of pages) predictions[p.id] = safe(p);
const seconds = (performance.now() - t0) / 1000;
writeFileSync(out, JSON.stringify(predictions));
console.log(JSON.stringify({ pages: pages.length, seconds, pagesPerSecond: pages.length / seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
