// Public surface of the entities annotators for English news: tokens → name candidates (the capitalised-run
// rules, plus the names the trained recogniser in ner/ finds where the rules have none, repeated across the
// article) → roles and types → clusters (one per referent) → description mentions. docs/decisions/ner.md
// has the combinations measured; `recognise(doc, { names })` keeps the others runnable. An article in a language
// with a trained model but no language data yet (pt, de, ru, fr) gets the model's names alone (model-only.ts).
import type { Entity, EntityType, Span } from '../../model/analysis.js';
import type { Annotator, ArticleDoc } from '../document.js';
import type { Candidate } from './candidates.js';
import { contextCountries, findDescriptions, resolveAgainst } from './describe.js';
import { lookupPlace } from '../shared/places.js';
import { DEMONYMS, FAITH_WORDS, TITLE_WORDS } from '../../lang/en/entities.js';
import { WEEKDAY_NAMES } from '../../lang/en/times.js';
import { PARTY_TAG_NAME } from '../../lang/en/speaker-phrases.js';
import { PERSON_NOUN } from '../../lang/en/quote-cues.js';
import { retypeProducts } from './products.js';
import { namesByCue, opensAgencyDateline } from './cue-names.js';
import { sentenceStartFinder } from './lookup.js';
import { cluster, toEntity, type Mention } from './merge.js';
import { modelOnlyEntities } from './model-only.js';
import { nerModel, recogniseNames } from './ner/index.js';
import { proposalsFromModel, repeatedNames, speakerLabels, type Proposal } from './proposals.js';
import { findRole, outerRole } from './roles.js';
import { ruleCandidates, ruleHints } from './rules.js';
import { tokenize, type Token } from './tokens.js';
import { typeCandidate, type Typed } from './typing.js';

export { entityAt, resolveDescription } from './lookup.js';

/** How names are found and typed; the defaults are the combination measured best (docs/decisions/ner.md). */
export interface RecogniseOptions {
  /**
   * who proposes name spans: the trained model; the rules first, with the model's names added where the rules
   * have none and the model's type where the rules type by default only ('rules-first'); or the rules alone.
   * Without a model for the language, the rules alone.
   */
  names?: 'model' | 'rules-first' | 'rules';
  /** rules-first: give a rule candidate typed by default only (strength 0) the model's type */
  retype?: boolean;
  /** rules-first: drop a rule candidate typed by default only (strength 0) when the model sees no name there */
  veto?: boolean;
  /** how a model name is typed: by the model, or by a rule when the rule has strong evidence */
  typing?: 'model' | 'strong-rules';
  /** also keep rule candidates that overlap no model name: none, those the rules type with strong (≥ 2) or weak (≥ 1) evidence, all */
  union?: 'none' | 'strong' | 'weak' | 'all';
  /** repeat a name the model found at its other, untagged occurrences in the article (one sense per document) */
  propagate?: boolean;
  /**
   * the rules the issue keeps on top of the model: a title inside a model span of any type splits off a person
   * ("US Treasury Secretary Scott Bessent" tagged as one organisation), and a gazetteer place the model calls an
   * organisation stays a place ("Beijing rejected the demand")
   */
  reconcile?: boolean;
}
const DEFAULTS: Required<RecogniseOptions> = { names: 'model', retype: false, veto: false, typing: 'strong-rules', union: 'strong', propagate: true, reconcile: true };

