// Types one candidate from its own words and its context. Evidence is graded so merging can let a strong
// cue ("President", a given name, a country) win over a weak default.
import type { EntityType } from '../../model/analysis.js';
import type { Candidate } from './candidates.js';
import { lookupPlace, type Place, foldName } from '../shared/places.js';
import { DEMONYMS, GIVEN_NAMES, KNOWN_ORGS, KNOWN_ORG_PHRASES, LEGAL_SUFFIXES, NAMED_INSTITUTIONS, ORG_WORDS, REGION_CODES, PLACE_PREPOSITIONS, SPEECH_VERBS, TRADE_FIELDS, TRADE_WORDS } from '../../lang/en/entities.js';
import { boundedMemo } from '../../model/memo.js';
import { isAllCaps, type Token } from './tokens.js';
import { DOCUMENT_HEADS, EVENT_HEADS, GEO_AFTER, GEO_BEFORE, GEO_NOUNS, INDEX_HEADS, LOCATIVE_BEFORE, ORG_KIND_NOUNS, PLACE_HEADS } from '../../lang/en/entity-cues.js';

export interface Typed { type: EntityType; strength: number; place: Place | null }

export function typeCandidate(c: Candidate, toks: Token[], hasRole: boolean): Typed | null {
  const words = c.tokens.map((t) => t.text);
  const folded = foldedName(c.text);
  const last = words[words.length - 1]!;
  // "Nato", "Opec": house styles write known acronyms in title case
  if (KNOWN_ORG_PHRASES.has(folded) || (words.length === 1 && (KNOWN_ORGS.has(last) || NAMED_INSTITUTIONS.has(last) || (last.length >= 4 && KNOWN_ORGS.has(last.toUpperCase()))))) return { type: 'organization', strength: 3, place: null };
  // the gazetteer's answer for the whole name, read once (the checks below ask it again)
  const early = lookupPlace(c.text);
  if (early && (early.kind === 'country' || early.kind === 'region')) return { type: 'place', strength: 3, place: early };
  // Geographic heads ("Atlantic Ocean", "Changi International Airport", "Allegheny County") name places.
  if (words.length > 1 && PLACE_HEADS.test(last)) return { type: 'place', strength: 3, place: early };
  // Market indices ("Dow Jones Industrial Average", "Nasdaq Composite", "FTSE 100 Index") are not organisations.
  if (words.length > 1 && INDEX_HEADS.test(last)) return { type: 'other', strength: 3, place: null };
  // "the World Cup", "the U.S. Open": a competition is an event
  if (words.length > 1 && EVENT_HEADS.test(last)) return { type: 'other', strength: 3, place: null };
  // "the Paris Agreement", "the U.S. Constitution": a law or a treaty is a document
  if (words.length > 1 && DOCUMENT_HEADS.test(last)) return { type: 'other', strength: 3, place: null };
  // "Air" opens airline names ("Air France") but ends product names ("MacBook Air").
  const orgWord = words.some((w, i) => ORG_WORDS.has(w) && !(w === 'Air' && i === words.length - 1));
  if (orgWord && !(words.length === 1 && early)) return { type: 'organization', strength: 3, place: null };
  // a trade closing a name of capitalised words: "Samsung Electronics", "Deutsche Telekom"; not a field or a sector
  // ("Chemical Engineering", "Big Pharma"), a place's trade ("Red Sea Shipping") or a person ("Karl Brewing")
  if (words.length > 1 && TRADE_WORDS.has(last) && words.every((w) => /^\p{Lu}/u.test(w)) && isCompanyBeforeTrade(words.slice(0, -1))) return { type: 'organization', strength: 3, place: null };
  // a legal form closing the name: "Daimler-Benz AG", "Barclays Plc", "Fiat SpA"
  // (a region code such as "SA" or "NV" only after a name that is no place: "Rhone-Poulenc SA", not "Las Vegas NV")
  if (words.length > 1 && LEGAL_SUFFIXES.has(last) && (!REGION_CODES.has(last) || !lookupPlace(words.slice(0, -1).join(' ')))) return { type: 'organization', strength: 3, place: null };
  // "16 GB", "AU$52.5 million": a short code after a number is a unit, before "$" a currency.
  const before = toks[c.tokens[0]!.index - 1], after = toks[c.tokens[c.tokens.length - 1]!.index + 1];
  if (words.length === 1 && last.length <= 3 && isAllCaps(last) && (/^\d/.test(before?.text ?? '') || after?.text === '$')) return null;
  // "SUVs", "PCs": a plural acronym is a common noun.
  if (words.length === 1 && /^\p{Lu}{2,}s$/u.test(last)) return null;
  // "Americans", "Russians": groups of people, not named entities.
  if (words.length === 1 && /s$/.test(last) && last.slice(0, -1).toLowerCase() in DEMONYMS) return null;
  if (c.honorific || hasRole) return { type: 'person', strength: 3, place: null };
  // a common noun naming a kind of organisation right before the name: "rights group Foro Penal"
  const kindBefore = toks[c.tokens[0]!.index - 1];
  if (kindBefore && ORG_KIND_NOUNS.test(kindBefore.text)) return { type: 'organization', strength: 2, place: null };
  // "Maduro, who has ruled since 2013": the relative pronoun "who" follows people only
  const n1 = toks[c.tokens[c.tokens.length - 1]!.index + 1], n2 = toks[c.tokens[c.tokens.length - 1]!.index + 2];
  if (n1?.text === ',' && /^who(?:se|m)?$/.test(n2?.text ?? '') && !early) return { type: 'person', strength: 2, place: null };
  // "Lucía Méndez": a given name is known with or without its accents
  const given = isGivenName(words[0]!) && words.length >= 2 && words.length <= 4;
  const place = given ? null : early;
  const prev = toks[c.tokens[0]!.index - 1];
  const locative = !!prev && PLACE_PREPOSITIONS.has(prev.text);
  if (place && (place.kind === 'country' || place.kind === 'region')) return { type: 'place', strength: 3, place };
  if (place && place.kind === 'city' && place.population >= 100_000) return { type: 'place', strength: 2, place };
  if (place && locative) return { type: 'place', strength: 2, place };
  // "the town of Babanusa", "parts of Kordofan", "north of Khartoum": a geographic noun governs the name
  const geoOf = prev?.text === 'of' && GEO_NOUNS.test(toks[c.tokens[0]!.index - 2]?.text ?? '');
  if (geoOf && !given) return { type: 'place', strength: 3, place };
  // "the capital Naypyitaw", "the port city Sittwe": a determined geographic noun right before the name
  const det = toks[c.tokens[0]!.index - 2]?.text ?? '', det2 = toks[c.tokens[0]!.index - 3]?.text ?? '';
  if (!given && prev && GEO_BEFORE.test(prev.text) && (/^(?:the|its|their)$/i.test(det) || (/^(?:port|border|coastal)$/.test(det) && /^the$/i.test(det2)))) return { type: 'place', strength: 3, place };
  // "the Kurram and Bajaur districts", "the Torkham crossing": a lowercase geographic noun after the name
  if (!given && geoAfter(c, toks)) return { type: 'place', strength: 2, place };
  if (given) return { type: 'person', strength: 2, place: null };
  // A lone given name ("Steve leaves behind...") is a person; merging ties it to the full name.
  if (words.length === 1 && GIVEN_NAMES.has(last)) return { type: 'person', strength: 1, place: null };
  if (words.length === 1 && last.toLowerCase() in DEMONYMS) return null;
  if (/\d/.test(c.text)) return { type: 'other', strength: 1, place: null };
  if (words.length === 1 && isAllCaps(last)) return { type: 'organization', strength: 1, place: null };
  const next = toks[c.tokens[c.tokens.length - 1]!.index + 1];
  const speaks = (next && SPEECH_VERBS.test(next.text)) || (prev && SPEECH_VERBS.test(prev.text));
  if (words.length >= 2 && words.length <= 3 && speaks && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return { type: 'person', strength: 1, place: null };
  if (place) return { type: 'place', strength: 1, place };
  // an unknown name after "in"/"near"/"from" is more often a place than an organisation: weak evidence
  if (prev && LOCATIVE_BEFORE.test(prev.text) && !speaks && words.every((w) => /^\p{Lu}/u.test(w))) return { type: 'place', strength: 1, place: null };
  return { type: 'organization', strength: 0, place: null };
}

/** The words before a trade word name a company: none of them a field's word, the first no given name, together no place. */
function isCompanyBeforeTrade(before: string[]): boolean {
  return !before.some((w) => TRADE_FIELDS.has(w)) && !GIVEN_NAMES.has(before[0]!) && !lookupPlace(before.join(' '));
}

// Both asked of the same names many times per article (rule candidates, model names, their repeats).
const foldedName = boundedMemo(foldName, 20_000);
const isGivenName = boundedMemo((w: string) => GIVEN_NAMES.has(w) || GIVEN_NAMES.has(w.normalize('NFD').replace(/\p{M}/gu, '')), 20_000);

/** The name is followed by a geographic noun, directly or through a coordinated name ("X and Y districts"). */
function geoAfter(c: Candidate, toks: Token[]): boolean {
  let j = c.tokens[c.tokens.length - 1]!.index + 1;
  // skip ", Y", "and Y": coordinated capitalised names sharing the noun
  while (/^(?:and|or|,)$/.test(toks[j]?.text ?? '') && /^\p{Lu}/u.test(toks[j + 1]?.text ?? '')) {
    j += 2;
    while (/^\p{Lu}/u.test(toks[j]?.text ?? '')) j++;
  }
  if (GEO_AFTER.test(toks[j]?.text ?? '')) return true;
  // "at Končulj, the only crossing still open": an apposition whose head is a geographic noun
  if (toks[j]?.text !== ',' || !/^(?:the|a|an)$/i.test(toks[j + 1]?.text ?? '')) return false;
  for (let k = j + 2; k < j + 5 && toks[k] && /^\p{Ll}/u.test(toks[k]!.text); k++) if (GEO_AFTER.test(toks[k]!.text)) return true;
  return false;
}
