// Products and market indices are named like companies ("the MacBook Air", "Taurus", "the Dow Jones") but
// are not organisations. Each mention votes from its context; a weakly typed organisation cluster whose
// product (or index) votes outnumber its organisation votes is retyped "other".
import type { Cluster } from './merge.js';
import { SPEECH_VERBS } from '../../lang/en/entities.js';
import type { Token } from './tokens.js';
import { MARKET_VERBS, PRODUCT_DETERMINERS, PRODUCT_NOUNS, PRODUCT_VERBS } from '../../lang/en/entity-cues.js';

function productVote(m: Cluster['mentions'][number], toks: Token[]): number {
  const first = m.cand.tokens[0]!.index, last = m.cand.tokens[m.cand.tokens.length - 1]!.index;
  const next = toks[last + 1]?.text ?? '', prev = toks[first - 1]?.text ?? '';
  // "iPod Touch": a camel-case product word right before the name.
  if (/^\p{Ll}+\p{Lu}/u.test(prev)) return 1;
  if (PRODUCT_NOUNS.test(next)) return 1;
  let k = first - 1;
  while (k >= 0 && PRODUCT_DETERMINERS.test(toks[k]!.text) && first - k <= 3) k--;
  if (k >= 0 && k < first - 1 && PRODUCT_VERBS.test(toks[k]!.text)) return 1;
  if (PRODUCT_VERBS.test(prev) && /^(new|latest|redesigned)$/.test(prev)) return 1;
  return 0;
}

function indexVote(m: Cluster['mentions'][number], toks: Token[]): number {
  const last = m.cand.tokens[m.cand.tokens.length - 1]!.index;
  const after = toks.slice(last + 1, last + 4).map((t) => t.text.toLowerCase());
  if (!after.some((w) => MARKET_VERBS.test(w))) return 0;
  // ... and a move in points in the same clause.
  const rest = toks.slice(last + 1, last + 12).map((t) => t.text.toLowerCase());
  // Indices move in points; company shares move in percent, so percent is no cue.
  return rest.some((w, i) => w === 'points' && /\d/.test(rest[i - 1] ?? '')) ? 1 : 0;
}

/** Votes for a company reading: it speaks, owns, employs ("Apple said", "Boeing's", "GM spokesman"). */
function orgVote(m: Cluster['mentions'][number], toks: Token[], titles: Set<string>): number {
  const last = m.cand.tokens[m.cand.tokens.length - 1]!.index;
  const next = toks[last + 1]?.text ?? '';
  if (SPEECH_VERBS.test(next) || /^['’]s$/.test(next) || titles.has(next.toLowerCase())) return 1;
  return 0;
}

/** Retypes weak organisation clusters that read as products or market indices to "other". */
export function retypeProducts(clusters: Cluster[], sentences: Token[][], titles: Set<string>): void {
  for (const cl of clusters) {
    if (cl.type !== 'organization' || cl.strength >= 3) continue;
    let product = 0, index = 0, org = 0;
    for (const m of cl.mentions) {
      const toks = sentences[m.cand.sentence]!;
      product += productVote(m, toks);
      index += indexVote(m, toks);
      org += orgVote(m, toks, titles);
    }
    if (product + index > org) cl.type = 'other';
  }
}
