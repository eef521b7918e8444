// Names in results tables: the rows of wire sports copy ("Arsenal 2 Sheffield Wednesday 0", "Newcastle 9 7 1 1 17 7
// 22", "Wimbledon v Chelsea", "M. Atherton c Inzamam-ul-Haq b Mushtaq Ahmed 31", "135 Ernie Els (South Africa) 68 67",
// "Todd Martin (U.S.) beat Goran Ivanisevic (Croatia) 7-5 6-2"). No training corpus holds such rows, and the name
// model reads them as sentences: it types the clubs as the towns they are named after ("Leeds" a place), splits
// "Sheffield Wednesday", and misses players after a figure. A row's shape says what each name is, as wire-news
// annotation marks it: a team is an organisation (a country's national team is the country, a place), a player is a
// person, a country in brackets after a player is a place. Only whole lines that are rows are read, and only in a
// text with at least two of them, so prose is never touched.
import type { EntityType } from '../../model/analysis.js';
import { GIVEN_NAMES, NAME_CONNECTORS, TITLE_WORDS } from '../../lang/en/entities.js';
import { DISMISSAL_WORDS, FIXTURE_WORDS, NATIONAL_TEAM_REGIONS, RESULT_VERBS, ROW_LABELS, SCORER_NOTES, SPORT_LABELS, SPORT_WORDS, VENUE_PREPOSITIONS } from '../../lang/en/results-tables.js';
import { ORDINAL_SUFFIX_PATTERN } from '../../lang/en/numbers.js';
import { lookupPlace } from '../shared/places.js';

export interface RowName { start: number; end: number; type: EntityType }

/** The least number of rows a text must hold before any is read: one score-shaped line alone may be anything. */
const MIN_ROWS = 2;
/** Longer lines are prose or data dumps, not rows. */
const MAX_ROW_CHARS = 200;

// A line's words, brackets and punctuation; "36,100", "14-3-41-1" and "4:41:12" stay one figure.
const LINE_TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?::\d+)+\.?|[()[\],;:]|[^\s()[\],;:]+/gu;
const FIGURE = new RegExp(String.raw`^[-+]?(?:\d+(?:[-:/.]\d+)*|\.\d+)${ORDINAL_SUFFIX_PATTERN}?%?\.?$|^\d{1,3}(?:,\d{3})+$`, 'u');
const CAPITALISED = /^\p{Lu}/u;

interface Item { code: string; start: number; end: number; text: string }

/**
 * The line as a string of one letter per item, for patterns over its shape: N a name (a run of capitalised words,
 * with connectors such as "de" inside), F a figure, D a lone dash, B a row label, V a fixture word, R a result verb,
 * K a cricket dismissal word, S a scorer note, L any other lower-case word, and ( ) , : ; . as themselves.
 */
function itemsOf(line: string, offset: number): Item[] {
  const raw = [...line.matchAll(LINE_TOKEN)].map((m) => ({ text: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length }));
  const items: Item[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const prev = items[items.length - 1];
    const cap = CAPITALISED.test(t.text) && !FIGURE.test(t.text);
    // "In Rome : Italy 3 Georgia 0": a preposition opening the line introduces the venue
    if (i === 0 && cap && VENUE_PREPOSITIONS.has(t.text)) { items.push({ code: 'P', ...t }); continue; }
    if (cap && ROW_LABELS.has(t.text.replace(/[.:]$/, ''))) { items.push({ code: 'B', ...t }); continue; }
    if (cap) {
      // a capitalised word continues the name before it, directly or over a connector ("Ronald de Boer")
      if (prev?.code === 'N' && raw[i - 1] && (raw[i - 1]!.end === prev.end)) { prev.end = t.end; prev.text += ` ${t.text}`; continue; }
      items.push({ code: 'N', ...t });
      continue;
    }
    const next = raw[i + 1];
    if (prev?.code === 'N' && NAME_CONNECTORS.has(t.text) && next && CAPITALISED.test(next.text)) { prev.end = t.end; prev.text += ` ${t.text}`; continue; }
    const code = FIGURE.test(t.text) ? 'F' : t.text === '-' || t.text === '–' ? 'D' : /^[(),;:.]$/.test(t.text) ? t.text
      : FIXTURE_WORDS.has(t.text) ? 'V' : RESULT_VERBS.has(t.text) ? 'R' : isDismissal(t.text, prev) ? 'K'
      : SCORER_NOTES.has(t.text) ? 'S' : 'L';
    items.push({ code, ...t });
  }
  return items;
}

