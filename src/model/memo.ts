// One shape for the stages' small answer caches: the same words, lines and names are asked about many times per
// article, and a cache that forgets everything at once past its bound stays cheap and never grows with the input.

/** `compute` with its answers kept by key; all are forgotten together once `max` are held. */
export function boundedMemo<K, V>(compute: (key: K) => V, max: number): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    // one look-up for a kept answer; an answer that is itself undefined is looked up twice
    const kept = answers.get(key);
    if (kept !== undefined || answers.has(key)) return kept as V;
    const value = compute(key);
    if (answers.size >= max) answers.clear();
    answers.set(key, value);
    return value;
  };
}
