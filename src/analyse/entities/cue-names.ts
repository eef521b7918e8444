// Names whose context says what they are where the name model reads them as something else: the names of results
// rows (results-rows.ts reads them by the row's shape), clubs named by a team's cue in a match report ("Bayern coach
// …", "beat champions Borussia Dortmund") or on the club list of the copy's sport, companies named by a market's cue
// ("shares in Pechiney", "Zeneca shares"); then the same names again in the story. Each found name is `fixed`: no
// later rule retypes it.
import { sentenceIndexAt, type ArticleDoc } from '../document.js';
import type { Candidate } from './candidates.js';
import { repeatedNames, type Proposal } from './proposals.js';
import { resultRowNames } from './results-rows.js';
import { longOrganisationNames } from './long-names.js';
import { clubsFor } from './clubs.js';
import { lookupPlace } from '../shared/places.js';
import { GIVEN_NAMES, SPEECH_VERBS } from '../../lang/en/entities.js';
import { CLUB_EPITHETS, MATCH_VERBS, TEAM_ROLE_NOUNS, TEAM_SPORT_LABELS } from '../../lang/en/results-tables.js';
import { COMPANY_CUES_BEFORE, COMPANY_KIND_BEFORE, COMPANY_NOUNS_AFTER, COMPANY_ROLES_AFTER, PRICE_MOVE_VERBS, PRICE_UNITS } from '../../lang/en/entity-cues.js';
import { MONTHS, WEEKDAYS } from '../../lang/en/times.js';
import { DATELINE } from '../../lang/en/speaker-phrases.js';
import { startsUpper, type Token } from './tokens.js';

/** Capitalised words of the calendar: "a stake in October" names a month. */
const TIME_WORDS = new Set([...MONTHS, ...WEEKDAYS]);
const DATELINE_AT = new RegExp(`^(?:${DATELINE})`, 'u');
/** Before a town's name, words that mean the town, not its team: "the match in Milan". */
const LOCATIVE_ONLY = new Set(['in', 'near']);
const afterLocative = (c: Candidate, sentences: Token[][]) => LOCATIVE_ONLY.has(sentences[c.sentence]![c.tokens[0]!.index - 1]?.text ?? '');
const isPossessive = (word: string) => word === "'s" || word === '’s';
const TEAM_SPORT_TITLE = new RegExp(`^(?:${TEAM_SPORT_LABELS.join('|')})\\b`, 'i');
const SCORE = /^\d{1,2}-\d{1,2}$/;

export interface CueInput {
  doc: ArticleDoc;
  sentences: Token[][];
  proposals: Proposal[];
  fromModel: Proposal[];
  add: (p: Proposal) => void;
  /** takes proposals[k] out */
  remove: (k: number) => void;
  overlapsAny: (c: Candidate) => boolean;
}

/** Adds (or retypes) the names of results rows, team and company cues and club lists, then the same names again. */
export function namesByCue(input: CueInput): void {
  longNameProposals(input);
  const found = [...rowProposals(input), ...teamCueProposals(input), ...clubProposals(input), ...companyCueProposals(input), ...teamNamePartProposals(input)];
  const { doc, sentences, proposals, add, overlapsAny } = input;
  datelinePlaces(input);
  // the same name in the story's prose is the same team or player ("PSV lead the standings … ahead of Ajax"; a
  // driver's surname in the standings): one sense per document, except where the words name the town itself (a
  // dateline, "in Milan")
  const inTeamSport = teamSport(doc);
  for (const p of found.length ? repeatedNames(sentences, doc.text, found) : []) {
    if (opensDateline(p.cand, doc.text) || afterLocative(p.cand, sentences)) continue;
    // outside a team sport's copy, a team named after its town or state keeps its sense in its own row only: in prose
    // the same word is as often the place ("roads in Leeds and Bolton", "Trump won Pennsylvania")
    if (p.type === 'organization' && !inTeamSport && lookupPlace(p.cand.text)) continue;
    const k = proposals.findIndex((q) => q.cand.start === p.cand.start && q.cand.end === p.cand.end);
    if (k >= 0 && !proposals[k]!.fixed) proposals[k] = { ...proposals[k]!, type: p.type, fixed: true };
    else if (k < 0 && !overlapsAny(p.cand)) add({ ...p, fixed: true });
  }
}