/** The model's type, unless a rule has strong evidence (a known organisation, a country, a title before a person). */
function combineTypes(c: Candidate, toks: Token[], hasRole: boolean, modelType: EntityType, mode: 'model' | 'strong-rules', reconcile = false, personWords?: Set<string>,
  typeOf: typeof typeCandidate = typeCandidate): Typed | null {
  const rule = typeOf(c, toks, hasRole);
  if (mode === 'strong-rules' && rule && rule.strength >= 3) return rule;
  // a city the gazetteer knows, named as an actor ("Beijing rejected", "Washington demanded"): metonymy, still the
  // place — unless the article names a person with that word ("Denzel Washington … Washington said")
  const actor = modelType === 'organization' || (modelType === 'person' && c.tokens.length === 1 && !personWords?.has(c.text));
  if (reconcile && actor && rule?.type === 'place' && rule.place && rule.strength >= 2) return rule;
  const place = modelType === 'place' ? (rule?.type === 'place' ? rule.place : null) ?? lookupPlace(c.text) : null;
  // A place the gazetteer does not know that holds a digit ("died from COVID-19", "the MH17 crash": a disease, a flight,
  // a product more often than a place) or ends in a weekday ("Super Tuesday", "Black Friday": a day) is other
  const notAPlace = /\p{N}/u.test(c.text) || (c.tokens.length > 1 && WEEKDAY_NAMES.includes(c.tokens[c.tokens.length - 1]!.text));
  if (modelType === 'place' && !place && notAPlace) return { type: 'other', strength: 1, place: null };
  return { type: modelType, strength: c.tokens.length > 1 ? 2 : 1, place };
}

/** A line's opening wire dateline ("ERIE, Pa. (AP) — ", "DES MOINES, Iowa (AP) — "): where it names a place the gazetteer knows, a place. */
function datelinePlace(c: Candidate, text: string): Typed | null {
  if (!opensAgencyDateline(c, text)) return null;
  const place = lookupPlace(c.text);
  return place ? { type: 'place', strength: 2, place } : null;
}

/** "Roman Catholic", "Shia", "Sunni Muslim": words of faith alone (FAITH_WORDS). */
function isFaith(c: Candidate): boolean {
  return c.tokens.every((t, i) => FAITH_WORDS.has(t.text) || (t.text === 'Roman' && c.tokens[i + 1]?.text === 'Catholic'));
}

function isNationality(c: Candidate): boolean {
  if (c.tokens.length !== 1 || !(c.text.toLowerCase() in DEMONYMS)) return false;
  const place = lookupPlace(c.text);
  return !place || place.kind === 'city' && place.population < 100_000;
}

/** "en-GB" → "en"; an undetermined language is read with the English model, as the rules read it. */
const modelLanguage = (tag: string) => { const l = (tag || 'und').toLowerCase().split('-')[0]!; return l === 'und' ? 'en' : l; };

/**
 * A lower-case word hyphened to the end of a person's full name: no part of it ("Jonathan Wright-director"; an honorific
 * such as "Osman-aga" is short and follows a single name).
 */
const GLUED_WORD = /(?<=\s\p{L}+)-\p{Ll}{5,}$/u;
const isRoleWord = (w: string) => TITLE_WORDS.has(w) || PERSON_NOUN.test(w);

export function recogniseEntities(doc: ArticleDoc, options: RecogniseOptions = {}): Entity[] {
  return recognise(doc, { ...DEFAULTS, ...options }).entities;
}

