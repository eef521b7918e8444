// Currency signs and codes written before a figure (language-neutral), for src/analyse/quantities/units.ts.

/**
 * Currency signs and codes written before the number → ISO 4217 code. "¥" is read as yen (Japanese usage;
 * Chinese prices are usually written "yuan"); a bare "R" (rand) is left out: it opens too many other tokens.
 */
export const CURRENCY_PREFIXES: Record<string, string> = {
  'us$': 'USD', $: 'USD', 'a$': 'AUD', 'au$': 'AUD', 'c$': 'CAD', 'ca$': 'CAD', 'nz$': 'NZD', 'hk$': 'HKD', 's$': 'SGD',
  'r$': 'BRL', 'mx$': 'MXN', '€': 'EUR', '£': 'GBP', '¥': 'JPY', 'cn¥': 'CNY', '₽': 'RUB', '₴': 'UAH', '₹': 'INR',
  '₦': 'NGN', '₩': 'KRW', '₺': 'TRY', '₱': 'PHP', '₪': 'ILS', '₫': 'VND', '฿': 'THB', '₵': 'GHS', '₸': 'KZT',
  '₼': 'AZN', '₾': 'GEL', '৳': 'BDT', '₨': 'PKR', 'rs.': 'INR', 'ksh': 'KES',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', ngn: 'NGN', inr: 'INR', jpy: 'JPY', cny: 'CNY', chf: 'CHF', zar: 'ZAR',
};
