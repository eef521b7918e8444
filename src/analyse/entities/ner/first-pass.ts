// Two-pass tagging (stacking, as in Krishnan & Manning 2006): what a first tagger said about each capitalised word
// form across the whole document becomes features of the second ("Smith" tagged a person inside "John Smith"
// three sentences earlier). The second model learns how far to trust them from first-pass labels made on
// training documents the first tagger did not see (scripts/ner/train.mjs: k-fold).
import { isCap as capitalised } from './features.js';
import { decodeSpans } from './labels.js';
import { boundedMemo } from '../../../model/memo.js';

/** "p1=TYPE" and "p1in=TYPE" of a span type, made once (a label evidence notes one or two per capitalised token). */
const featuresOf = boundedMemo((type: string): [string, string] => [`p1=${type}`, `p1in=${type}`], 64);

/** "p1maj=TYPE" of a "p1=TYPE" feature ("p1maj=" of none), made once. */
const majorFeature = boundedMemo((p1: string) => `p1maj=${p1.slice(3)}`, 64);

/**
 * Word form → features of its first-pass labels in the document ("p1=person", "p1in=person", "p1maj=O"); `caps`: whether
 * each token is capitalised, when the caller knows already (the decoder's word records), else read from the words.
 */
export function labelEvidence(sentences: string[][], labels: Uint8Array[], caps: Array<Array<{ cap: boolean }>> | null = null): Map<string, string[]> {
  const seen = new Map<string, Map<string, number>>();
  const note = (w: string, f: string) => {
    let m = seen.get(w);
    if (!m) seen.set(w, (m = new Map()));
    m.set(f, (m.get(f) ?? 0) + 1);
  };
  sentences.forEach((ws, si) => {
    const known = caps?.[si]?.length === ws.length ? caps[si]! : null;
    const isCap = known ? (k: number) => known[k]!.cap : (k: number) => capitalised(ws[k]!);
    const inside = new Uint8Array(ws.length);
    for (const s of decodeSpans(labels[si]!)) {
      for (let k = s.from; k <= s.to; k++) {
        inside[k] = 1;
        if (!isCap(k)) continue;
        const [p1, p1in] = featuresOf(s.type);
        note(ws[k]!, p1);
        if (s.to > s.from) note(ws[k]!, p1in);
      }
    }
    ws.forEach((w, k) => { if (!inside[k] && isCap(k)) note(w, 'p1=O'); });
  });
  const out = new Map<string, string[]>();
  for (const [w, m] of seen) {
    let major = '', most = 0;
    for (const [f, c] of m) if (f.startsWith('p1=') && c > most) { most = c; major = f; }
    out.set(w, [...[...m.keys()].sort(), majorFeature(major)]);
  }
  return out;
}