/** Does a proposal already cover part of [start, end)? (a name missed by the model is added only where none stands) */
const proposalOver = (proposals: readonly Proposal[], start: number, end: number) => proposals.some((q) => q.cand.start < end && start < q.cand.end);

/** Takes out the proposals whose candidate `drop` selects, from the last (each removal shifts the ones after it). */
function removeProposals(proposals: readonly Proposal[], remove: (k: number) => void, drop: (c: Candidate) => boolean): void {
  for (let k = proposals.length - 1; k >= 0; k--) if (drop(proposals[k]!.cand)) remove(k);
}

const teamSport = (doc: ArticleDoc) => TEAM_SPORT_TITLE.test(doc.article.title ?? '');

/** A listed long organisation name written in full, replacing the names the model or the rules saw inside it. */
function longNameProposals({ doc, sentences, proposals, add, remove }: CueInput): void {
  for (const [start, end] of longOrganisationNames(doc.text)) {
    const cand = candidateAt(doc, sentences, start, end);
    // a name crossing the listed one's edge is left as the model or the rules read it
    if (!cand || proposals.some(({ cand: q }) => q.start < end && start < q.end && (q.start < start || q.end > end))) continue;
    removeProposals(proposals, remove, (q) => q.start >= start && q.end <= end);
    add({ cand, type: 'organization', fixed: true });
  }
}

/** The names of results rows, replacing what the model or the rules saw there (they read the row as a sentence). */
function rowProposals({ doc, sentences, proposals, fromModel, add, remove }: CueInput): Proposal[] {
  const rows = resultRowNames(doc.text, doc.article.title);
  // surnames of persons the model found in the prose, outside the rows ("Kamala Harris said" for "Trump 47 Harris 45")
  const inRow = (c: Candidate) => rows.some((r) => r.start < c.end && c.start < r.end);
  const proseSurnames = new Set(fromModel.filter((p) => p.type === 'person' && p.cand.tokens.length > 1 && !inRow(p.cand)).map((p) => p.cand.tokens.at(-1)!.text));
  // "Scottie Pippen 22 8 7": a side of two or more words the model calls a person, none of them a town ("PSV
  // Eindhoven", "Sheffield Wednesday" are teams), is a player
  const modelSaysPerson = (c: Candidate) => fromModel.some((p) => p.type === 'person' && p.cand.start === c.start && p.cand.end === c.end)
    && !c.tokens.some((t) => lookupPlace(t.text));
  const out: Proposal[] = [];
  for (const r of rows) {
    const cand = candidateAt(doc, sentences, r.start, r.end);
    if (!cand) continue;
    removeProposals(proposals, remove, (q) => q.start < r.end && r.start < q.end);
    // a side the article names as a person elsewhere ("Trump 47 Harris 45" under "Kamala Harris said") is that person
    const type = r.type === 'organization' && (cand.tokens.length === 1 ? proseSurnames.has(cand.text) : modelSaysPerson(cand)) ? 'person' : r.type;
    const p = { cand, type, fixed: true };
    add(p);
    out.push(p);
  }
  return out;
}

/**
 * In a team sport's copy, a name the model took for a person or a place that a team's cue governs: a role noun after
 * it ("Bayern coach", "Dortmund goalkeeper"), a score after it ("Juventus 2-1"), a match verb before it, over an
 * epithet ("beat champions Borussia Dortmund", "drew with Parma") or after it ("Bayern Munich beat …"). A country is its
 * national side (a place), a given name and a surname a player: both stay as they are.
 */
