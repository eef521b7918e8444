// One entity per referent: places by gazetteer entry, people by surname ("Putin" → "Vladimir Putin"),
// organisations by name without legal suffix and by acronym ("EU" → "European Union").
import type { Entity, EntityType, Geo, Span } from '../../model/analysis.js';
import type { Candidate } from './candidates.js';
import { foldName, namesCountry, type Place } from '../shared/places.js';
import { LEGAL_SUFFIXES } from '../../lang/en/entities.js';
import { ACRONYM_NAMES, orgSpelling } from '../../lang/en/name-keys.js';
import type { Typed } from './typing.js';
import { escapeRegExp } from '../shared/regexp.js';
import { boundedMemo } from '../../model/memo.js';

/** `outerRole`: a second role apposed before the first ("The Qatari mediator, Minister of State X"). */
export interface Mention { cand: Candidate; typed: Typed; role: string | null; plural: boolean; outerRole?: string | null }

export interface Cluster {
  mentions: Mention[];
  type: EntityType;
  strength: number;
  geo: Geo | null;
  names: string[];
  roles: string[];
  first: number;
}

// a company's legal suffix, dropped from its merge key ("Ford Motor Co." and "Ford Motor" are one organisation)
const SUFFIX = new RegExp(` (${[...new Set([...LEGAL_SUFFIXES].map((w) => escapeRegExp(w.toLowerCase().replace(/\.$/, ''))))].join('|')})\\.?$`);
const orgKey = (s: string) => foldName(s).replace(SUFFIX, '');
/** A name written as an acronym: two to six capitals ("EU", "NATO"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
const initials = (c: Candidate) => c.tokens.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text[0]).join('');
// Each single word is compared with the words of every name held so far: a name is split once (callers only read it).
const nameWords = boundedMemo((n: string) => n.split(/\s+/), 20_000);

function keyOf(m: Mention): string {
  if (m.typed.place) return `place:${m.typed.place.key}`;
  return `name:${orgKey(m.cand.text)}`;
}

function add(cl: Cluster, m: Mention) {
  cl.mentions.push(m);
  if (m.typed.strength > cl.strength) { cl.type = m.typed.type; cl.strength = m.typed.strength; }
  if (!cl.geo && m.typed.place && cl.type === 'place') cl.geo = m.typed.place.geo;
  if (!cl.names.includes(m.cand.text)) cl.names.push(m.cand.text);
  for (const r of [m.role, m.outerRole]) if (r && !cl.roles.some((x) => x.toLowerCase() === r.toLowerCase())) cl.roles.push(r);
}

export function cluster(mentions: Mention[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  const initialsKnown = new Map<Candidate, string>();
  const initialsOf = (c: Candidate) => { let s = initialsKnown.get(c); if (s === undefined) initialsKnown.set(c, s = initials(c)); return s; };
  const newCluster = (m: Mention) => {
    const cl: Cluster = { mentions: [], type: m.typed.type, strength: -1, geo: null, names: [], roles: [], first: m.cand.start };
    clusters.push(cl);
    return cl;
  };
  // Pass 1: multi-word names and strongly typed single words; pass 2: the rest attach to a surname or acronym.
  const multi = (m: Mention) => m.cand.tokens.length > 1 || m.typed.place !== null || m.typed.strength >= 2;
  for (const m of mentions.filter(multi)) {
    const k = keyOf(m);
    let cl = byKey.get(k);
    if (!cl) { cl = newCluster(m); byKey.set(k, cl); }
    add(cl, m);
  }
  for (const m of mentions.filter((x) => !multi(x))) {
    const k = keyOf(m);
    const word = m.cand.text;
    let cl = byKey.get(k)
      ?? pick(clusters.filter((c) => c.type === 'person' && c.names.some((n) => nameWords(n).slice(1).includes(word))), m.cand.start)
      ?? (m.typed.type === 'person' ? salient(clusters.filter((c) => c.type === 'person' && c.names.some((n) => n.includes(' ') && nameWords(n)[0] === word))) : undefined)
      ?? firstNameOf(clusters, m)
      ?? pick(clusters.filter((c) => c.type === 'organization' && c.mentions.some((x) => x.cand.tokens.length > 1 && initialsOf(x.cand) === word)), m.cand.start)
      ?? pick(clusters.filter((c) => c.type === 'organization' && c.names.some((n) => nameWords(n)[0] === word && nameWords(n).length > 1)), m.cand.start);
    if (!cl) { cl = newCluster(m); byKey.set(k, cl); }
    add(cl, m);
  }
  // A person's full name may come after the surname alone; fold such single-word clusters in too.
  for (const p of clusters.filter((c) => c.type === 'person' && c.names.some((n) => n.includes(' ')))) {
    for (const c of clusters) {
      if (c === p || c.mentions.length === 0 || c.strength >= 3 && c.type !== 'person') continue;
      if (c.names.every((n) => !n.includes(' ') && p.names.some((pn) => nameWords(pn).slice(1).includes(n)))) {
        for (const m of c.mentions) add(p, m);
        c.mentions = [];
      }
    }
  }
  // An acronym typed on its own strength ("EU", a known organisation) took a cluster in pass 1, apart from the full name
  // it stands for in the same article ("European Union"): a listed acronym (one reading in news: src/lang/en/name-keys.ts)
  // joins the organisation of that name. "AP" beside "Alliance Party" is as often the Associated Press: not listed.
  for (const c of clusters) {
    if (c.type !== 'organization' || !c.mentions.length || !c.names.every((n) => ACRONYM.test(n))) continue;
    // either spelling of the full name: "World Health Organization" and "Organisation"
    const stands = new Set(c.names.map((n) => ACRONYM_NAMES[n]).filter((n): n is string => !!n).map((n) => orgSpelling(orgKey(n))));
    const full = stands.size ? clusters.filter((o) => o !== c && o.type === 'organization' && o.names.some((n) => stands.has(orgSpelling(orgKey(n))))) : [];
    if (full.length !== 1) continue;
    for (const m of c.mentions) add(full[0]!, m);
    c.mentions = [];
  }
  const firstAt = new Map(clusters.map((c) => [c, Math.min(...c.mentions.map((m) => m.cand.start))]));
  return clusters.filter((c) => c.mentions.length > 0).sort((a, b) => firstAt.get(a)! - firstAt.get(b)!);
}

/**
 * Some naming customs refer to people by the first name after the full name ("Abiy Ahmed" → "Abiy",
 * "Gedion Timothewos" → "Gedion"): an untyped single word that opens exactly one full name seen before it.
 */
