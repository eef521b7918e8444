// The speaker after an inverted cue ("said X"): the phrase itself, or the name it introduces when the phrase is an
// organisation's role or a description ("said University of California, San Diego's chancellor, Pradeep Khosla").
import type { Span } from '../../model/analysis.js';
import { TITLE_WORDS } from '../../lang/en/entities.js';
import { AFTER_ROLE_NAME, CAPITALISED_NAME, DOCUMENT_AUTHOR_STOPS, STOP_WORDS } from '../../lang/en/speaker-phrases.js';
import { DOCUMENT_HEAD_RE, PERSON_NOUN, SPOKESPERSON_HEAD_RE } from '../../lang/en/quote-cues.js';
import { phraseAfter } from './speaker.js';
import { MONTH_FULL_PATTERN, WEEKDAY_NAMES } from '../../lang/en/times.js';
import { alternation } from '../../lang/alternation.js';

const NAME = `(${CAPITALISED_NAME})`;
/** A weekday or month in the place of a name. */
const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY_NAMES.join('|')}|${MONTH_FULL_PATTERN})$`);
/** "…, San Diego's chancellor, Pradeep Khosla": an organisation's role, then the name in apposition. */
const OWNER_ROLE_NAME = new RegExp(String.raw`^(?:,\s*(?:\p{Lu}[\p{L}.-]*\s*){1,3})?['’]s\s+(?:[\p{L}-]+\s+){0,3}?[\p{Ll}-]+,\s+${NAME}(?=\s*(?:[,.;:!?]|$))`, 'u');
/**
 * "said UCL astronomer Angelos Tsiaras", "quipped Valiant Entertainment editor Heather Antos", "said the company's
 * advanced threat researcher Paul Ferguson": an organisation (or its possessive), a role, the name.
 */
const ROLE_THEN_NAME = new RegExp(String.raw`^\s+(?:\p{Ll}[\p{L}-]*\s+){1,4}${NAME}(?=\s*(?:[,.;:!?]|$|\s(?:${AFTER_ROLE_NAME.join('|')})\s))`, 'u');
/** "the university's chancellor, Pradeep Khosla" / "the co-author, Ted Scambos": a role, then the name. */
const ROLE_NAME = new RegExp(String.raw`^,\s+${NAME}(?=\s*(?:[,.;:!?]|$))`, 'u');

/**
 * "said an editorial in the conservative daily Eleftheros Typos", "said a statement from the Vatican": a document,
 * then its author's name (after a few lower-case words), which speaks through it. Not a place or time the document
 * is set in ("a report in May", "a statement from the embassy in Washington", "a letter from the mother of John Smith").
 */
const DOCUMENT_THEN_AUTHOR = new RegExp(String.raw`^\s+(?:(?:from|by)\s+(?:the\s+)?|(?:in|of)\s+the\s+)(?:(?!(?:${alternation(DOCUMENT_AUTHOR_STOPS)})\s)\p{Ll}[\p{L}-]*\s+){0,3}${NAME}(?=\s*(?:[,.;:!?]|$))`, 'u');

/** "said 32-year-old protester Paris Kyriakides": an age opening the phrase, then a role and the name. */
const AGE = /^\d{1,3}-year-old$/;

/** "said a spokeswoman for the senator, Jane Doe.": whom the spokesperson speaks for, then the spokesperson's name. */
const FOR_WHOM_THEN_NAME = new RegExp(String.raw`^\s+for\s+[^,;:.!?"“”_]{1,60}?,\s+${NAME}(?=\s*(?:[,.;:!?]|$))`, 'u');

/**
 * The lower-case words between an organisation and a name form a role: no stop word, and no verb-like -ed/-ing/-ly
 * word ("said Acme visited Paris") unless a role noun ends them ("Trend Micro advanced threat researcher", "Microsoft
 * security response communications head"); at most three words without such a noun.
 */
export function rolePhrase(words: string[]): boolean {
  // "Anchorage businessman and blogger Andrew Halcro", "president and CEO": two roles joined by "and" are one role
  const roles = words.filter((w, i) => !(w === 'and' && i > 0 && i < words.length - 1));
  if (roles.some((w) => STOP_WORDS.has(w))) return false;
  const last = roles[roles.length - 1] ?? '';
  if (TITLE_WORDS.has(last) || PERSON_NOUN.test(last)) return true;
  return roles.length <= 3 && !roles.some((w) => /(?:ed|ing|ly)$/.test(w));
}

/**
 * Words before a name that make its role ("Colts interim coach", "Indianapolis coach", "White House press secretary"):
 * up to three capitalised words (the organisation or place), then lower-case role words (rolePhrase).
 */
export function roleBeforeName(words: string): boolean {
  const m = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3})((?:\p{Ll}[\p{L}-]*\s+){1,4})$/u.exec(words);
  return !!m && rolePhrase(m[2]!.trim().split(/\s+/));
}

/**
 * The speaker after an inverted cue ("said X"): the phrase itself, or the name it introduces when the phrase
 * is an organisation's role or a description ("said University of California, San Diego's chancellor, Pradeep Khosla").
 */
export function speakerAfterCue(text: string, pos: number, limit: number): Span | null {
  const sp = phraseAfter(text, pos, limit);
  if (!sp) return null;
  const rest = text.slice(sp.end, Math.min(limit, sp.end + 160));
  const phrase = text.slice(sp.start, sp.end);
  const owner = OWNER_ROLE_NAME.exec(/['’]s$/.test(phrase) ? `'s${rest}` : rest);
  if (owner && /['’]s$/.test(phrase)) owner.index -= 2; // the possessive was read with the phrase
  const roleThenName = ROLE_THEN_NAME.exec(rest);
  const forWhom = SPOKESPERSON_HEAD_RE.test(phrase) ? FOR_WHOM_THEN_NAME.exec(rest) : null;
  const author = /^(?:an?|the)\s/i.test(phrase) && DOCUMENT_HEAD_RE.test(phrase.split(/\s+/).pop()!.toLowerCase()) ? DOCUMENT_THEN_AUTHOR.exec(rest) : null;
  const m = owner ?? forWhom ?? author ?? (/\s\p{Ll}[\p{L}-]*$/u.test(phrase) ? ROLE_NAME.exec(rest) : null)
    ?? (roleThenName && (/^\p{Lu}/u.test(phrase) || AGE.test(phrase) || /['’]s$/.test(phrase)) && rolePhrase(roleThenName[0].trim().split(/\s+/).slice(0, -roleThenName[1]!.split(/\s+/).length)) ? roleThenName : null);
  if (!m) return sp;
  // ("said the ministry's acting spokesman Sunday": a day or month is no name)
  if (CALENDAR_WORD.test(m[1]!)) return sp;
  const s = sp.end + m.index + m[0].length - m[1]!.length;
  return { start: s, end: s + m[1]!.length };
}

