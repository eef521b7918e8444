// Results computed over one text, kept by key while the same text is read (the next text starts a new memo): the quote
// rules ask for the same window of one text many times over (every cue of a long sentence asks for the cues before it
// and for its sentence's subject), and a one-line text of thousands of cues made that quadratic.

/** A memo for one kind of result: `(text, key, compute)` gives the result for `key` in `text`, computing it once. */
export function textMemo<T>(): (text: string, key: string, compute: () => T) => T {
  let memo: { text: string; values: Map<string, T> } | null = null;
  return (text, key, compute) => {
    if (memo?.text !== text) memo = { text, values: new Map() };
    if (!memo.values.has(key)) memo.values.set(key, compute());
    return memo.values.get(key) as T;
  };
}
