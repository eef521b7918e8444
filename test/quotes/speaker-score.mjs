// Strict speaker scoring for the unseen-news quote set (bench/understanding/quotes-unseen.json).
// A quote's speaker is right only when the name the system gives agrees with the annotated speaker:
//   - with an entity resolved, that entity's name or one of its aliases must match (the words the cue
//     pointed at do not count: "he" resolved to the wrong person is wrong);
//   - with no entity, the speaker words must match; a bare pronoun ("he", "they") is never right;
//   - "match": an annotated form (full name, surname-bearing alias, organisation) occurs in the name as
//     whole words, or the name (capitalised, e.g. the surname "Pelosi") occurs as whole words in the
//     annotated full name. Accents and case are folded.
// Plain JS so the bench and the vitest suite share it.

const fold = (s) => String(s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/[․]/g, '.')
  .toLowerCase().replace(/[^\p{L}\p{N}'.\- ]+/gu, ' ').replace(/\s+/g, ' ').trim().replace(/[.'-]+$/, '');
const DET = /^(?:the|a|an)\s+/;
const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them|his|its|their|this|that|who)$/;
const wholeIn = (needle, hay) => needle.length > 0 && ` ${hay} `.includes(` ${needle} `);

/** Does one predicted name agree with the annotated forms (`gold`: full name first, then aliases)? */
export function nameMatches(predicted, gold) {
  const p = fold(predicted).replace(DET, '');
  const acronym = /^[\p{Lu}\d.&-]{2,}$/u.test(String(predicted).trim()); // "WHO", "IT" are names, not pronouns
  if (!p || (PRONOUN.test(p) && !acronym)) return false;
  // an annotated form opening on a determiner ("the two senators", "The press secretary") is a description: the
  // prediction must be that description (its own determiner dropped), not a name holding its head ("Vice President
  // Kamala Harris" is no "the president")
  if (gold.some((g) => DET.test(fold(g)) && fold(g).replace(DET, '') === p)) return true;
  const forms = gold.map(fold);
  if (forms.some((g) => wholeIn(g, p))) return true;
  // "Pelosi", "Mr Trump": a capitalised short form inside the full name
  const capital = /^\p{Lu}/u.test(String(predicted).replace(/^(?:the|a|an)\s+/i, '').trim());
  const core = p.replace(/^(?:mr|mrs|ms|dr|sir|president|senator|minister|professor|prof)\.?\s+/, '');
  return capital && core.length >= 2 && (acronym || !PRONOUN.test(core)) && forms.some((g) => wholeIn(core, g));
}

/** The names a system quote credits: the resolved entity's names, else its speaker words. */
export function creditedNames(quote, entitiesById) {
  const e = quote.speaker ? entitiesById.get(quote.speaker) : null;
  if (e) return [e.name, ...(e.aliases ?? [])];
  return quote.speakerName ? [quote.speakerName] : [];
}

/**
 * Scores one article: `gold` is its annotation list, `quotes` the system's quotes (offsets in the same
 * extracted text), `entities` its entities. A gold quote is found by its start offset (or its text).
 */
export function scoreSpeakers(gold, quotes, entities = []) {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const marked = quotes.filter((q) => q.kind !== 'indirect');
  const r = { withSpeaker: 0, found: 0, right: 0, unattributable: 0, creditedUnattributable: 0, misses: [] };
  for (const g of gold) {
    if (g.speech === false) continue;
    const q = marked.find((x) => x.start === g.start) ?? marked.find((x) => x.text.startsWith(g.text));
    if (g.speaker === null) { r.unattributable++; if (q && (q.speaker || q.speakerName)) r.creditedUnattributable++; continue; }
    r.withSpeaker++;
    if (!q) { r.misses.push(`not found: ${g.text}`); continue; }
    r.found++;
    const names = creditedNames(q, byId);
    if (names.some((n) => nameMatches(n, g.speaker))) r.right++;
    else r.misses.push(`"${g.text.slice(0, 40)}": ${names[0] ?? '(none)'}${q.speakerName && names[0] !== q.speakerName ? ` [${q.speakerName}]` : ''}, want ${g.speaker[0]}`);
  }
  return r;
}