/** A cricket dismissal word; "and" only in "c and b" ("Marks and Spencer 412" is no batting row). */
const isDismissal = (word: string, prev: Item | undefined) => DISMISSAL_WORDS.has(word) && (word !== 'and' || prev?.text === 'c');

// A team or player, with an optional country in brackets: "Ernie Els ( South Africa )".
const SIDE = String.raw`N(?:\(N\))?`;
// Scorers in brackets after a score: "( Shearer 34 , Ferdinand 60 )", "( Van Gastel 55 penalty )".
const SCORERS = String.raw`\((?=[^)]*N)[NFS,]+\)`;
// An innings' batsmen and bowlers in brackets: "( Sanath Jayasuriya 88 , Arjuna Ranatunga 34 not out ; Shane Warne 2-44 )".
const INNINGS = String.raw`\((?=[^)]*N)[NFSK,;]+\)`;
// One side's innings: "Surrey 350 ( … ) and 120-3", "Essex 410-8 declared ( … )", "Warwickshire 96-2".
const INNING = String.raw`${SIDE}F(?:[LK]*${INNINGS}(?:[LK]+F[LK]*)?|(?:[LK]+F)?[LK]*)`;
// A venue before the row ("In Rome :"), and a note in brackets after it ("( 10 innings )", "( aet )").
const VENUE = String.raw`(?:PN:?)?`;
const NOTE = String.raw`(?:\([FLB]+\))?`;
/** Row shapes, each with what its names are: teams, players, or players whose rank or total comes first. */
const ROWS: Array<{ shape: RegExp; names: 'teams' | 'players' | 'ranked' | 'roster' }> = [
  // "Arsenal 2 Sheffield Wednesday 0", with scorers and notes after: "… Tottenham 0 . Halftime 1-0"
  { shape: new RegExp(String.raw`^${VENUE}${SIDE}F(?:${SCORERS})?${SIDE}F(?:${SCORERS})?${NOTE}(?:[.;].*)?$`), names: 'teams' },
  // "Wimbledon v Chelsea", "At Hove : Sussex v Hampshire - no play , rain ."
  { shape: new RegExp(String.raw`^${VENUE}${SIDE}V${SIDE}(?:D[^N]*)?\.?$`), names: 'teams' },
  // "Newcastle 9 7 1 1 17 7 22", "NEW YORK 74 55 .573 -"
  { shape: new RegExp(String.raw`^${SIDE}[FD]{3,}$`), names: 'teams' },
  // "Pakistan 285 ( Saeed Anwar 72 , Ijaz Ahmed 55 )", "Sri Lanka 264-6 in 50 overs ( Sanath Jayasuriya 88 , Arjuna
  // Ranatunga 34 not out ; Shane Warne 2-44 )"
  { shape: new RegExp(String.raw`^${SIDE}F[LK]*(?:F[LK]*)?${INNINGS}$`), names: 'teams' },
  // a county match at close of play: "At The Oval : Surrey 350 ( A. Stewart 112 ; M. McCague 4-88 ) and 120-3 ; Kent 280 ."
  { shape: new RegExp(String.raw`^${VENUE}${INNING}(?:;${INNING})+\.?$`), names: 'teams' },
  // "1 - Thomas Muster ( Austria ) beat Wayne Ferreira ( South Africa ) 6-4 7-6 ( 7-3 )"
  { shape: new RegExp(String.raw`^(?:FD)?${SIDE}R(?:FD)?${SIDE}(?:F|\(F\))*$`), names: 'players' },
  // "M. Atherton c Inzamam-ul-Haq b Mushtaq Ahmed 31", "G. Thorpe not out 54"
  // (written so that no two ways of matching exist: a nested quantifier here backtracked exponentially)
  { shape: /^NK(?:K|N(?!N))*F$/, names: 'players' },
  // "Bowling : Wasim Akram 14-3-41-1 , Waqar Younis 12-2-38-1"
  { shape: /^B:?(?:NF+,?)+$/, names: 'players' },
  // a cabinet or squad list: "Foreign Affairs - Adrian Severin ( USD )", "Industry and Trade - Calin Popescu-Tariceanu ( CDR )"
  { shape: /^[NLBK]+DN\(N\)$/, names: 'roster' },
  // "135 Ernie Els ( South Africa ) 68 67 , Paul Broadhurst 70 65", "1. Donovan Bailey ( Canada ) 9.92 seconds",
  // "2. Fernando Escartin (Spain) Kelme same time": a rider's team after the country (the extractor may have taken
  // the rank off as a list marker)
  { shape: new RegExp(String.raw`^F?${SIDE}N?[FLS]+(?:,${SIDE}N?[FLS]+)*$`), names: 'ranked' },
];

