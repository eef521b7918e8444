// What a document says about its word forms, as the decoder reads it (scorer.ts): capitalised forms seen inside a
// clause, lower-case forms, each capitalised form's evidence and how the body writes the words of its headlines. The
// same sets and maps as docContext in features.ts (the trainer's), read from the tokens' word records (their case,
// letter, opener and lexicon flags) instead of regular expressions per token, once per document for both passes.
import { type Casing, mostlyCapitalised, PERSON_CUES } from './features.js';
import type { WordInfo } from './word-records.js';

export interface DocumentWords {
  /** capitalised forms seen other than first in a clause; lower-case forms */
  midCaps: Set<string>; lowerSeen: Set<string>;
  /** features of what the rest of the document says about a capitalised form (docEvidence) */
  evidence: Map<string, string[]>;
  /** how the body writes the lower-case forms of the headline words (docCasing, for those words only: the decoder reads no other) */
  casing: Map<string, Casing>;
}

/** One per document tagged, shared by the passes of a two-pass tagger: the first computes the words, the second reads them. */
export interface DocumentMemo { words?: DocumentWords }

/** Whether a sentence is mostly capitalised (features.ts headline, on the records' flags). */
export function headlineOf(toks: WordInfo[]): boolean {
  let letters = 0, caps = 0;
  for (const t of toks) if (t.letter) { letters++; if (t.cap) caps++; }
  return mostlyCapitalised(letters, caps);
}

export function documentWords(sentences: string[][], docs: WordInfo[][], memo: DocumentMemo): DocumentWords {
  if (memo.words) return memo.words;
  const midCaps = new Set<string>(), lowerSeen = new Set<string>(), headlineWords = new Set<string>();
  const headlines = docs.map(headlineOf);
  sentences.forEach((ws, si) => {
    const toks = docs[si]!;
    ws.forEach((w, i) => {
      const info = toks[i]!;
      if (info.cap) { if (i > 0 && !toks[i - 1]!.opener) midCaps.add(w); } else if (info.lowerInitial) lowerSeen.add(w);
      if (headlines[si] && info.letter) headlineWords.add(info.lower);
    });
  });
  const casing = new Map<string, Casing>(), ev = new Map<string, Set<string>>();
  const note = (w: string, f: string) => { let s = ev.get(w); if (!s) ev.set(w, (s = new Set())); s.add(f); };
  sentences.forEach((ws, si) => {
    if (headlines[si]) return;
    const toks = docs[si]!, n = ws.length;
    // docCasing
    if (headlineWords.size) for (let i = 1; i < n; i++) {
      const t = toks[i]!;
      if (toks[i - 1]!.opener || !t.letter || !headlineWords.has(t.lower)) continue;
      const c = casing.get(t.lower), kind = t.cap ? 'cap' : 'low';
      if (!c) casing.set(t.lower, { kind, form: ws[i]! });
      else if (c.kind !== kind) { c.kind = 'both'; if (kind === 'cap') c.form = ws[i]!; }
    }
    // docEvidence
    for (let i = 0; i < n; i++) {
      if (!toks[i]!.cap) continue;
      let j = i;
      while (j + 1 < n && toks[j + 1]!.cap) j++;
      if (j > i) for (let k = i; k <= j; k++) note(ws[k]!, k === i ? 'dpos=F' : k === j ? 'dpos=L' : 'dpos=M');
      for (let k = i; k <= j; k++) {
        if (k > 0) for (const x of toks[k - 1]!.lex) if (PERSON_CUES.has(x)) note(ws[k]!, `dprev=${x}`);
        if (k + 1 < n && toks[k + 1]!.lex.includes('orgword')) note(ws[k]!, 'dnext=orgword');
      }
      i = j;
    }
  });
  const evidence = new Map([...ev].map(([w, s]) => [w, [...s].sort()]));
  return (memo.words = { midCaps, lowerSeen, evidence, casing });
}
