// No figure caption, photo credit, related-box line or byline stamp may reach article.text: checked on
// every HTML fixture of this area, against what the extractor itself routed to media/related, and
// against the known lines of the synthetic fixture (so the test fails if detection regresses).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/extract/html/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/extract-html');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.html'));

describe('captions, credits and related boxes never reach the body', () => {
  it.each(fixtures)('%s: media captions/credits and related titles are not in the text', (file) => {
    const a = extractHtml(readFileSync(join(dir, file), 'utf8'), { url: 'https://news.example.com/a/b' });
    expect(a.text.length).toBeGreaterThan(200);
    const lines = a.blocks.map((b) => a.text.slice(b.start, b.end));
    // Short captions/credits ("Kremlin") may legitimately occur inside prose: compare whole lines for
    // those, substrings for longer ones.
    const absent = (s: string | null): void => {
      if (!s) return;
      for (const l of lines) expect(s.length >= 25 ? l.includes(s) : l === s, `${file}: "${s}" in body`).toBe(false);
    };
    expect(a.media.length + a.related.length).toBeGreaterThan(0);
    for (const m of a.media) { absent(m.caption); absent(m.credit); }
    for (const r of a.related) absent(r.title);
  });

  it('synthetic fixture: every caption, credit, related and byline line is kept out, prose is kept', () => {
    const a = extractHtml(readFileSync(join(dir, 'captions-related.html'), 'utf8'), { url: 'https://news.example.com/a/b' });
    const junk = ['Cars cross the reopened bridge', 'Jane Roe', 'Residents gathered', 'route of the detour', 'City Archive',
      'SEE MORE', 'Ferry fares', 'You may also like', 'Second tunnel plan', 'Tram line extension', 'DOCK WORKERS',
      'Ann Writer', 'Updated 5:27'];
    for (const j of junk) expect(a.text, j).not.toContain(j);
    expect(a.blocks.map((b) => a.text.slice(b.start, b.start + 12))).toEqual(['The harbour ', 'Engineers re', 'The works co', 'Commuters wh', 'The mayor th', 'The next ins']);
    expect(a.related.map((r) => r.title)).toEqual(expect.arrayContaining(['Ferry fares to rise in the new year',
      'Second tunnel plan wins council backing', 'Tram line extension delayed to 2026']));
    expect(a.media.map((m) => m.caption)).toEqual(expect.arrayContaining(['The route of the detour used during the works.']));
  });
});