/** Entities and the named mentions (with their entity's type) behind them; the bench scores the latter. */
export function recognise(doc: ArticleDoc, options: RecogniseOptions = {}): { entities: Entity[]; names: Array<Span & { type: EntityType }> } {
  const opt = { ...DEFAULTS, ...options };
  const sentences = tokenize(doc);
  // The rule candidates, their roles and rule types are computed once: the model's hints and the proposals share them.
  const ruleCands = ruleCandidates(sentences, doc.text);
  const roles = new Map<Candidate, ReturnType<typeof findRole>>();
  const roleOf = (c: Candidate, toks: Token[]) => { if (!roles.has(c)) roles.set(c, findRole(c, toks, doc.text)); return roles.get(c)!; };
  // A candidate's rule type depends on its words, their sentence, its honorific and whether it has a role only
  // (typing.ts): the model's names mostly cover the same words as a rule candidate, typed once for both.
  const typedSpans = new Map<string, { text: string; typed: Typed | null }>();
  const typeOf = (c: Candidate, toks: Token[], hasRole: boolean) => {
    let key = `${c.sentence}:${c.honorific ? 1 : 0}${hasRole ? 1 : 0}`;
    for (const t of c.tokens) key += `:${t.index}`;
    const known = typedSpans.get(key);
    if (known && known.text === c.text) return known.typed;
    const typed = typeCandidate(c, toks, hasRole);
    typedSpans.set(key, { text: c.text, typed });
    return typed;
  };
  const ruleTypes = new Map<Candidate, Typed | null>();
  const ruleType = (c: Candidate, toks: Token[]) => { if (!ruleTypes.has(c)) ruleTypes.set(c, typeOf(c, toks, !!roleOf(c, toks))); return ruleTypes.get(c)!; };
  const modelNames = opt.names !== 'rules' ? recogniseNames(sentences, modelLanguage(doc.article.language), () => ruleHints(sentences, doc.text, ruleCands, ruleType)) : null;
  const fromModel = modelNames ? proposalsFromModel(sentences, doc.text, modelNames, opt.reconcile) : [];
  const ruleFirst = !modelNames || opt.names === 'rules-first';
  const proposals: Proposal[] = ruleFirst ? ruleCands.map((cand) => ({ cand, type: null })) : fromModel;
  // How many proposals cover each character: an overlap check reads the candidate's own characters, not every
  // proposal (with thousands of names in one text, comparing each with all the others was quadratic).
  const cover = new Uint16Array(doc.text.length + 1);
  const mark = (c: Candidate, by: number) => { for (let i = c.start; i < c.end; i++) cover[i]! += by; };
  for (const p of proposals) mark(p.cand, 1);
  const overlapsAny = (c: Candidate) => { for (let i = c.start; i < c.end; i++) if (cover[i]) return true; return false; };
  const add = (p: Proposal) => { proposals.push(p); mark(p.cand, 1); };
  if (modelNames && ruleFirst) {
    for (const p of fromModel) if (!overlapsAny(p.cand)) add(p);
  } else if (modelNames && opt.union !== 'none') {
    for (const cand of ruleCands) {
      const toks = sentences[cand.sentence]!;
      const strong = opt.union === 'all' || (ruleType(cand, toks)?.strength ?? -1) >= (opt.union === 'weak' ? 1 : 2);
      if (strong && !overlapsAny(cand)) add({ cand, type: null });
    }
  }
  if (modelNames && opt.reconcile) for (const p of speakerLabels(sentences, doc.text)) {
    // the label replaces whatever smaller names the model or rules saw inside it
    for (let k = proposals.length - 1; k >= 0; k--) {
      if (proposals[k]!.cand.start >= p.cand.start && proposals[k]!.cand.end <= p.cand.end) mark(proposals.splice(k, 1)[0]!.cand, -1);
    }
    if (!overlapsAny(p.cand)) add(p);
  }
  if (modelNames && opt.propagate) for (const p of repeatedNames(sentences, doc.text, proposals)) if (!overlapsAny(p.cand)) add(p);
  // results rows, team and company cues and club lists say what their names are (cue-names.ts)
  if (opt.reconcile) namesByCue({ doc, sentences, proposals, fromModel, add, remove: (k) => mark(proposals.splice(k, 1)[0]!.cand, -1), overlapsAny });
  // words of the longer person names the model found: a lone "Washington" may be that person
  const personWords = new Set(fromModel.filter((p) => p.type === 'person' && p.cand.tokens.length > 1).flatMap((p) => p.cand.tokens.map((t) => t.text)));
  proposals.sort((a, b) => a.cand.start - b.cand.start);
  /** The model's type for a rule candidate: the type of the model name overlapping it, or null. */
  const modelTypeAt = (c: Candidate) => fromModel.find((p) => p.cand.start < c.end && c.start < p.cand.end)?.type ?? null;
  const mentions: Mention[] = [];
  for (const { cand: c, type, fixed } of proposals) {
    // a party-state tag ("Sen. X, R-Texas, said") labels the name before it: it names no one itself
    if (opt.reconcile && PARTY_TAG_NAME.test(c.text)) continue;
    const toks = sentences[c.sentence]!;
    const role = roleOf(c, toks);
    let typed = fixed && type ? { type, strength: 3, place: type === 'place' ? lookupPlace(c.text) : null }
      : type ? combineTypes(c, toks, !!role, type, opt.typing, opt.reconcile, personWords, typeOf) : ruleType(c, toks);
    if (opt.reconcile && typed && typed.type !== 'place' && !fixed) typed = datelinePlace(c, doc.text) ?? typed;
    if (!type && modelNames && typed && typed.strength === 0) {
      // a rule candidate typed by default only: the model's type where it sees a name, else (optionally) no name
      const m = modelTypeAt(c);
      if (m && opt.retype) typed = combineTypes(c, toks, !!role, m, 'model', false, undefined, typeOf);
      else if (opt.veto && typed.strength === 0) typed = null;
    }
    if (!typed) continue;
    // "English", "Dutch", "Chechen": a nationality word names no person, organisation or place (a town the
    // gazetteer knows by that word, English in Indiana, is not what a news text means by it)
    if (opt.reconcile && !fixed && (isNationality(c) || isFaith(c)) && !personWords.has(c.text)) continue;
    const outer = typed.type === 'person' && role ? outerRole(c, toks, doc.text)?.role ?? null : null;
    // "Jonathan Wright-director of wholesale products …-told the BBC": a dash typed as a hyphen glued a word to the name
    // (a role's word only: "Lee Jae-myung", "Su Tseng-chang" keep their syllables)
    const hyphened = typed.type === 'person' && doc.text.slice(c.start, c.end) === c.text ? GLUED_WORD.exec(c.text) : null;
    const glued = hyphened && isRoleWord(hyphened[0].slice(1)) ? hyphened : null;
    const cand = glued ? { ...c, text: c.text.slice(0, glued.index), end: c.end - glued[0].length } : c;
    mentions.push({ cand, typed, role: typed.type === 'person' ? role?.role ?? null : null, plural: !!role?.plural, outerRole: outer });
  }
  // "US envoys Steve Witkoff and Jared Kushner": a plural role before the first name covers the next ones.
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!, p = mentions[i - 1]!;
    if (m.role || !p.plural || !p.role || m.typed.type !== 'person' || m.cand.sentence !== p.cand.sentence) continue;
    const toks = sentences[m.cand.sentence]!;
    const gap = toks.slice(p.cand.tokens[p.cand.tokens.length - 1]!.index + 1, m.cand.tokens[0]!.index).map((t) => t.text);
    if (gap.length === 1 && /^(and|,|&)$/.test(gap[0]!)) { m.role = p.role; m.plural = true; }
  }
  const clusters = cluster(mentions);
  retypeProducts(clusters, sentences, TITLE_WORDS);
  const entities = clusters.map((cl, i) => toEntity(cl, `e${i + 1}`, []));
  const names = clusters.flatMap((cl) => cl.mentions.map((m) => ({ start: m.cand.start, end: m.cand.end, type: cl.type })));
  // Descriptions resolve against entities named before them; they become mentions, not aliases.
  const startOf = sentenceStartFinder(doc);
  const soft = contextCountries(entities, sentences);
  for (const d of findDescriptions(sentences)) {
    const e = resolveAgainst(entities, d, startOf, soft);
    if (e && !e.mentions.some((m) => m.start < d.span.end && d.span.start < m.end)) {
      e.mentions.push(d.span);
      e.mentions.sort((a, b) => a.start - b.start);
    }
  }
  return { entities, names };
}

/** The language of an article without a Lang whose names a shipped model can still find ("pt", "de", ...), or null. */
function modelOnlyLanguage(doc: ArticleDoc): string | null {
  const l = modelLanguage(doc.article.language);
  return l !== 'en' && nerModel(l) ? l : null;
}

export const entityAnnotator: Annotator = {
  name: 'entities',
  reads: ['sentences'],
  writes: ['entities'],
  // The rules read the English word lists; without a Lang, a language with a trained model still gets its names.
  needsLang: true,
  runsWithoutLang: (doc) => modelOnlyLanguage(doc) !== null,
  annotate(doc) {
    const lang = doc.lang ? null : modelOnlyLanguage(doc);
    if (!lang) { doc.entities = recogniseEntities(doc); return; }
    doc.entities = modelOnlyEntities(doc, lang) ?? [];
    doc.messages.push({ source: 'entities', reason: `names (person, organization, place) from the trained "${lang}" model only; skipped the English rules: roles, titles, descriptions, rule hints, repeated names` });
  },
};

export const entityAnnotators: Annotator[] = [entityAnnotator];
