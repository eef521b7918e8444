// The one quotation finder every annotator uses: pairs quotation marks inside one block (paragraph), so that quotes,
// events and claims agree on what is quoted („…”, “…”, "…", ‘…’ alike) and no cue fires inside someone's words.
// Double marks (straight or curly) pair across sentences; single marks only outside doubles
// (nested singles belong to the outer quote) and only where they cannot be apostrophes.

export interface MarkedQuote {
  /** index of the opening mark */
  open: number;
  /** index of the closing mark (block end when a quote runs on to the next paragraph) */
  close: number;
  /** the quoted words, marks and surrounding spaces excluded */
  start: number;
  end: number;
}

const OPEN_BEFORE = /[\s(\[{—–\-/:;,“"‘']/u;
const WORDISH = /[\p{L}\p{N}]/u;
/** A single quote longer than this is more likely an apostrophe pairing than a quotation. */
const MAX_SINGLE = 300;

function canOpen(text: string, i: number, from: number): boolean {
  const prev = i > from ? text[i - 1]! : ' ';
  const next = text[i + 1] ?? ' ';
  return OPEN_BEFORE.test(prev) && !/\s/.test(next);
}

function canCloseSingle(text: string, i: number): boolean {
  const prev = text[i - 1] ?? ' ';
  const next = text[i + 1] ?? ' ';
  return !/\s/.test(prev) && !WORDISH.test(next);
}

/** The quotation between the marks at `open` and `close`; `lead`/`tail`: how many characters the marks take inside. */
function trimmed(text: string, open: number, close: number, lead = 1, tail = 0): MarkedQuote | null {
  let s = open + lead;
  let e = close - tail;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { open, close, start: s, end: e } : null;
}

// The marks by code unit: the loop below reads every character of the article, and comparing numbers is cheaper
// than making and comparing one-character strings.
const LEFT_DOUBLE = 0x201c, RIGHT_DOUBLE = 0x201d, STRAIGHT_DOUBLE = 0x22, LOW_DOUBLE = 0x201e;
const LEFT_SINGLE = 0x2018, RIGHT_SINGLE = 0x2019, STRAIGHT_SINGLE = 0x27, BACKTICK = 0x60;

/** Quotes within text[from, to), in order of their opening mark. */
export function findMarkedQuotes(text: string, from: number, to: number): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let dbl: { at: number; curly: boolean; lead?: number } | null = null;
  let sgl: number | null = null;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // ''…'' and ``…'': a double mark typed as two single ones (wire copy, typewriter and TeX conventions)
    // (closing only what two singles opened, and not after a digit or before a word: "a 12'' single", "don''t"; opening
    // only before a word: "an empty string ('')" opens nothing)
    if ((c === STRAIGHT_SINGLE || c === BACKTICK || c === LEFT_SINGLE || c === RIGHT_SINGLE) && text.charCodeAt(i + 1) === c && i + 1 < to) {
      const prev = i > from ? text[i - 1]! : ' ', next = text[i + 2] ?? ' ';
      if (dbl?.lead === 2 && c !== BACKTICK && c !== LEFT_SINGLE && !/\d/.test(prev) && !WORDISH.test(next)) {
        const q = trimmed(text, dbl.at, i + 1, dbl.lead, 1); if (q) out.push(q); dbl = null; i++; continue;
      }
      if (!dbl && c !== RIGHT_SINGLE && OPEN_BEFORE.test(prev) && WORDISH.test(next)) {
        dbl = { at: i, curly: false, lead: 2 }; sgl = null; i++; continue;
      }
    }
    if (c === LEFT_DOUBLE || c === RIGHT_DOUBLE || c === STRAIGHT_DOUBLE || c === LOW_DOUBLE) {
      if (dbl) {
        const closes = dbl.curly ? c === RIGHT_DOUBLE || c === STRAIGHT_DOUBLE : c === STRAIGHT_DOUBLE || c === RIGHT_DOUBLE;
        if (closes) { const q = trimmed(text, dbl.at, i, dbl.lead); if (q) out.push(q); dbl = null; }
        else if (c === LEFT_DOUBLE && dbl.curly) dbl = { at: i, curly: true }; // a stray opener: restart
      } else if (c !== RIGHT_DOUBLE && canOpen(text, i, from)) {
        dbl = { at: i, curly: c !== STRAIGHT_DOUBLE };
        sgl = null; // a double inside an open single: give up on the single
      }
      continue;
    }
    if (dbl) continue; // nested single marks are part of the outer quote
    if (c === LEFT_SINGLE || c === STRAIGHT_SINGLE) {
      if (sgl === null && canOpen(text, i, from) && WORDISH.test(text[i + 1] ?? '')) { sgl = i; continue; }
    }
    if ((c === RIGHT_SINGLE || c === STRAIGHT_SINGLE) && sgl !== null && canCloseSingle(text, i)) {
      const q = trimmed(text, sgl, i);
      if (q) out.push(q);
      sgl = null;
      continue;
    }
    if (sgl !== null && i - sgl > MAX_SINGLE) sgl = null;
  }
  // A double quote left open at the block end runs on into the next paragraph (news convention).
  // (two single marks left open name no quotation: a stray pair in code or measures, not a quotation running on)
  if (dbl && dbl.lead !== 2) { const q = trimmed(text, dbl.at, to, dbl.lead); if (q && /\s/.test(text.slice(q.start, q.end))) out.push(q); }
  return out;
}

// The events annotator asks for the same sentence's mask up to three times (its triggers, a statement's speaker,
// the demonyms of its participants) and the claims annotator once more: the last answer is kept.
let lastText: string | null = null;
let lastRanges: ReadonlyArray<readonly [number, number]> = [];

/**
 * Offsets of `text` (one sentence or block) that lie inside quotation marks, marks included: the quotation mask.
 * The answer may be shared between calls: callers only read it.
 */
export function quotedRanges(text: string): ReadonlyArray<readonly [number, number]> {
  if (text !== lastText) {
    lastRanges = findMarkedQuotes(text, 0, text.length).map((q) => [q.open, Math.min(text.length, q.close + 1)] as const);
    lastText = text;
  }
  return lastRanges;
}

/** Every word capitalised, bar short joining words ("of", "the", "for"): quoted words that are a name or a title ("Hollywood Insider"). */
export const isTitleCase = (text: string): boolean => (text.match(/[\p{L}\p{N}'’]+/gu) ?? []).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || w.length <= 3);
