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
