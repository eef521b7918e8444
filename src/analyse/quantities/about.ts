// What a figure measures: the "of X" complement ("19.2% of Ukrainian territory"), the noun a
// compound figure modifies ("five-hour meeting") or the counted noun itself ("39 people").
import { INVARIANT_PLURAL } from '../../lang/en/quantities.js';

/** Words that end a noun phrase: function words and common finite verbs. */
const STOP = new Set([
  'and', 'or', 'but', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'of', 'as', 'than', 'that', 'which', 'who',
  'while', 'when', 'where', 'after', 'before', 'since', 'during', 'including', 'between', 'into', 'over', 'under',
  'remain', 'remains', 'remained', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will',
  'would', 'could', 'can', 'may', 'might', 'should', 'must', 'do', 'does', 'did', 'said', 'says', 'say', 'went', 'came',
  'took', 'take', 'takes', 'died', 'die', 'dies', 'live', 'lives', 'lived', 'left', 'per', 'each', 'a', 'an', 'the',
  'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'it', 'they', 'he', 'she', 'we', 'you', 'i', 'not',
  'also', 'more', 'less', 'fewer', 'about', 'against', 'among', 'through', 'across', 'ago', 'later', 'earlier', 'old',
  'there', 'here', 'so', 'then', 'now', 'still', 'only', 'just', 'if', 'because', 'whose', 'what', 'all', 'both',
]);
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these|those)$/i;
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
    if (!words.length && DETERMINER.test(w)) { at += m[0].length; continue; }
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
    if ((/(?:s|people|men|children|police|staff|personnel|crew|cattle|sheep|fish)$/.test(lw) || INVARIANT_PLURAL.test(lw)) && !/(?:ss|us|is)$/.test(lw)) {
      const end = pos + (i === 0 ? /^\s+[\p{L}\-]+/u.exec(m[0])![0].length : m[0].length);
      return { word: w, end };
    }
    if (i === 0 && m[1] === first) break;
  }
  return null;
}

// ---- context fallbacks: most figures in news carry no "of X"; what they measure is then in the clause ----

const LIFE_VERBS = /^(?:live|lives|lived)$/i;
const AUX = /^(?:\s+(?:had|have|has|were|was|are|is|will|would|could|should|must|can|cannot|may|might|be|been|being|reportedly|already|now|still|not|also)\b)*/i;
const CONTENT = /[\p{L}][\p{L}'’\-]*/gu;
const CONTEXT_WINDOW = 300;
const MODIFIER_OK = /^(?:more|additional|new|other|further|extra)$/i;

/** The verb phrase right after a counted noun ("people had been killed" → "killed", "people face acute hunger"). */
export function verbPhraseAfter(text: string, pos: number): string | null {
  const aux = AUX.exec(text.slice(pos, pos + 80))![0];
  const at = pos + aux.length;
  const m = /^\s+([\p{Ll}][\p{L}\-]*)/u.exec(text.slice(at, at + 40));
  // "people lived along the border": verbs the noun-phrase stop list holds are still verbs here
  if (!m || (STOP.has(m[1]!.toLowerCase()) && !LIFE_VERBS.test(m[1]!))) return null;
  // a verb follows a counted noun directly or after an auxiliary; an -ing/-ed form or any word after an auxiliary
  if (!aux.trim() && !/(?:ed|en|ing)$/.test(m[1]!) && !/^(?:face|need|remain|live|lack|fled|flee|die|went|lost)$/i.test(m[1]!)) {
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
    const ws = raw.filter((w) => !STOP.has(w.toLowerCase()) && !/^(?:last|next|this|year|week|month|day|today|yesterday)$/i.test(w));
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
    if (!/^\p{Ll}/u.test(head) || head.length < 4 || !(/s$/.test(head) || INVARIANT_PLURAL.test(head)) || /(?:ss|us|is)$/.test(head) || STOP.has(head.toLowerCase()) || isVerbish(head)) continue;
    // modifiers are adjectives or nouns: no function word, no finite verb; a participle right before the
    // head is an adjective ("56,000 registered participants", "300 displaced families")
    if (mods.some((w, i) => (STOP.has(w.toLowerCase()) && !MODIFIER_OK.test(w)) || (isVerbish(w) && !(i === k - 1 && /ed$/i.test(w))))) return null;
    const phrase = [...mods.filter((w) => !MODIFIER_OK.test(w)), head].join(' ');
    const end = pos + text.slice(pos).indexOf(head, text.slice(pos).indexOf(mods[mods.length - 1]!) + mods[mods.length - 1]!.length) + head.length;
    return { head, phrase, end };
  }
  return null;
}

/** Prepositions that locate rather than name ("spent 11 days near Svalbard"): the clause before says what is measured. */
const PLACE_PREP = /^(?:near|off|inside|outside|around|behind|beyond|within|without|along|toward|towards|aboard|onto|upon|via|beside|across|amid|until|till)$/i;

/** The noun right after a unit with no hyphen ("a 10 percent levy on imports" → "levy on imports"). */
export function nounAfterUnit(text: string, pos: number): string | null {
  const m = /^\s+([\p{Ll}][\p{L}\-]*)/u.exec(text.slice(pos, pos + 40));
  if (!m || STOP.has(m[1]!.toLowerCase()) || PLACE_PREP.test(m[1]!) || isVerbish(m[1]!) || /(?:ing|^away|^long|^wide|^high|^deep|^tall|^apart|^last|^next|^this|^per|^each|^every|^year|^month|^week|^always|^never|^ever|^again|^later|^earlier)$/.test(m[1]!) || /ly$/.test(m[1]!)) return null;
  return nounPhrase(text, pos);
}

/** "650 km southwest of Khartoum", "44.1% for the opposition candidate": a direction or share complement. */
export function complementAfter(text: string, pos: number, unit: string | null): string | null {
  const rest = text.slice(pos, pos + 80);
  const dir = /^\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?|outside|away from|from)\s+(?:of\s+)?/i.exec(rest);
  if (dir && unit && /^(?:km|mile|m)$/.test(unit)) return dir[0].trim() + ' ' + (nounPhrase(text, pos + dir[0].length) ?? '');
  // "€20,000 (£17,500) in compensation", "$5 billion for schools": what money is paid as or for
  const money = /^(?:\s*\([^)]{0,40}\))?\s+(?:in|for|as)\s+/i.exec(rest);
  if (money && unit && /^[A-Z]{3}$/.test(unit)) { const np = nounPhrase(text, pos + money[0].length); if (np && /^\p{Ll}/u.test(np)) return np; }
  // "60 days to settle the complaint": a duration given to do something measures that thing
  const purpose = /^\s+to\s+(\p{Ll}+)\s+/u.exec(rest);
  if (purpose && unit && /^(?:second|minute|hour|day|week|month|year|decade)$/.test(unit) && !STOP.has(purpose[1]!)) {
    const np = nounPhrase(text, pos + purpose[0].length);
    return np ? `${purpose[1]} ${np}` : purpose[1]!;
  }
  // "four months after negotiations collapsed": a span of time measured from an event
  const rel = /^\s+(after|before|since)\s+/i.exec(rest);
  if (rel && unit && /^(?:second|minute|hour|day|week|month|year|decade)$/.test(unit)) {
    const np = nounPhrase(text, pos + rel[0].length);
    if (np) return `${rel[1]!.toLowerCase()} ${np}`;
  }
  const share = /^\s+for\s+/i.exec(rest);
  if (share && unit === 'percent') return nounPhrase(text, pos + share[0].length);
  return null;
}