function firstNameOf(clusters: Cluster[], m: Mention): Cluster | undefined {
  if (m.typed.strength > 1 || m.typed.place) return undefined;
  const word = m.cand.text;
  const hits = clusters.filter((c) => c.type === 'person' && c.first < m.cand.start && c.names.some((n) => n.includes(' ') && nameWords(n)[0] === word));
  return hits.length === 1 ? hits[0] : undefined;
}

/** For a lone given name shared by several people, the one mentioned most (the article's protagonist). */
function salient(cands: Cluster[]): Cluster | undefined {
  return [...cands].sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

/** The nearest cluster before the offset when several match (two people sharing a surname). */
function pick(cands: Cluster[], at: number): Cluster | undefined {
  if (cands.length <= 1) return cands[0];
  const lastBefore = (c: Cluster) => Math.max(-1, ...c.mentions.map((m) => m.cand.start).filter((s) => s < at));
  return [...cands].sort((a, b) => lastBefore(b) - lastBefore(a))[0];
}

/**
 * A place's name: a country goes by the gazetteer's name ("U.S.", "US" and "America" are all "United States"), so that
 * every article names it alike and the store links them (the forms the article used stay as aliases); any other place
 * as the article writes it in running text.
 */
function placeName(names: string[], place: Place): string {
  return namesCountry(names[0]!, place) ? place.name : unshouted(names);
}

/** A place's name as the article writes it in running text: a dateline's "WASHINGTON" is "Washington" when the body
 * writes it so, else its words in title case ("NEW YORK" → "New York"); a short all-capital name ("UAE") stays. */
function unshouted(names: string[]): string {
  const first = names[0]!;
  if (!/^[^\p{Ll}]*$/u.test(first) || first.replace(/[^\p{L}]/gu, '').length < 5) return first;
  const key = foldName(first);
  return names.find((n) => /\p{Ll}/u.test(n) && foldName(n) === key)
    ?? first.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

export function toEntity(cl: Cluster, id: string, extra: Span[]): Entity {
  const place = cl.type === 'place' ? cl.mentions[0]?.typed.place ?? null : null;
  const full = cl.type === 'person' ? cl.names.reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a))
    : place ? placeName(cl.names, place) : cl.type === 'place' ? unshouted(cl.names) : cl.names[0]!;
  const spans = [...cl.mentions.map((m) => ({ start: m.cand.start, end: m.cand.end })), ...extra].sort((a, b) => a.start - b.start);
  const aliases = cl.names.filter((n) => n !== full);
  if (cl.type === 'person') {
    const parts = full.split(/\s+/);
    const surname = parts[parts.length - 1]!;
    if (parts.length > 1 && !aliases.includes(surname)) aliases.push(surname);
  }
  if (place) {
    const canonical = place.name;
    if (canonical !== full && !aliases.includes(canonical) && !canonical.includes(',')) aliases.push(canonical);
  }
  return { id, name: full, type: cl.type, roles: cl.roles, aliases, mentions: spans, geo: cl.type === 'place' ? cl.geo : null };
}
