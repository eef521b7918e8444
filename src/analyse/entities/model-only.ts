// Entities for an article in a language that has a trained name model but no language data (src/lang) yet:
// the model's names, typed by the model, a place resolved through the gazetteer where its name matches, merged
// into one entity per referent. None of the English rules run (roles, titles, descriptions, hints, repeats):
// their word lists would misread the text.
import type { Entity } from '../../model/analysis.js';
import type { ArticleDoc } from '../document.js';
import { lookupPlaceIn } from '../shared/local-places.js';
import { cluster, toEntity, type Mention } from './merge.js';
import { recogniseNames } from './ner/index.js';
import { tokenize, type Token } from './tokens.js';

const isWordy = (t: Token) => /^[\p{L}\p{N}]/u.test(t.text);

/** The entities the language's model finds, or null when no model ships for the language. */
export function modelOnlyEntities(doc: ArticleDoc, lang: string): Entity[] | null {
  const sentences = tokenize(doc);
  const names = recogniseNames(sentences, lang);
  if (!names) return null;
  const mentions: Mention[] = [];
  for (const n of names) {
    const toks = sentences[n.sentence]!;
    // a name starts and ends on a word: loose quotes or brackets the model took in stay out
    let from = n.from, to = n.to;
    while (from < to && !isWordy(toks[from]!)) from++;
    while (to > from && !isWordy(toks[to]!)) to--;
    if (!isWordy(toks[from]!)) continue;
    // in these languages a name has a capital or a digit somewhere ("парламент до конца" is no name)
    if (!toks.slice(from, to + 1).some((t) => /[\p{Lu}\p{N}]/u.test(t.text))) continue;
    const tokens = toks.slice(from, to + 1);
    const start = tokens[0]!.start, end = tokens[tokens.length - 1]!.end;
    const text = doc.text.slice(start, end);
    const place = n.type === 'place' ? lookupPlaceIn(text, lang) : null;
    mentions.push({
      cand: { tokens, start, end, text, sentence: n.sentence, initial: false, rolePrefix: [], honorific: false },
      typed: { type: n.type, strength: tokens.length > 1 ? 2 : 1, place }, role: null, plural: false,
    });
  }
  return cluster(mentions).map((cl, i) => toEntity(cl, `e${i + 1}`, []));
}
