// Checks gold.json against the article files: every .txt has gold, every gold text occurs
// exactly once in its file, entries are in file order, shapes are valid. Prints counts.
import fs from 'node:fs'; import path from 'node:path'; import { fileURLToPath } from 'node:url';
const dir = path.dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
const files = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
let bad = 0, quotes = 0, nul = 0, nonspeech = 0;
const fail = (...a) => { bad++; console.error('FAIL', ...a); };
for (const f of files) if (!gold[f] || !gold[f].length) fail(f, 'has no gold');
for (const f of Object.keys(gold)) {
  if (!files.includes(f)) { fail(f, 'gold for missing file'); continue; }
  const text = fs.readFileSync(path.join(dir, f), 'utf8');
  let lastPos = -1;
  for (const e of gold[f]) {
    quotes++;
    const n = text.split(e.text).length - 1;
    if (n !== 1) fail(f, JSON.stringify(e.text), 'occurs', n, 'times');
    const pos = text.indexOf(e.text);
    if (pos <= lastPos) fail(f, JSON.stringify(e.text), 'out of order');
    lastPos = pos;
    const wc = e.text.trim().split(/\s+/).length;
    if (wc > 7) fail(f, JSON.stringify(e.text), 'more than 7 words');
    if (e.speaker === null) { nul++; if (e.speech === false) nonspeech++; }
    else if (!Array.isArray(e.speaker) || !e.speaker.length || e.speaker.some(s => typeof s !== 'string' || !s)) fail(f, JSON.stringify(e.text), 'bad speaker');
    if (e.speech === false && e.speaker !== null) fail(f, JSON.stringify(e.text), 'speech:false with a speaker');
  }
}
console.log(`articles ${files.length}, quotes ${quotes} (attributed ${quotes - nul}, null-speaker speech ${nul - nonspeech}, speech:false ${nonspeech}), failures ${bad}`);
process.exit(bad ? 1 : 0);
