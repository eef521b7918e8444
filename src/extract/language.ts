// The article's language, ISO 639-1, from its text: ELD (Nito-ELD, n-gram detector, 60 languages, "small"
// database). Chosen by measurement on ner-train's en/pt/de/ru/fr paragraphs against franc-min and tinyld
// (bench/extraction/language.mjs; docs/decisions/extract-text.md). A page's declared language (HTML lang,
// og:locale) is only a hint: templates declare "en" on pages in other languages.
import { loadLanguageDetector } from './language-table.js';

// Loaded once per process, before the first article (the table's source: language-table.ts).
const eld = await loadLanguageDetector();

/** What the detector reads: the first few thousand characters tell the language as well as the whole. */
const SAMPLE_CHARS = 4000;
/** Below this many letters (a results table, a headline) n-grams cannot tell languages apart. */
const MIN_LETTERS = 40;
/** Used when the text cannot tell and the page declares nothing. */
export const DEFAULT_LANGUAGE = 'en';
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const LETTER = /^\p{L}$/u;

/**
 * Whether the text holds at least `min` letters, a Chinese or Japanese character counting as three (it carries
 * about as much as three Latin letters). Counted one character at a time, stopping at `min`: no array of letters.
 */
export function hasLetters(text: string, min: number): boolean {
  let n = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 128) { if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++; } else { if (LETTER.test(ch)) n++; if (CJK.test(ch)) n += 2; }
    if (n >= min) return true;
  }
  return false;
}

/** The primary language subtag: "pt" of "pt-BR". */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0];

/**
 * ISO 639-1 code of the text's language. The declared tag (BCP-47, "en-GB") is kept when it names the
 * same language, and used when the text cannot tell (too few letters, or an unreliable guess); "en" when
 * neither can.
 */
export function detectLanguage(text: string, declared: string | null = null): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (!hasLetters(sample, MIN_LETTERS)) return declared ?? DEFAULT_LANGUAGE;
  const result = eld.detect(sample);
  const found = result.language;
  if (declared && (!found || primaryLanguage(declared) === found || !result.isReliable())) return declared;
  return found || DEFAULT_LANGUAGE;
}
