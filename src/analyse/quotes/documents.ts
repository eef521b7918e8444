// A document as a speaker stands for its author: "the statement said" for the one who issued the statement the text
// named before it ("Gordon Advisors issued a statement Tuesday …. “…,” the statement said"; "according to a statement
// from the Indian government. … the statement said"). The author is read in the sentence that last named a document of
// the same noun: the phrase after "from/by/of", else the sentence's subject ("X issued a statement", "X said in a
// statement"), when it is a person or organisation. With no such sentence the caller keeps the words.
import type { Entity, Span } from '../../model/analysis.js';
import { sentenceIndexAt } from '../document.js';
import { DOCUMENT_AUTHOR_AFTER_RE, DOCUMENT_ISSUING_VERBS, INSTITUTION } from '../../lang/en/quote-cues.js';
import { BEFORE_VERB_WORDS, DOCUMENT_DETERMINERS, spaced } from '../../lang/en/speaker-phrases.js';
import { alternation } from '../../lang/alternation.js';
import { overlapping } from './by-name.js';
import { phraseAfter, sentenceSubject } from './speaker.js';
import type { Resolved, SpeakerContext } from './resolve.js';

/** Capitalised words naming an author, and a lower-case noun after them ("the Indian government"). */
const AUTHOR_WORDS = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Ll}[\p{L}-]*)?/u;
/** Between a subject and its document: a verb of issuing it or of speaking in it, a few words at most. */
// ("X issued a statement", "X said in a statement", "X has put out its statement"; not "X received a letter", "X was
// named in a lawsuit", "X dismissed that statement")
const ISSUED_OR_SAID = new RegExp(String.raw`^\s+(?:(?:${alternation(BEFORE_VERB_WORDS)})\s+)?(?:${spaced(DOCUMENT_ISSUING_VERBS)})\b(?:\s+(?:on\s+)?[\p{L}-]+){0,2}?\s+(?:(?:in|on)\s+)?(?:${alternation(DOCUMENT_DETERMINERS)})\s+(?:[\p{L}-]+\s+){0,2}$`, 'u');

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
    if (anaphoric) continue;
    // ("Jane Smith received a letter …": a mention that names no author leaves the search to earlier ones)
    const author = authorAt(ctx, at, end);
    if (!author) continue;
    // another organisation named since ("Marine Traffic's website …. Vessel Tracker's database …; the website noted"):
    // which one's document is meant is no longer clear
    const since = ctx.entities.some((e) => e.type === 'organization' && e.id !== author.speaker
      && e.mentions.some((m) => m.start > end && m.end <= span.start && ctx.masked[m.start] !== '_'));
    return since ? null : author;
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
    // "a statement from the Indian government": a capitalised author the entity layer did not mark stays as words,
    // with the institution's noun after them
    const words = AUTHOR_WORDS.exec(ctx.text.slice(docEnd + after[0].length, sent.end))?.[0];
    if (!e && words) {
      const head = /\s(\p{Ll}[\p{L}-]*)$/u.exec(words)?.[1];
      return { speaker: null, speakerName: head && !INSTITUTION.test(head) ? words.slice(0, -head.length - 1) : words };
    }
  }
  const owner = /([\p{L}.-]+)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(ctx.masked.slice(Math.max(sent.start, docStart - 60), docStart));
  if (owner) {
    const s = docStart - owner[0].length;
    const e = overlapping(ctx, { start: s, end: s + owner[1]!.length });
    if (credited(e)) return named(e);
  }
  const subject = sentenceSubject(ctx.masked, sent.start, docStart);
  // (the subject issued or spoke in the document: "X issued a statement", "X said in a statement"; not "X was named
  // in an indictment")
  if (!subject || subject.end > docStart || !ISSUED_OR_SAID.test(ctx.masked.slice(subject.end, docStart))) return null;
  const e = overlapping(ctx, subject);
  return credited(e) ? named(e) : null;
}

const named = (e: Entity): Resolved => ({ speaker: e.id, speakerName: e.name });
