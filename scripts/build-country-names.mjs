#!/usr/bin/env node
// Builds data/gazetteer/country-names.json: country names in the languages that have a name model but no language
// data yet (pt, de, ru, fr) → ISO 3166-1 alpha-2 code, so a place the model finds in such an article ("Alemanha",
// "Deutschland", "Германия") resolves to the country the gazetteer knows under its English name.
// Source: i18n-iso-countries (MIT; devDependency). Run: node scripts/build-country-names.mjs (the output is committed).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const isoCountries = require('i18n-iso-countries');
const LANGS = ['pt', 'de', 'ru', 'fr'];
const out = {};
for (const lang of LANGS) {
  isoCountries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  const table = {};
  for (const [code, names] of Object.entries(isoCountries.getNames(lang, { select: 'all' })).sort()) {
    // "Congo (Kinshasa)"-style qualified names and bare codes never stand alone in running text
    for (const n of names) if (!/[(),]/.test(n) && !/^[A-Z.]{2,5}$/.test(n) && !(n.toLowerCase() in table)) table[n.toLowerCase()] = code;
  }
  out[lang] = table;
}
writeFileSync(join(root, 'data/gazetteer/country-names.json'), JSON.stringify(out) + '\n');
console.log(`wrote data/gazetteer/country-names.json: ${LANGS.map((l) => `${l} ${Object.keys(out[l]).length}`).join(', ')}`);