/** A name's first word is a given name or an initial ("M. Atherton"): a player, in a table that could list teams. */
const personLike = (name: string) => { const w = name.split(' '); return w.length >= 2 && (GIVEN_NAMES.has(w[0]!) || /^\p{Lu}\.$/u.test(w[0]!)); };
/** A national team is named by its country, or by one of the countries of the UK ("England 2 2 0 0 5 0 6"). */
const countryOf = (name: string) => { const p = lookupPlace(name); return p?.kind === 'country' || p && NATIONAL_TEAM_REGIONS.has(p.name) ? p : null; };

/** A score, a count or a rate of a table ("2", "17", ".573", "1-0"): phone numbers, years and prices are not. */
const TABLE_FIGURE = /^(?:\d{1,3}|\d?\.\d{1,3}|\d{1,3}-\d{1,3}|\d\/\d)\.?$/;

function rowNames(items: Item[], sports: boolean): RowName[] | null {
  const shape = items.map((i) => i.code).join('');
  const row = ROWS.find((r) => r.shape.test(shape));
  if (!row) return null;
  // how many brackets are open at each item (a scorer list, an innings)
  let open = 0;
  const depth = items.map((i) => (open += i.code === '(' ? 1 : i.code === ')' ? -1 : 0));
  // the notes start at the first full stop outside brackets (a semicolon parts two innings: "Surrey 350 ( … ; … ) ;
  // Kent 280")
  const noteAt = items.findIndex((i, k) => depth[k] === 0 && i.code === '.');
  // a team's figures are small: "Tel 020 7946 0000" and "Windows 2000 Office 2003" are no rows (notes after a
  // full stop, "Attendance 36,100", may hold any figure)
  if (row.names === 'teams' && items.slice(0, noteAt < 0 ? items.length : noteAt).some((i) => i.code === 'F' && !TABLE_FIGURE.test(i.text))) return null;
  // a dateline ("LAS VEGAS 1996-08-30") is no row
  if (items.some((i) => i.code === 'F' && /^\d{4}-\d{2}-\d{2}$/.test(i.text))) return null;
  const out: RowName[] = [];
  const holder = row.names === 'roster' ? rosterHolder(items) : -1;
  const teams: string[] = [];
  items.forEach((it, k) => {
    if (it.code !== 'N') return;
    // a note after the row's full stop is free text ("… . Referee Mike Reed .", "… . Manager Joe Kinnear said …"),
    // except a team of the row named again, whole or by its first word ("… . Aggregate 0-3 . Hamburg qualify .")
    if (noteAt >= 0 && k > noteAt) {
      if (teams.some((t) => t === it.text || t.startsWith(`${it.text} `))) out.push({ start: it.start, end: it.end, type: 'organization' });
      return;
    }
    const span = { start: it.start, end: it.end };
    // "At The Oval :": whatever the gazetteer knows, the venue of a row is a place
    if (items[k - 1]?.code === 'P') { out.push({ ...span, type: 'place' }); return; }
    // the name in brackets right after a side's name is its country (in a roster, a party's initials)
    if (items[k - 1]?.code === '(' && items[k + 1]?.code === ')' && items[k - 2]?.code === 'N') {
      if (lookupPlace(it.text)) out.push({ ...span, type: 'place' });
      else if (row.names === 'roster' && /^\p{Lu}{2,6}$/u.test(it.text)) out.push({ ...span, type: 'organization' });
      return;
    }
    if (row.names === 'roster') { if (k === holder) out.push({ ...span, type: 'person' }); return; }
    // a country is its national side in any row ("Argentina beat Netherlands 4-2")
    if (countryOf(it.text) && row.names !== 'ranked') { out.push({ ...span, type: 'place' }); return; }
    // inside scorer brackets: players
    const inside = depth[k]! > 0;
    // a name with a country in brackets after it is a player when it reads as a person's ("Ernie Els ( South Africa )";
    // "Samsung ( South Korea ) 20.8 percent" is left to the recogniser)
    const bracketCountry = items[k + 1]?.code === '(' && items[k + 2]?.code === 'N' && items[k + 3]?.code === ')' && it.text.includes(' ');
    if (inside || bracketCountry || row.names === 'players') { out.push({ ...span, type: 'person' }); return; }
    if (row.names === 'ranked') {
      // after a player and the country in brackets: the player's team
      if (items[k - 1]?.code === ')' && items[k - 3]?.code === '(' && items[k - 4]?.code === 'N') out.push({ ...span, type: 'organization' });
      else if (personLike(it.text)) out.push({ ...span, type: 'person' });
      return;
    }
    // a side that reads as a person's name ("Michael Jordan 34 6 5", "Greg Norman 68 67 66") is a player; outside
    // sports copy a state or region is the place ("Pennsylvania 19 Michigan 15", "Lombardy 112 6 23"), in it the team
    // ("Essex 410-8 declared", "FLORIDA 62 69 .473": the Marlins)
    const person = personLike(it.text);
    const region = !person && !sports && lookupPlace(it.text)?.kind === 'state';
    if (!person && !region) teams.push(it.text);
    out.push({ ...span, type: person ? 'person' : region ? 'place' : 'organization' });
  });
  return out;
}

