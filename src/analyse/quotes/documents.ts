// A document as a speaker stands for its author: "the statement said" for the one who issued the statement the text
// named before it ("Gordon Advisors issued a statement Tuesday …. “…,” the statement said"; "according to a statement
// from the Indian government. … the statement said"). The author is read in the sentence that last named a document of
// the same noun: the phrase after "from/by/of", else the sentence's subject ("X issued a statement", "X said in a
// statement"), when it is a person or organisation. With no such sentence the caller keeps the words.
import type { Entity, Span } from '../../model/analysis.js';
import { sentenceIndexAt } from '../document.js';
import { DOCUMENT_AUTHOR_AFTER_RE } from '../../lang/en/quote-cues.js';
import { overlapping } from './by-name.js';
import { phraseAfter, sentenceSubject } from './speaker.js';
import type { Resolved, SpeakerContext } from './resolve.js';

/** How far back the document's earlier mention is looked for (characters): its paragraph and a few before. */
const DOCUMENT_REACH = 1_500;

const credited = (e: Entity | null | undefined): e is Entity => e?.type === 'organization' || e?.type === 'person';

/** The author of "the <noun>" at `span`, from the latest earlier sentence that names a <noun> outside quotations. */
export function documentAuthor(ctx: SpeakerContext, span: Span, noun: string): Resolved | null {
  const sents = ctx.doc?.sentences;
  if (!sents?.length) return null;
  const word = new RegExp(`\\b${noun}s?\\b`, 'gi');
  const from = Math.max(0, span.start - DOCUMENT_REACH);
  const before = ctx.masked.slice(from, span.start);
  // the latest mention that introduces the document ("a statement", "a statement from X"), past those that refer
  // back to it ("…, the statement said.")
  const mentions = [...before.matchAll(word)].map((m) => from + m.index!).reverse();
  for (const at of mentions) {
    const end = at + noun.length;
    const anaphoric = /\bthe\s+(?:[\p{Ll}-]+\s+)?$/iu.test(ctx.masked.slice(Math.max(0, at - 30), at)) && !DOCUMENT_AUTHOR_AFTER_RE.test(ctx.masked.slice(end, end + 20));
    if (!anaphoric) return authorAt(ctx, at, end);
  }
  return null;
}

/**
 * The author of the document named at `doc` in its sentence: "a statement from X", "X's statement", else the
 * subject before it ("X issued a statement", "X said in a statement"; not "The statement said": the document itself).
 */
export function authorAt(ctx: SpeakerContext, docStart: number, docEnd: number): Resolved | null {
  const sents = ctx.doc!.sentences;
  const sent = sents[sentenceIndexAt(sents, docStart)];
  if (!sent) return null;
  const after = DOCUMENT_AUTHOR_AFTER_RE.exec(ctx.masked.slice(docEnd, sent.end));
  if (after) {
    const phrase = phraseAfter(ctx.masked, docEnd + after[0].length, sent.end);
    const e = phrase ? overlapping(ctx, phrase) : null;
    if (credited(e)) return named(e);
    // "a statement from the Indian government": a capitalised author the entity layer did not mark stays as words
    const words = phrase ? ctx.text.slice(phrase.start, phrase.end) : '';
    if (!e && /^(?:the\s+)?\p{Lu}/u.test(words)) return { speaker: null, speakerName: words };
  }
  const owner = /([\p{L}.-]+)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(ctx.masked.slice(Math.max(sent.start, docStart - 60), docStart));
  if (owner) {
    const s = docStart - owner[0].length;
    const e = overlapping(ctx, { start: s, end: s + owner[1]!.length });
    if (credited(e)) return named(e);
  }
  const subject = sentenceSubject(ctx.masked, sent.start, docStart);
  if (!subject || subject.end > docStart) return null;
  const e = overlapping(ctx, subject);
  return credited(e) ? named(e) : null;
}

const named = (e: Entity): Resolved => ({ speaker: e.id, speakerName: e.name });
