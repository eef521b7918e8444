// Units after a figure and currencies before it, read from the unit lexicon (src/lang/en/units.ts) and the
// currency signs and codes (src/lang/currencies.ts).
import { CURRENCY_PREFIXES as PREFIX_UNITS } from '../../lang/currencies.js';
import { UNITS } from '../../lang/en/units.js';

const UNIT_RES = UNITS.map((u) => ({ re: new RegExp(`^(?:${u.re})`, 'i'), unit: u.unit }));

/** The unit written at the start of `s` (already past the number and one optional space or hyphen). */
export function unitAt(s: string): { unit: string; length: number } | null {
  for (const u of UNIT_RES) {
    const m = u.re.exec(s);
    if (m) return { unit: u.unit, length: m[0].length };
  }
  return null;
}

const escape = (k: string) => k.replace(/[$.]/g, (c) => `\\${c}`);
/** Longest first, so "R$" and "US$" are tried before "$"; a prefix starting with a letter must start a word. */
export const CURRENCY_PREFIX = `(?:${Object.keys(PREFIX_UNITS).sort((a, b) => b.length - a.length).map((k) => {
  const form = escape(k.toUpperCase());
  if (!/^[a-z]/.test(k)) return form;
  return /[a-z]$/.test(k) ? `\\b${form}\\b\\s?` : `\\b${form}\\s?`;
}).join('|')})`;
/** The letters a currency prefix opens on ("us" of "US$", "rs" of "Rs."), for the figure scan. */
export const CURRENCY_WORDS: readonly string[] = Object.keys(PREFIX_UNITS).map((k) => /^[a-z]+/.exec(k)?.[0]).filter((w): w is string => !!w);
/** The first characters of the currency prefixes that do not open on an ASCII letter ("$", "€", "₹"), for the figure scan. */
export const CURRENCY_SIGN_OPENERS: ReadonlySet<number> = new Set(Object.keys(PREFIX_UNITS).filter((k) => !/^[a-z]/.test(k))
  .flatMap((k) => [k, k.toUpperCase(), k.toLowerCase()].map((f) => f.charCodeAt(0))));
export const currencyUnit = (prefix: string): string | null => PREFIX_UNITS[prefix.trim().toLowerCase()] ?? null;
