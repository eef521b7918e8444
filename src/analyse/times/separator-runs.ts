// How many runs of separators (whitespace, "-") one match of a regular expression can hold, read from its source:
// the window keyed-search.ts tries before a key word. A reader of the few constructs the time patterns use; anything
// else makes the answer unknown (null), and the pattern is then searched plainly.

const SPACE = /\s/;

type Piece = { runs: number; kind: 'none' | 'sep' | 'mixed' } | null;
const NONE = { runs: 0, kind: 'none' } as const;

/**
 * The most runs of separators (whitespace, "-") one match of a pattern can hold: the sum over a sequence, the
 * most over alternatives, one for a repeated piece that matches only separators (its run is one), the bound of
 * a bounded repeat otherwise. Null when it is not bounded or the source holds what this reader does not know
 * (a back-reference, a property escape, a class range that is not letters or digits).
 */
export function separatorRuns(source: string): number | null {
  let i = 0;
  const isSpace = (c: string) => SPACE.test(c);
  const atom = (c: string): Piece => (isSpace(c) || c === '-' ? { runs: 1, kind: 'sep' } : NONE);
  function escape(): Piece {
    const c = source[i++]!;
    if (c === 's') return { runs: 1, kind: 'sep' };
    if ('dwbB'.includes(c)) return NONE;
    if ('ntrvf'.includes(c)) return { runs: 1, kind: 'sep' };
    if (/[A-Za-z0-9]/.test(c)) return null; // \S \W \D \p \u \x \c, back-references
    return atom(c);
  }
  function charClass(): Piece {
    if (source[i] === '^') {
      // a negated class matches one character, which may be a separator
      while (i < source.length && source[i] !== ']') { if (source[i] === '\\') i++; i++; }
      i++;
      return { runs: 1, kind: 'mixed' };
    }
    let sep = false, other = false;
    while (i < source.length && source[i] !== ']') {
      let c = source[i++]!;
      if (c === '\\') {
        const e = source[i++]!;
        if (e === 's' || 'ntrvf'.includes(e)) { sep = true; continue; }
        if ('dw'.includes(e)) { other = true; continue; }
        if (/[A-Za-z0-9]/.test(e)) return null;
        c = e;
      } else if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
        const to = source[i + 1]!;
        if (!/[A-Za-z0-9]/.test(c) || !/[A-Za-z0-9]/.test(to)) return null;
        i += 2; other = true; continue;
      }
      if (isSpace(c) || c === '-') sep = true; else other = true;
    }
    i++;
    return sep ? { runs: 1, kind: other ? 'mixed' : 'sep' } : NONE;
  }
  function group(): Piece {
    let look = false;
    if (source[i] === '?') {
      const g = source.slice(i, i + 3);
      if (g.startsWith('?:')) i += 2;
      else if (g.startsWith('?=') || g.startsWith('?!')) { i += 2; look = true; }
      else if (g === '?<=' || g === '?<!') { i += 3; look = true; }
      else if (g.startsWith('?<')) { i = source.indexOf('>', i) + 1; if (i <= 0) return null; }
      else return null;
    }
    const inner = disjunction();
    if (inner === null || source[i] !== ')') return null;
    i++;
    return look ? NONE : { runs: inner, kind: inner > 0 ? 'mixed' : 'none' };
  }
  function quantified(p: Piece): Piece {
    if (p === null) return null;
    const q = /^(?:[?*+]|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(i));
    if (!q) return p;
    i += q[0].length;
    if (p.kind === 'none' || p.kind === 'sep' && p.runs === 1) return p;
    if (q[0][0] === '?') return p;
    const most = q[1] === undefined ? Infinity : q[2] === undefined ? Number(q[1]) : q[3] === '' ? Infinity : Number(q[3]);
    return most === Infinity ? null : { runs: p.runs * most, kind: 'mixed' };
  }
  function alternative(): number | null {
    let sum = 0;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const c = source[i++]!;
      let p: Piece;
      if (c === '\\') p = escape();
      else if (c === '[') p = charClass();
      else if (c === '(') p = group();
      else if (c === '.') p = { runs: 1, kind: 'mixed' };
      else if (c === '^' || c === '$') p = NONE;
      else p = atom(c);
      p = quantified(p);
      if (p === null) return null;
      sum += p.runs;
    }
    return sum;
  }
  function disjunction(): number | null {
    let most = alternative();
    while (most !== null && source[i] === '|') { i++; const a = alternative(); most = a === null ? null : Math.max(most, a); }
    return most;
  }
  const runs = disjunction();
  return i === source.length ? runs : null;
}
