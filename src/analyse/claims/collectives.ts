// Collective actors named by a common noun ("the army demanded", "the government rejected the claim",
// "a claim the opposition denied"): the claims contract needs an entity id for every claimant and
// disputer, and the entities layer only finds names. This annotator runs after it and adds each such
// group as an organization entity named by its phrase, qualified when the article qualifies it
// ("Sudan's army", "the Sudanese army"). A bare "the army" joins the latest qualified group with that
// head before it, else one bare entity per head. "The company" / "the firm" is a back-reference to the
// latest named organisation, so it becomes a mention of that entity instead. A generic organisation
// name owned by two sides is split by owner (`splitByPossessor`).
import type { Annotator, ArticleDoc } from '../document.js';
import type { Entity } from '../../model/analysis.js';
import { BACK_REFERENCE, DETERMINER_WORD, HEADS, KIND_OF, LEVEL_WORDS, MODIFIER, ROLE_AFTER } from '../../lang/en/collectives.js';

// Group 1: "Sudan's " / "Venezuela’s " qualifier; group 2: a capitalised adjective after "the" ("the
// Sudanese army"); group 3: up to two lower-case modifiers; group 4: the head (the last head word wins:
// "the opposition alliance" is an alliance). Without a qualifier a determiner is required ("the army"):
// "opposition militants" and "Opposition leader X" are modifiers, not actors.
const GROUP = new RegExp(
  `(?:\\b(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})['’]s\\s+|\\b[Tt]he\\s+(?:(\\p{Lu}[\\p{L}-]*)\\s+)?)((?:${MODIFIER}){0,2})(${HEADS})\\b`,
  'gu');

/** A name that is a head noun alone, capitalised by house style ("The Government said", "the Federal Government"). */
const UNQUALIFIED_NAME = new RegExp(`^(?:(?:${LEVEL_WORDS})\\s+)?(?:${HEADS})$`, 'i');

/** Whether the organisation `name` can be called "the <head>": its name holds the head noun, or it is of that kind. */
const fitsHead = (head: string, name: string) => /^(?:company|firm)$/.test(head)
  || new RegExp(`\\b${head}\\b`, 'i').test(name) || !!KIND_OF[head]?.test(name);

interface Span { start: number; end: number }

/** Whether `s` overlaps a span of `spans` (sorted by start; found names rarely nest, so the nearest few decide). */
function covered(spans: Span[], s: Span): boolean {
  let lo = 0, hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid].start < s.end) lo = mid + 1; else hi = mid; }
  for (let j = lo - 1; j >= 0 && j >= lo - 4; j--) if (spans[j].end > s.start) return true;
  return false;
}

export function addCollectiveActors(doc: ArticleDoc): void {
  // a found organisation named by a head noun alone is as generic as "the government" written in lower case
  for (const e of doc.entities) if (e.type === 'organization' && UNQUALIFIED_NAME.test(e.name)) e.generic = true;
  const taken: Span[] = doc.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  let n = 0;
  const made = new Map<string, Entity>();
  const latestQualified = new Map<string, Entity>();
  // Unqualified ("the government", "the current government"), the group is this article's own: which government
  // is not said, so the store does not link it to other articles' (`generic`).
  const add = (name: string, head: string, span: Span, qualified: boolean): Entity => {
    const key = name.toLowerCase();
    let e = made.get(key);
    if (!e) {
      e = { id: `ec${++n}`, name, type: 'organization', roles: [], aliases: name === head ? [] : [head], mentions: [], geo: null, ...(qualified ? {} : { generic: true as const }) };
      made.set(key, e);
      doc.entities.push(e);
    }
    e.mentions.push(span);
    return e;
  };
  GROUP.lastIndex = 0;
  for (let m = GROUP.exec(doc.text); m; m = GROUP.exec(doc.text)) {
    const head = m[4].toLowerCase();
    const phrase = `${m[3]}${m[4]}`;
    const end = m.index + m[0].length;
    if (ROLE_AFTER.test(doc.text.slice(end, end + 16))) continue;
    const span = { start: end - phrase.length, end };
    // A head already inside a found name ("Sudanese Armed Forces", "Interior Ministry") is that entity's.
    if (covered(taken, span)) continue;
    const qualifier = m[1] ?? m[2];
    if (qualifier && !DETERMINER_WORD.test(qualifier)) {
      latestQualified.set(head, add(`${qualifier}${m[1] ? "'s" : ''} ${phrase}`, m[3] ? phrase : head, span, true));
    } else {
      const q = latestQualified.get(head);
      if (q) q.mentions.push(span); else add(phrase, head, span, false);
    }
  }
  // "the company" → the latest organisation named before it (not a collective made above); "the fund",
  // "the alliance" → the latest one whose name holds that noun or that is of that kind (the IMF, NATO).
  const orgs = doc.entities.filter((e) => e.type === 'organization' && !made.has(e.name.toLowerCase()))
    .flatMap((e) => e.mentions.map((s) => ({ e, start: s.start }))).sort((a, b) => a.start - b.start);
  BACK_REFERENCE.lastIndex = 0;
  for (let m = BACK_REFERENCE.exec(doc.text); m; m = BACK_REFERENCE.exec(doc.text)) {
    const head = m[1].toLowerCase();
    const span = { start: m.index + m[0].length - m[1].length, end: m.index + m[0].length };
    if (covered(taken, span) || made.has(head)) continue;
    const target = [...orgs].reverse().find((o) => o.start < m!.index && fitsHead(head, o.e.name));
    if (target) { target.e.mentions.push(span); target.e.mentions.sort((a, b) => a.start - b.start); }
  }
}

const POSSESSOR = /(\p{Lu}[\p{L}-]*)['’]s\s+$/u;

/**
 * One generic name owned by two sides ("Azerbaijan's Defence Ministry … Armenia's Defence Ministry")
 * is two actors: when an organisation's mentions carry two or more different possessors, each
 * possessed mention goes to "<possessor>'s <name>" (the entity keeps the first possessor's).
 */
export function splitByPossessor(doc: ArticleDoc): void {
  for (const e of [...doc.entities]) {
    if (e.type !== 'organization') continue;
    const owned = e.mentions.map((m) => ({ m, p: POSSESSOR.exec(doc.text.slice(Math.max(0, m.start - 30), m.start))?.[1] }));
    const owners = [...new Set(owned.flatMap((o) => (o.p ? [o.p] : [])))];
    if (owners.length < 2) continue;
    const bare = owned.filter((o) => !o.p).map((o) => o.m);
    const generic = e.name;
    owners.forEach((p, i) => {
      const mentions = owned.filter((o) => o.p === p).map((o) => o.m);
      const name = `${p}'s ${generic}`;
      if (i === 0 && !bare.length) { Object.assign(e, { name, aliases: [...e.aliases, generic], mentions }); return; }
      const split: Entity = { id: `${e.id}-${i}`, name, type: e.type, roles: [...e.roles], aliases: [generic], mentions, geo: null };
      doc.entities.push(split);
    });
    if (bare.length) e.mentions = bare;
  }
}

export const collectiveAnnotator: Annotator = {
  name: 'collective-actors',
  reads: ['sentences', 'entities'],
  writes: ['entities'],
  needsLang: true,
  annotate(doc) { splitByPossessor(doc); addCollectiveActors(doc); },
};