function teamCueProposals({ doc, sentences, proposals }: CueInput): Proposal[] {
  if (!teamSport(doc)) return [];
  const out: Proposal[] = [];
  for (const [k, p] of proposals.entries()) {
    if (p.fixed || (p.type !== 'person' && p.type !== 'place') || p.cand.tokens.length > 3) continue;
    const toks = sentences[p.cand.sentence]!;
    const first = p.cand.tokens[0]!.index, last = p.cand.tokens.at(-1)!.index;
    const word = (i: number) => toks[i]?.text ?? '';
    // a possessive takes a score only ("Milan's 2-1 win"): "Trapattoni's side" is the coach's
    const possessive = isPossessive(word(last + 1));
    const before = CLUB_EPITHETS.has(word(first - 1)) ? first - 2 : first - 1;
    const cue = (!possessive && TEAM_ROLE_NOUNS.has(word(last + 1))) || SCORE.test(word(possessive ? last + 2 : last + 1)) || MATCH_VERBS.has(word(last + 1)) || MATCH_VERBS.has(word(before))
      || (word(before) === 'with' && MATCH_VERBS.has(word(before - 1)));
    if (!cue) continue;
    const place = lookupPlace(p.cand.text);
    if (place?.kind === 'country' || (p.cand.tokens.length > 1 && GIVEN_NAMES.has(p.cand.tokens[0]!.text))) continue;
    proposals[k] = { ...p, type: 'organization', fixed: true };
    out.push(proposals[k]!);
  }
  return out;
}

/**
 * "the Dallas Cowboys beat the Philadelphia Eagles" … "for Dallas", "Cowboys coach Walt Maddox", "The Eagles closed": in a
 * team sport's copy, the town or the nickname of a team the story names in full (two words) is that team, except in a
 * dateline or after "in" (the town itself).
 */
function teamNamePartProposals({ doc, sentences, proposals, add }: CueInput): Proposal[] {
  if (!teamSport(doc)) return [];
  const parts = new Set<string>();
  for (const p of proposals) if (p.type === 'organization' && p.cand.tokens.length === 2) for (const t of p.cand.tokens) parts.add(t.text.toLowerCase());
  const out: Proposal[] = [];
  for (const [k, p] of proposals.entries()) {
    if (p.fixed || p.type === 'organization' || p.cand.tokens.length !== 1 || !parts.has(p.cand.text.toLowerCase())) continue;
    if (lookupPlace(p.cand.text)?.kind === 'country' || opensDateline(p.cand, doc.text) || afterLocative(p.cand, sentences)) continue;
    proposals[k] = { ...p, type: 'organization', fixed: true };
    out.push(proposals[k]!);
  }
  // the same words where the model proposed nothing ("The Eagles closed", "said Cowboys coach Walt Maddox")
  for (const toks of sentences) {
    for (const t of toks) {
      if (!startsUpper(t.text) || !parts.has(t.text.toLowerCase()) || proposalOver(proposals, t.start, t.end) || lookupPlace(t.text)?.kind === 'country') continue;
      const cand = candidateAt(doc, sentences, t.start, t.end);
      if (!cand || opensDateline(cand, doc.text) || afterLocative(cand, sentences)) continue;
      const p = { cand, type: 'organization' as const, fixed: true };
      add(p);
      out.push(p);
    }
  }
  return out;
}

/**
 * "9p", "14p", or a figure, a price unit and "to" ("1.40 marks to 58.20"): a boxer "lost 30 pounds before the fight",
 * a gambler "lost 12 rand on the bet".
 */
function priceFigure(figure: string, next: string, then: string): boolean {
  return /^\d[\d.,]*p$/.test(figure) || (/^\d[\d.,]*$/.test(figure) && PRICE_UNITS.has(next) && then === 'to');
}

/**
 * A name the model took for a person or a place that a market's cue governs: "shares in Pechiney", "a stake in
 * Lonza", "the takeover of Alusuisse", "Zeneca shares", "Glaxo's chief executive". A given name and a surname, or a
 * place the gazetteer knows, stay as they are.
 */
