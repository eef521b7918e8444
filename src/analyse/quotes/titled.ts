// Where a title pattern of one head noun ("President Lula", "minister, Jane Doe") can match: a speaker description
// looks for the last such title before its quote. Run over the whole text before the quote, the pattern tried
// its optional leading word at every word of the text; but every match holds the head noun itself, and opens
// either on it or inside the one word (a run of letters) that a run of spaces separates from it. Those few
// positions are tried, in order, with the pattern anchored (sticky): the first match at or after a position is
// the one a global search from there finds, so the matches are the same.

const LETTER = /^\p{L}$/u;
const SPACE = /\s/;

/** Positions of `text` where a match holding the head written at `h` can open, in increasing order. */
function openings(text: string, h: number, out: number[]): void {
  let k = h;
  while (k > 0 && SPACE.test(text[k - 1]!)) k--;
  if (k < h) {
    const wordEnd = k;
    while (k > 0) {
      const low = text.charCodeAt(k - 1);
      const step = low >= 0xdc00 && low <= 0xdfff && k >= 2 && LETTER.test(text.slice(k - 2, k)) ? 2 : LETTER.test(text[k - 1]!) ? 1 : 0;
      if (!step) break;
      k -= step;
    }
    // each code point of that word (a global search with the u flag never starts inside a surrogate pair)
    for (let i = k; i < wordEnd; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff && i > k && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) continue;
      out.push(i);
    }
  }
  out.push(h);
}

/**
 * What `text.slice(0, cut).matchAll(global)` gives (from the first head within `reach` characters of the cut), for a pattern that matches only text holding `head` and
 * opens on it or on the word before it (see above); `sticky` is the same pattern with the y flag.
 */
export function titledMatches(text: string, cut: number, head: string, sticky: RegExp, reach = Infinity): RegExpExecArray[] {
  const prefix = text.slice(0, cut);
  const starts: number[] = [];
  for (let h = prefix.indexOf(head, Math.max(0, cut - reach)); h >= 0; h = prefix.indexOf(head, h + 1)) openings(prefix, h, starts);
  // the word before one head may hold an earlier one ("bathe the"): in order, each position once
  starts.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let from = 0, last = -1;
  for (const at of starts) {
    if (at < from || at === last) continue;
    last = at;
    sticky.lastIndex = at;
    const m = sticky.exec(prefix);
    if (m) { out.push(m); from = m.index + m[0].length; }
  }
  return out;
}
