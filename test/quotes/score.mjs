// Scores found quotes against the hand-made expectations of test/fixtures/quotes/expected.json.
// Plain JS so both the vitest suite and bench/understanding/quotes.mjs use the same rules:
// an expected quote is found when its (normalised) text and a found quote's text contain one another;
// its speaker is right when the expected word occurs in the speakerName or the entity's names.

const norm = (s) => String(s ?? '').normalize('NFKC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"')
  .toLowerCase().replace(/\s+/g, ' ').trim().replace(/^["'\s]+|["'\s.,;:!?…]+$/g, '');

export function scoreQuotes(expected, quotes, entities = []) {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const misses = [];
  let found = 0, withSpeaker = 0, speakerRight = 0, kindRight = 0;
  for (const want of expected) {
    const w = norm(want.text);
    const hits = quotes.filter((x) => { const t = norm(x.text); return t.length > 0 && (t.includes(w) || (w.includes(t) && t.length >= w.length * 0.6)); });
    // the closest in length: a partial quote, not the reported clause that contains it
    const q = hits.sort((a, b) => Math.abs(norm(a.text).length - w.length) - Math.abs(norm(b.text).length - w.length))[0];
    if (!q) { misses.push(`not found: ${want.text}`); continue; }
    found++;
    const kinds = Array.isArray(want.kind) ? want.kind : [want.kind];
    if (kinds.includes(q.kind)) kindRight++; else misses.push(`kind of "${want.text}": ${q.kind}, want ${kinds.join('|')}`);
    if (!want.speaker) continue;
    withSpeaker++;
    const e = q.speaker ? byId.get(q.speaker) : null;
    const names = [q.speakerName, e?.name, ...(e?.aliases ?? [])].map(norm);
    if (names.some((n) => n.includes(norm(want.speaker)))) speakerRight++;
    else misses.push(`speaker of "${want.text}": ${q.speakerName}, want ${want.speaker}`);
  }
  return { expected: expected.length, found, recall: found / expected.length, kindAccuracy: kindRight / Math.max(1, found), withSpeaker, speakerRight, speakerAccuracy: speakerRight / Math.max(1, withSpeaker), misses };
}