function companyCueProposals({ doc, sentences, proposals, add }: CueInput): Proposal[] {
  const out: Proposal[] = [];
  for (const [k, p] of proposals.entries()) {
    if (p.fixed || (p.type !== 'person' && p.type !== 'place') || p.cand.tokens.length > 4) continue;
    const toks = sentences[p.cand.sentence]!;
    const first = p.cand.tokens[0]!.index, last = p.cand.tokens.at(-1)!.index;
    const word = (i: number) => (toks[i]?.text ?? '').toLowerCase();
    const possessive = isPossessive(word(last + 1));
    const after = word(possessive ? last + 2 : last + 1), afterTwo = `${after} ${word(possessive ? last + 3 : last + 2)}`;
    const cue = COMPANY_CUES_BEFORE.has(`${word(first - 2)} ${word(first - 1)}`) || (!possessive && COMPANY_NOUNS_AFTER.has(after))
      || (possessive && (COMPANY_ROLES_AFTER.has(after) || COMPANY_ROLES_AFTER.has(afterTwo)))
      // "broker Hoare Pemberton", "distributor Pinnacle Spirits" (lower case: "Drinks group" yes, "Group Captain" no; a
      // name of two words or more: "power broker Mandelson", "the aircraft carrier Nimitz", "the bank Lagarde runs")
      || (COMPANY_KIND_BEFORE.has(word(first - 1)) && /^\p{Ll}/u.test(toks[first - 1]?.text ?? '') && p.cand.tokens.length >= 2)
      // "Mercia Midland gained 9p to 455p", "Halberg rose 1.40 marks to 58.20": a share price moving
      || (!possessive && PRICE_MOVE_VERBS.has(after) && priceFigure(word(last + 2), word(last + 3), word(last + 4)));
    if (!cue || GIVEN_NAMES.has(p.cand.tokens[0]!.text) || lookupPlace(p.cand.text)) continue;
    proposals[k] = { ...p, type: 'organization', fixed: true };
    out.push(proposals[k]!);
    // "developers Cheung Lok Holdings and Harbourview Land": the name joined to it by "and" is a company too (not by a
    // comma, an apposition as often: "A dealer at Barclays, Okonjo, said"; not a possessor: "Lonza and Okafor's company")
    const joined = word(last + 1) === 'and' ? toks[last + 2] : undefined;
    const j = joined ? proposals.findIndex((q) => q.cand.sentence === p.cand.sentence && q.cand.start === joined.start) : -1;
    const q = j >= 0 ? proposals[j]! : null;
    const qAfter = q ? word(q.cand.tokens.at(-1)!.index + 1) : '';
    if (q && !q.fixed && q.type !== 'organization' && q.cand.tokens.length <= 4 && !GIVEN_NAMES.has(q.cand.tokens[0]!.text) && !lookupPlace(q.cand.text)
      && !isPossessive(qAfter) && !SPEECH_VERBS.test(qAfter)) {
      proposals[j] = { ...q, type: 'organization', fixed: true };
      out.push(proposals[j]!);
    }
  }
  // a name the model missed right after such a cue ("the takeover of Alusuisse")
  for (const toks of sentences) {
    for (let i = 2; i < toks.length; i++) {
      // the capital first: the cue's two words are put together for the few tokens a name may start at (building
      // that string at every token was the annotator's largest allocation)
      if (!startsUpper(toks[i]!.text) || !COMPANY_CUES_BEFORE.has(`${toks[i - 2]!.text.toLowerCase()} ${toks[i - 1]!.text.toLowerCase()}`)) continue;
      let j = i + 1;
      while (j < toks.length && j - i < 4 && startsUpper(toks[j]!.text)) j++;
      if (proposalOver(proposals, toks[i]!.start, toks[j - 1]!.end)) continue;
      const cand = candidateAt(doc, sentences, toks[i]!.start, toks[j - 1]!.end);
      if (!cand || GIVEN_NAMES.has(cand.tokens[0]!.text) || lookupPlace(cand.text) || TIME_WORDS.has(cand.tokens[0]!.text.toLowerCase())) continue;
      const p = { cand, type: 'organization' as const, fixed: true };
      add(p);
      out.push(p);
    }
  }
  return out;
}

