// Definite descriptions that point back to one earlier person: "the Russian advisor" → Yuri Ushakov,
// "the Ukrainian" → Volodymyr Zelensky, "the president" when only one president is in play.
import type { Entity, Span } from '../../model/analysis.js';
import { DEMONYMS, TITLE_WORDS } from '../../lang/en/entities.js';
import { roleCountries } from './roles.js';
import { startsUpper, type Token } from './tokens.js';
import { DEMONYM_PERSON_NEXT } from '../../lang/en/entity-cues.js';
import { GENERIC_HEADS, ROLE_CONTINUES } from '../../lang/en/role-phrases.js';

/** `org`: a capitalised name modifying the head ("the UN chief", "the EU negotiator"). */
export interface Description { span: Span; country: string | null; head: string | null; org?: string }

const HEAD_SYNONYMS: Record<string, string> = { adviser: 'advisor', advisers: 'advisor', advisors: 'advisor', presidential: 'president' };
const headOf = (w: string) => { const l = w.toLowerCase(); return HEAD_SYNONYMS[l] ?? l.replace(/s$/, ''); };

/** Finds "the (Demonym)? (title)?" descriptions in tokenised sentences. */
export function findDescriptions(sentences: Token[][]): Description[] {
  const out: Description[] = [];
  for (const toks of sentences) {
    for (let i = 0; i < toks.length - 1; i++) {
      if (toks[i]!.text.length !== 3 || !/^the$/i.test(toks[i]!.text)) continue;
      let j = i + 1;
      let country: string | null = null;
      const dem = toks[j]!.text.toLowerCase();
      if (dem in DEMONYMS) { country = DEMONYMS[dem]!; j++; }
      // "the UN chief", "the Congress leader": a name modifying a lowercase title head
      let org: string | undefined;
      const modTok = toks[j], headTok = toks[j + 1];
      if (!country && modTok && headTok && /^\p{Lu}[\p{L}\-]*$/u.test(modTok.text) && TITLE_WORDS.has(headTok.text.toLowerCase()) && /^\p{Ll}/u.test(headTok.text)) { org = modTok.text; j++; }
      let head: string | null = null;
      const t = toks[j];
      if (t && TITLE_WORDS.has(t.text.toLowerCase()) && /^\p{Ll}/u.test(t.text) && !/s$/.test(t.text)) { head = headOf(t.text); j++; }
      if (!country && !head) continue;
      if (org && !head) continue;
      const next = toks[j];
      if (next && /^\p{Lu}/u.test(next.text)) continue; // "the Russian President Vladimir Putin": a name follows
      if (!head && next && !/^[,.;:!?”“"'’)]$/.test(next.text) && !DEMONYM_PERSON_NEXT.test(next.text)) continue; // "the Ukrainian forces"
      // a sentence-initial "The Chinese envoy struck ..." is a subject: the next word is its verb, whatever its form
      if (head && next && i > 0 && /^\p{Ll}/u.test(next.text) && !DEMONYM_PERSON_NEXT.test(next.text) && !ROLE_CONTINUES.test(next.text)) continue;
      out.push({ span: { start: toks[i + 1]!.start, end: toks[j - 1]!.end }, country, head, ...(org ? { org } : {}) });
    }
  }
  return out;
}

/** Organisations that stand for a country in roles ("the Kremlin's special representative"). */
const ORG_COUNTRIES: Record<string, string> = { kremlin: 'RU', pentagon: 'US', 'white house': 'US', downing: 'GB', elysee: 'FR' };

/** Countries an entity is tied to, read from its roles. */
export const entityCountries = (e: Entity) => new Set(e.roles.flatMap((r) => [
  ...roleCountries(r), ...Object.entries(ORG_COUNTRIES).filter(([k]) => r.toLowerCase().includes(k)).map(([, v]) => v)]));

/**
 * Soft nationality of people whose roles name no country: demonyms and countries in the sentences that
 * name them ("On the Ukrainian side, ... President Volodymyr Zelensky"). Used only when roles are silent.
 */
export function contextCountries(entities: Entity[], sentences: Token[][]): Map<Entity, Set<string>> {
  const out = new Map<Entity, Set<string>>();
  const countryOf = new Map<number, string>();
  for (const e of entities) if (e.type === 'place' && e.geo?.country) for (const m of e.mentions) countryOf.set(m.start, e.geo.country);
  // the sentences holding a mention, found by binary search over the (ordered, disjoint) token ranges
  const ranges = sentences.map((toks, i) => ({ i, start: toks[0]?.start ?? 0, end: toks[toks.length - 1]?.end ?? 0 })).filter((_, i) => sentences[i]!.length);
  const holding = (m: Span): number => {
    let lo = 0, hi = ranges.length - 1, at = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (ranges[mid]!.start <= m.start) { at = mid; lo = mid + 1; } else hi = mid - 1; }
    return at >= 0 && m.end <= ranges[at]!.end ? ranges[at]!.i : -1;
  };
  // a sentence's countries, in token order, read once however many people it names
  const inSentence = new Map<number, string[]>();
  const countriesIn = (si: number): string[] => {
    let found = inSentence.get(si);
    if (found) return found;
    found = [];
    for (const t of sentences[si]!) {
      const d = startsUpper(t.text) ? DEMONYMS[t.text.toLowerCase()] : undefined;
      if (d) found.push(d);
      const c = countryOf.get(t.start);
      if (c) found.push(c);
    }
    inSentence.set(si, found);
    return found;
  };
  for (const e of entities) {
    if (e.type !== 'person' || entityCountries(e).size) continue;
    const set = new Set<string>();
    const named = [...new Set(e.mentions.map(holding).filter((i) => i >= 0))].sort((a, b) => a - b);
    for (const si of named) for (const c of countriesIn(si)) set.add(c);
    out.set(e, set);
  }
  return out;
}
const hasHead = (e: Entity, head: string) => e.roles.some((r) => r.toLowerCase().split(/[\s’']+/).some((w) => headOf(w) === head));

/** The one earlier person a description denotes, or null when none or several fit. */
export function resolveAgainst(entities: Entity[], d: Description, sentenceStartOf: (o: number) => number,
  soft: Map<Entity, Set<string>> = new Map()): Entity | null {
  const countries = (e: Entity) => { const hard = entityCountries(e); return hard.size ? hard : soft.get(e) ?? hard; };
  const earlier = entities.filter((e) => e.type === 'person' && e.mentions.some((m) => m.end <= d.span.start));
  if (d.org) return byOrg(earlier, d.org, d.head);
  let fit = earlier.filter((e) => {
    if (d.head && !hasHead(e, d.head)) return false;
    if (d.country) { const cs = countries(e); return cs.size === 0 ? !!d.head : cs.has(d.country); }
    return true;
  });
  // Prefer those whose nationality is stated over those merely not contradicting it.
  if (d.country && fit.length > 1) { const sure = fit.filter((e) => countries(e).has(d.country!)); if (sure.length) fit = sure; }
  if (fit.length === 1) return fit[0]!;
  // "the Chinese envoy" for the one Chinese official named before, whose own title differs ("Vice Premier")
  if (!fit.length && d.head && d.country) {
    const same = earlier.filter((e) => entityCountries(e).has(d.country!) && e.roles.length);
    if (same.length === 1) return same[0]!;
  }
  if (fit.length > 1 && d.head) {
    // "the president" with several presidents: the one named in this or the previous sentence, if unique.
    const near = sentenceStartOf(d.span.start);
    const recent = fit.filter((e) => e.mentions.some((m) => m.end <= d.span.start && m.start >= near));
    if (recent.length === 1) return recent[0]!;
  }
  return null;
}

/**
 * "the EU negotiator", "the UN chief": the one earlier person whose role names the organisation and has the
 * head word; for a generic head, the one person whose role names the organisation ("UN Secretary-General").
 */
function byOrg(earlier: Entity[], org: string, head: string | null): Entity | null {
  const names = (e: Entity) => e.roles.some((r) => r.split(/[\s’']+/).includes(org));
  const withOrg = earlier.filter(names);
  const fit = head ? withOrg.filter((e) => hasHead(e, head)) : withOrg;
  if (fit.length === 1) return fit[0]!;
  if (!fit.length && head && GENERIC_HEADS.has(head) && withOrg.length === 1) return withOrg[0]!;
  return null;
}