/**
 * Which name of a roster row holds the office: "Finance - Mircea Ciumara ( CDR )" or "Mircea Ciumara - Finance
 * ( CDR )". The holder is the side of two or more words with no title word ("Majority Leader", "Prime Minister" are
 * offices); when both sides could be, the one opening with a given name; else none (-1).
 */
function rosterHolder(items: Item[]): number {
  const dash = items.findIndex((i) => i.code === 'D');
  const sides = [items.slice(0, dash), items.slice(dash + 1, dash + 2)].map((side, n) => {
    const names = side.filter((i) => i.code === 'N');
    const only = side.length === 1 && names.length === 1 ? names[0]! : null;
    const ok = !!only && only.text.includes(' ') && !only.text.split(' ').some((w) => TITLE_WORDS.has(w.toLowerCase()));
    return { at: ok ? (n === 0 ? 0 : dash + 1) : -1, given: !!only && personLike(only.text) };
  });
  const [a, b] = sides as [{ at: number; given: boolean }, { at: number; given: boolean }];
  if (a.at >= 0 && b.at >= 0) return a.given === b.given ? -1 : a.given ? a.at : b.at;
  return a.at >= 0 ? a.at : b.at;
}

/** Every row holds a figure, a fixture word or a roster's dash before brackets: other lines are not parsed. */
const ROW_HINT = /\d|\s[vV]s?\.?\s|\s[-–]\s.*\(/;

const SPORT_TITLE = new RegExp(`^(?:${SPORT_LABELS.join('|')})\\b`, 'i');
const SPORT_TEXT = new RegExp(`\\b(?:${SPORT_WORDS.join('|')})\\b`, 'i');

/**
 * The names of every results row in `text` (see the file comment), or none when fewer than MIN_ROWS lines are rows.
 * `title`: the article's headline, whose sport label ("CRICKET - …") says the rows are sport's.
 */
export function resultRowNames(text: string, title: string | null = null): RowName[] {
  const sports = SPORT_TITLE.test(title ?? '') || SPORT_TEXT.test(text);
  const rows: RowName[][] = [];
  let scored = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start <= MAX_ROW_CHARS && ROW_HINT.test(text.slice(start, end))) {
      const items = itemsOf(text.slice(start, end), start);
      const names = rowNames(items, sports);
      if (names?.length) { rows.push(names); if (!items.some((i) => i.code === 'V')) scored++; }
    }
    start = end + 1;
  }
  // lines of "A v B" alone are a list of anything ("Roe v. Wade", "Godzilla vs Kong"): fixtures count only in a text
  // with results rows of another shape
  return rows.length >= MIN_ROWS && scored > 0 ? rows.flat() : [];
}