/** A name the model found that is a club of the text's sport (data/clubs): an organisation, except "in X". */
function clubProposals({ doc, sentences, proposals }: CueInput): Proposal[] {
  const clubs = clubsFor(doc.article.title);
  if (!clubs) return [];
  const out: Proposal[] = [];
  for (const [k, p] of proposals.entries()) {
    if (p.fixed || !clubs.has(p.cand.text)) continue;
    if (afterLocative(p.cand, sentences) || opensDateline(p.cand, doc.text)) continue;
    proposals[k] = { ...p, type: 'organization', fixed: true };
    out.push(proposals[k]!);
  }
  return out;
}

// (the character before, not a search back for the line's start: on a text of one long line that was quadratic)
const opensLine = (c: Candidate, text: string) => c.start === 0 || text[c.start - 1] === '\n';

/** The name opens a line's agency dateline ("ERIE, Pa. (AP) — ", "DES MOINES, Iowa (AP) — "). */
export const opensAgencyDateline = (c: Candidate, text: string) => opensLine(c, text) && DATELINE_AT.test(text.slice(c.start, c.start + 120));

/** The name opens a wire dateline ("NEW YORK 1996-12-15", "ERIE, Pa. (AP) — "): the town the story is filed from. */
function opensDateline(c: Candidate, text: string): boolean {
  if (!opensLine(c, text)) return false;
  const lineEnd = text.indexOf('\n', c.end);
  return /^(?:\s*,\s*[\p{L}. ]+)?\s+\d{4}-\d{2}-\d{2}\s*$/u.test(text.slice(c.end, lineEnd < 0 ? text.length : lineEnd)) || opensAgencyDateline(c, text);
}

/** A wire dateline's place in capitals, alone on its line before the filing date: "LEOPARDSTOWN , Ireland 1996-09-07". */
const CAPITALS_DATELINE = /^(\p{Lu}[\p{Lu}\p{N}.'’-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{N}.'’-]*){0,3})(?=(?:[ \t]*,[ \t]*([\p{L}. ]+?))?[ \t]+\d{4}-\d{2}-\d{2}[ \t]*$)/gmu;

/** Kinds of place a wire dateline names after the comma: "LEOPARDSTOWN , Ireland", "ST HELENS , England", "MIDLAND , Texas". */
const DATELINE_AREAS = new Set(['country', 'region', 'state']);

/**
 * The place a wire dateline opens with is a place, known to the gazetteer or not ("SPA-FRANCORCHAMPS", "ST HELENS"):
 * the country after its comma says so, whatever the model read in the capitals (a person, or "HELENS" a club). Its own
 * name only: the same words in the prose may be the town's club ("St Helens won the title"). A dateline of one known
 * city ("LONDON 1996-08-30") is left to the gazetteer and the model, which read it.
 */
function datelinePlaces({ doc, sentences, proposals, add, remove }: CueInput): void {
  for (const m of doc.text.matchAll(CAPITALS_DATELINE)) {
    // the country (or a nation of one, a state) after the comma says the line is a dateline: "ECONOMY 2024-05-01" is a
    // section label whatever town the gazetteer knows by that word, "JOHN SMITH , London 2024-05-01" a byline
    const after = m[2] ? lookupPlace(m[2]) : null;
    if (!after || !DATELINE_AREAS.has(after.kind)) continue;
    const cand = candidateAt(doc, sentences, m.index, m.index + m[1]!.length);
    if (!cand) continue;
    removeProposals(proposals, remove, (q) => q.start < cand.end && cand.start < q.end);
    add({ cand, type: 'place', fixed: true });
  }
}

/** The candidate for exactly the characters start..end, when they are whole tokens of one sentence; else null. */
function candidateAt(doc: ArticleDoc, sentences: Token[][], start: number, end: number): Candidate | null {
  const toks = sentences[sentenceIndexAt(doc.sentences, start)];
  if (!toks?.length || toks[0]!.start > start || toks[toks.length - 1]!.end < end) return null;
  const inside = toks.filter((t) => t.start >= start && t.end <= end);
  if (!inside.length || inside[0]!.start !== start || inside[inside.length - 1]!.end !== end) return null;
  return { tokens: inside, start, end, text: doc.text.slice(start, end), sentence: inside[0]!.sentence, initial: inside[0]!.index === 0, rolePrefix: [], honorific: false };
}
