// Unit lexicon: how a unit is written after a number, and the normalised name it is stored under.

interface UnitDef { re: string; unit: string }

/** Ordered longest-first where forms share a prefix ("square kilometres" before "kilometres"). */
const UNITS: UnitDef[] = [
  { re: String.raw`%|per\s?cent\b|percent\b|percentage points?\b|pc\b`, unit: 'percent' },
  { re: String.raw`(?:square|sq\.?)\s*(?:kilomet(?:er|re)s?|km)\b|km²|km2\b`, unit: 'km2' },
  { re: String.raw`(?:square|sq\.?)\s*miles?\b|mi²`, unit: 'mi2' },
  { re: String.raw`(?:square|sq\.?)\s*(?:met(?:er|re)s?|m)\b|m²`, unit: 'm2' },
  // volumes before lengths: "200 billion cubic metres of gas" is a volume, not a distance
  { re: String.raw`(?:cubic|cu\.?)\s*(?:met(?:er|re)s?|m)\b|m³`, unit: 'm3' },
  { re: String.raw`(?:cubic|cu\.?)\s*(?:feet|foot|ft)\b|ft³`, unit: 'ft3' },
  // two-word units keep both words: "nautical miles" are not miles, "basis points" not points
  { re: String.raw`nautical\s+miles?\b|nmi\b`, unit: 'nautical mile' },
  { re: String.raw`basis\s+points?\b|bps\b`, unit: 'basis point' },
  { re: String.raw`hectares?\b|ha\b`, unit: 'ha' },
  { re: String.raw`acres?\b`, unit: 'acre' },
  { re: String.raw`(?:kilomet(?:er|re)s?|km)\s*(?:per hour|an hour|/h)\b|km/h\b|kph\b`, unit: 'km/h' },
  { re: String.raw`(?:miles?\s*(?:per|an)\s*hour|mph)\b`, unit: 'mph' },
  { re: String.raw`kilomet(?:er|re)s?\b|km\b`, unit: 'km' },
  { re: String.raw`miles?\b|mi\b`, unit: 'mile' },
  { re: String.raw`centimet(?:er|re)s?\b|cm\b`, unit: 'cm' },
  { re: String.raw`millimet(?:er|re)s?\b|mm\b`, unit: 'mm' },
  { re: String.raw`met(?:er|re)s?\b|m\b`, unit: 'm' },
  { re: String.raw`(?:feet|foot|ft)\b`, unit: 'ft' },
  { re: String.raw`inch(?:es)?\b`, unit: 'inch' },
  { re: String.raw`(?:kilograms?|kilos?|kg)\b`, unit: 'kg' },
  { re: String.raw`(?:grams?|g)\b`, unit: 'g' },
  { re: String.raw`(?:metric\s+)?(?:tonnes?|tons?)\b`, unit: 't' },
  { re: String.raw`(?:litres?|liters?|l)\b`, unit: 'l' },
  { re: String.raw`barrels?\b`, unit: 'barrel' },
  { re: String.raw`(?:degrees?\s*(?:celsius|centigrade|C\b)|°\s?C\b)`, unit: 'celsius' },
  { re: String.raw`(?:degrees?\s*fahrenheit|°\s?F\b)`, unit: 'fahrenheit' },
  { re: String.raw`seconds?\b|secs?\b`, unit: 'second' },
  { re: String.raw`minutes?\b|mins?\b`, unit: 'minute' },
  { re: String.raw`hours?\b|hrs?\b`, unit: 'hour' },
  { re: String.raw`days?\b`, unit: 'day' },
  { re: String.raw`weeks?\b`, unit: 'week' },
  { re: String.raw`months?\b`, unit: 'month' },
  { re: String.raw`years?\b|yrs?\b`, unit: 'year' },
  { re: String.raw`decades?\b`, unit: 'decade' },
  { re: String.raw`centur(?:y|ies)\b`, unit: 'century' },
  { re: String.raw`(?:US\s)?dollars?\b|USD\b`, unit: 'USD' },
  { re: String.raw`euros?\b|EUR\b`, unit: 'EUR' },
  { re: String.raw`pounds?\s+sterling\b|GBP\b`, unit: 'GBP' },
  { re: String.raw`(?:rubles?|roubles?|RUB)\b`, unit: 'RUB' },
  { re: String.raw`(?:yuan|renminbi|CNY)\b`, unit: 'CNY' },
  { re: String.raw`(?:yen|JPY)\b`, unit: 'JPY' },
  { re: String.raw`(?:rupees?|INR)\b`, unit: 'INR' },
  { re: String.raw`(?:hryvnias?|UAH)\b`, unit: 'UAH' },
  { re: String.raw`(?:people|persons)\b`, unit: 'people' },
  { re: String.raw`(?:storeys?|stor(?:y|ies)|floors?)\b`, unit: 'storey' },
];

const UNIT_RES = UNITS.map((u) => ({ re: new RegExp(`^(?:${u.re})`, 'i'), unit: u.unit }));

/** The unit written at the start of `s` (already past the number and one optional space or hyphen). */
export function unitAt(s: string): { unit: string; length: number } | null {
  for (const u of UNIT_RES) {
    const m = u.re.exec(s);
    if (m) return { unit: u.unit, length: m[0].length };
  }
  return null;
}

/**
 * Currency signs and codes written before the number → ISO 4217 code. "¥" is read as yen (Japanese usage;
 * Chinese prices are usually written "yuan"); a bare "R" (rand) is left out: it opens too many other tokens.
 */
const PREFIX_UNITS: Record<string, string> = {
  'us$': 'USD', $: 'USD', 'a$': 'AUD', 'au$': 'AUD', 'c$': 'CAD', 'ca$': 'CAD', 'nz$': 'NZD', 'hk$': 'HKD', 's$': 'SGD',
  'r$': 'BRL', 'mx$': 'MXN', '€': 'EUR', '£': 'GBP', '¥': 'JPY', 'cn¥': 'CNY', '₽': 'RUB', '₴': 'UAH', '₹': 'INR',
  '₦': 'NGN', '₩': 'KRW', '₺': 'TRY', '₱': 'PHP', '₪': 'ILS', '₫': 'VND', '฿': 'THB', '₵': 'GHS', '₸': 'KZT',
  '₼': 'AZN', '₾': 'GEL', '৳': 'BDT', '₨': 'PKR', 'rs.': 'INR', 'ksh': 'KES',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', ngn: 'NGN', inr: 'INR', jpy: 'JPY', cny: 'CNY', chf: 'CHF', zar: 'ZAR',
};
const escape = (k: string) => k.replace(/[$.]/g, (c) => `\\${c}`);
/** Longest first, so "R$" and "US$" are tried before "$"; a prefix starting with a letter must start a word. */
export const CURRENCY_PREFIX = `(?:${Object.keys(PREFIX_UNITS).sort((a, b) => b.length - a.length).map((k) => {
  const form = escape(k.toUpperCase());
  if (!/^[a-z]/.test(k)) return form;
  return /[a-z]$/.test(k) ? `\\b${form}\\b\\s?` : `\\b${form}\\s?`;
}).join('|')})`;
/** The letters a currency prefix opens on ("us" of "US$", "rs" of "Rs."), for the figure scan. */
export const CURRENCY_WORDS: readonly string[] = Object.keys(PREFIX_UNITS).map((k) => /^[a-z]+/.exec(k)?.[0]).filter((w): w is string => !!w);
export const currencyUnit = (prefix: string): string | null => PREFIX_UNITS[prefix.trim().toLowerCase()] ?? null;
