// What a figure measures: the "of X" complement ("19.2% of Ukrainian territory"), the noun a
// compound figure modifies ("five-hour meeting") or the counted noun itself ("39 people").
import {
  AUXILIARIES, BARE_COUNT_VERBS, COUNT_MODIFIERS, COUNTED_NOUN_ENDING, DIRECTION_FROM, INVARIANT_PLURAL, LIFE_VERBS,
  NOT_UNIT_NOUN, PHRASE_DETERMINER, PHRASE_STOP_WORDS as STOP, PLACE_PREPOSITIONS as PLACE_PREP, SINGULAR_S_ENDING, TIME_CONTEXT_WORDS, TIME_UNIT,
} from '../../lang/en/quantities.js';

const WORD = /^[\s]*([\p{L}][\p{L}'’\-]*)([,.;:!?)”"]?)/u;

function isVerbish(w: string): boolean {
  // hyphenated participles are adjectives in a noun phrase ("so-called", "Russian-backed")
  return /(?:ed|ly)$/i.test(w) && w.length > 4 && !w.includes('-');
}

/** Up to four words of a noun phrase starting at `pos`, skipping a leading determiner. */
function nounPhrase(text: string, pos: number): string | null {
  const words: string[] = [];
  let at = pos;
  for (let i = 0; i < 6; i++) {
    const m = WORD.exec(text.slice(at, at + 60));
    if (!m) break;
    const w = m[1]!;
    if (!words.length && PHRASE_DETERMINER.test(w)) { at += m[0].length; continue; }
    if (STOP.has(w.toLowerCase()) || (words.length && isVerbish(w))) break;
    words.push(w);
    at += m[0].length;
    if (m[2] || words.length >= 5) break;
  }
  return words.length ? words.join(' ') : null;
}

/** "of X" right after the figure, or for a compound figure the noun it modifies. */
export function aboutAfter(text: string, pos: number, compound: boolean): string | null {
  const rest = text.slice(pos, pos + 80);
  const of = /^\s+of\s+/i.exec(rest);
  if (of) return nounPhrase(text, pos + of[0].length);
  if (compound) return /^\s+\p{L}/u.test(rest) ? nounPhrase(text, pos) : null;
  return null;
}

/** A plural or counted noun right after a bare number: "39 people", "ten survivors", "48 apartments". */
export function isCountedNoun(text: string, pos: number): { word: string; end: number } | null {
  const m = /^\s+(?:(?:[\p{Ll}][\p{L}\-]*)\s+)?([\p{Ll}][\p{L}\-]*)/u.exec(text.slice(pos, pos + 60));
  if (!m) return null;
  // Allow one adjective before the noun ("ten injured people") only when the noun is plural.
  const first = /^\s+([\p{Ll}][\p{L}\-]*)/u.exec(m[0])![1]!;
  const candidates = [first, m[1]!];
  for (const [i, w] of candidates.entries()) {
    const lw = w.toLowerCase();
    // a participle before a second word is an adjective ("1.2 million displaced people")
    if (i === 0 && m[1] !== first && /ed$/.test(lw) && !STOP.has(lw)) continue;
    if (STOP.has(lw) || isVerbish(lw)) return null;
    if ((COUNTED_NOUN_ENDING.test(lw) || INVARIANT_PLURAL.test(lw)) && !SINGULAR_S_ENDING.test(lw)) {
      const end = pos + (i === 0 ? /^\s+[\p{L}\-]+/u.exec(m[0])![0].length : m[0].length);
      return { word: w, end };
    }
    if (i === 0 && m[1] === first) break;
  }
  return null;
}

// ---- context fallbacks: most figures in news carry no "of X"; what they measure is then in the clause ----

const CONTENT = /[\p{L}][\p{L}'’\-]*/gu;
const CONTEXT_WINDOW = 300;

/** The verb phrase right after a counted noun ("people had been killed" → "killed", "people face acute hunger"). */
export function verbPhraseAfter(text: string, pos: number): string | null {
  const aux = AUXILIARIES.exec(text.slice(pos, pos + 80))![0];
  const at = pos + aux.length;
  const m = /^\s+([\p{Ll}][\p{L}\-]*)/u.exec(text.slice(at, at + 40));
  // "people lived along the border": verbs the noun-phrase stop list holds are still verbs here
  if (!m || (STOP.has(m[1]!.toLowerCase()) && !LIFE_VERBS.test(m[1]!))) return null;
  // a verb follows a counted noun directly or after an auxiliary; an -ing/-ed form or any word after an auxiliary
  if (!aux.trim() && !/(?:ed|en|ing)$/.test(m[1]!) && !BARE_COUNT_VERBS.test(m[1]!)) {
    // a bare present-tense verb: accept when followed by a noun-phrase word, not a preposition
    const nxt = /^\s+([\p{L}]+)/u.exec(text.slice(at + m[0].length, at + m[0].length + 30));
    if (!nxt || STOP.has(nxt[1]!.toLowerCase())) return null;
  }
  const np = nounPhrase(text, at + m[0].length);
  return np && !STOP.has(m[1]!.toLowerCase()) && /^\p{Ll}/u.test(np) ? `${m[1]} ${np}` : m[1]!;
}

/**
 * The content words closest before the figure in its clause (at most five): "Bilateral trade in goods
 * fell 17%" → "Bilateral trade goods fell". A clause is crossed back over a comma only when it has no
 * content word or is non-finite ("The talks, expected to last three days" → "talks expected last"),
 * because then it modifies what came before. A rough but honest gist when grammar gives no "of X".
 */
export function contextBefore(text: string, sentStart: number, pos: number): string | null {
  // At most CONTEXT_WINDOW characters back: five words are never further, and reading back to the start of
  // a run-on sentence for every figure was quadratic ("up 5% to 10 billion dollars" × 1,000: 23 s).
  const clauses = text.slice(Math.max(sentStart, pos - CONTEXT_WINDOW), pos).split(/[,;:()—–]|\s-\s/);
  const words: string[] = [];
  for (let i = clauses.length - 1; i >= 0; i--) {
    const raw = (clauses[i]!.replace(/\S*\d\S*/g, ' ').match(CONTENT) ?? []);
    const ws = raw.filter((w) => !STOP.has(w.toLowerCase()) && !TIME_CONTEXT_WORDS.test(w));
    words.unshift(...ws);
    const first = raw[0]?.toLowerCase() ?? '';
    const nonFinite = /^(?:to|[a-z]+ing|[a-z]+ed)$/.test(first);
    if (words.length && !nonFinite) break;
  }
  const out = words.slice(-5);
  return out.length ? out.join(' ') : null;
}

/** A plural noun phrase after a number with up to three modifiers: "12 more air defence systems", "48 Ukrainian drones". */
export function countedPhrase(text: string, pos: number): { head: string; phrase: string; end: number } | null {
  const words = /^(\s+[\p{L}][\p{L}\-]*){1,4}/u.exec(text.slice(pos, pos + 80))?.[0].match(/\S+/g) ?? [];
  // the shortest run of modifiers that ends on a plural noun
  for (let k = 1; k < words.length; k++) {
    const mods = words.slice(0, k);
    const head = words[k]!;
    if (!/^\p{Ll}/u.test(head) || head.length < 4 || !(/s$/.test(head) || INVARIANT_PLURAL.test(head)) || SINGULAR_S_ENDING.test(head) || STOP.has(head.toLowerCase()) || isVerbish(head)) continue;
    // modifiers are adjectives or nouns: no function word, no finite verb; a participle right before the
    // head is an adjective ("56,000 registered participants", "300 displaced families")
    if (mods.some((w, i) => (STOP.has(w.toLowerCase()) && !COUNT_MODIFIERS.test(w)) || (isVerbish(w) && !(i === k - 1 && /ed$/i.test(w))))) return null;
    const phrase = [...mods.filter((w) => !COUNT_MODIFIERS.test(w)), head].join(' ');
    const end = pos + text.slice(pos).indexOf(head, text.slice(pos).indexOf(mods[mods.length - 1]!) + mods[mods.length - 1]!.length) + head.length;
    return { head, phrase, end };
  }
  return null;
}

/** The noun right after a unit with no hyphen ("a 10 percent levy on imports" → "levy on imports"). */
export function nounAfterUnit(text: string, pos: number): string | null {
  const m = /^\s+([\p{Ll}][\p{L}\-]*)/u.exec(text.slice(pos, pos + 40));
  if (!m || STOP.has(m[1]!.toLowerCase()) || PLACE_PREP.test(m[1]!) || isVerbish(m[1]!) || NOT_UNIT_NOUN.test(m[1]!) || /ly$/.test(m[1]!)) return null;
  return nounPhrase(text, pos);
}

/** "650 km southwest of Khartoum", "44.1% for the opposition candidate": a direction or share complement. */
export function complementAfter(text: string, pos: number, unit: string | null): string | null {
  const rest = text.slice(pos, pos + 80);
  const dir = DIRECTION_FROM.exec(rest);
  if (dir && unit && /^(?:km|mile|m)$/.test(unit)) return dir[0].trim() + ' ' + (nounPhrase(text, pos + dir[0].length) ?? '');
  // "€20,000 (£17,500) in compensation", "$5 billion for schools": what money is paid as or for
  const money = /^(?:\s*\([^)]{0,40}\))?\s+(?:in|for|as)\s+/i.exec(rest);
  if (money && unit && /^[A-Z]{3}$/.test(unit)) { const np = nounPhrase(text, pos + money[0].length); if (np && /^\p{Ll}/u.test(np)) return np; }
  // "60 days to settle the complaint": a duration given to do something measures that thing
  const purpose = /^\s+to\s+(\p{Ll}+)\s+/u.exec(rest);
  if (purpose && unit && TIME_UNIT.test(unit) && !STOP.has(purpose[1]!)) {
    const np = nounPhrase(text, pos + purpose[0].length);
    return np ? `${purpose[1]} ${np}` : purpose[1]!;
  }
  // "four months after negotiations collapsed": a span of time measured from an event
  const rel = /^\s+(after|before|since)\s+/i.exec(rest);
  if (rel && unit && TIME_UNIT.test(unit)) {
    const np = nounPhrase(text, pos + rel[0].length);
    if (np) return `${rel[1]!.toLowerCase()} ${np}`;
  }
  const share = /^\s+for\s+/i.exec(rest);
  if (share && unit === 'percent') return nounPhrase(text, pos + share[0].length);
  return null;
}
