// Tokens the decoder labels O without scoring them (scorer.ts): a name lies near a word with a capital letter or a
// digit, or a token the rule recogniser hinted at. A measured shortcut, not a proved one: scripts/ner/far-tokens.mjs
// compares the labels of both passes with and without it on the dev parts (docs/decisions/speed.md, s21).

/**
 * A token this many tokens or more away from every anchor is far. On the first 293 Wikinews articles the full search
 * labels no token without a capital or digit farther than 3 tokens from one (both passes); on the dev parts of the
 * ner-train corpora and MEANTIME, none farther than 2.
 */
export const FAR = 4;

/**
 * Mid-sentence capitals per token below which a document is taken not to capitalise its names (a transcript, a
 * social post, lower-cased or sentence-case text): there a name may stand far from every capital or digit, so every
 * token is scored. News runs at about one capitalised word in ten; 1 in 50 leaves a wide margin both ways.
 */
export const MIN_MID_CAPS_RATE = 1 / 50;

/** Whether a document capitalises names: enough of its words are capitalised where no sentence or quotation opens. */
export function capitalisesNames(sentences: ReadonlyArray<ReadonlyArray<{ cap: boolean; opener: boolean }>>): boolean {
  let tokens = 0, mid = 0;
  for (const toks of sentences) {
    tokens += toks.length;
    for (let i = 1; i < toks.length; i++) if (toks[i]!.cap && !toks[i - 1]!.opener) mid++;
  }
  return mid >= tokens * MIN_MID_CAPS_RATE;
}

/**
 * Which tokens of a sentence lie FAR or more tokens away from every anchor (a word with a capital letter or a digit
 * anywhere, `anchor` in its word record, or a token with a rule hint), written to `far` (1: far); null when none is, or
 * when the sentence has no anchor at all (a sentence in lower case, as in social media, may hold names in lower case).
 */
export function farTokens(toks: ReadonlyArray<{ anchor: boolean }>, hs: string[] | null, n: number, far: Uint8Array): Uint8Array | null {
  const anchor = (i: number) => toks[i]!.anchor || (hs !== null && !!hs[i] && hs[i] !== '-');
  let any = false, last = -1;
  for (let i = 0; i < n; i++) { if (anchor(i)) last = i; far[i] = last < 0 || i - last >= FAR ? 1 : 0; }
  if (last < 0) return null;
  for (let i = n - 1, next = n - 1 + FAR; i >= 0; i--) {
    if (anchor(i)) next = i;
    if (next - i < FAR) far[i] = 0; else if (far[i]) any = true;
  }
  return any ? far : null;
}

/**
 * For a pass whose labels are read at capitalised tokens only (a two-pass tagger's first pass: labelEvidence in
 * first-pass.ts notes nothing else): marks in `far` every segment (a maximal run of tokens that are not far) without a
 * capitalised token, and returns how many tokens are left to score (0: none, the sentence can be left unscored). The
 * search labels a far token O and every path reaches the token after it from O, so a segment's labels depend on its own
 * tokens and the far token after it only; leaving one segment O changes no label of another (up to float32 rounding of
 * the path score carried past a far run, which is the same for every path and never changed a label measured: see
 * docs/decisions/speed.md, s22). `far` null: the sentence is one segment.
 */
export function capitalSegments(toks: ReadonlyArray<{ cap: boolean }>, far: Uint8Array | null, n: number): number {
  if (!far) { for (let i = 0; i < n; i++) if (toks[i]!.cap) return n; return 0; }
  let left = 0;
  for (let i = 0; i < n;) {
    if (far[i]) { i++; continue; }
    let j = i, cap = false;
    for (; j < n && !far[j]; j++) if (toks[j]!.cap) cap = true;
    if (cap) left += j - i; else far.fill(1, i, j);
    i = j;
  }
  return left;
}
