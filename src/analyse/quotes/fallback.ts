// Attributions for marked quotes that no reporting verb next to them introduces: "Johnson continued, '…'",
// "'…,' an Interpol spokesperson stated." after a partial quote, a quotation opening the sentence right after
// "McGurk criticized the decision via Twitter.", and the subject of the sentence a quotation sits in
// ("Specifically, she was directing the committees to '…'"). The last one is accepted only when it resolves
// to a person or organisation (index.ts checks), so scare quotes in plain narration stay unattributed.
import type { Span } from '../../model/analysis.js';
import { sentenceIndexAt, type Sentence } from '../document.js';
import { attributionAfter, attributionBefore, type Attribution } from './attribution.js';
import { BEFORE_QUOTE_RE } from '../../lang/en/speech.js';
import { DOCUMENT_READS_RE, LABELLED_QUOTE_RE, REQUEST_FROM_RE } from '../../lang/en/quote-cues.js';
import { TITLE_WORDS } from '../../lang/en/entities.js';
import type { MarkedQuote } from '../shared/quotation.js';
import { lastIndexWithin, sentenceSubject, subjectBefore } from './speaker.js';
import { ADVERBIAL_PREPOSITIONS, AUX, CLAUSE_OPENERS_AFTER_COMMA, RELATIVE_PRONOUNS, DIRECTION_PARTICLES, POST_NOMINAL_ABBREVIATIONS, SPEAKER_TITLE_ABBREVIATIONS } from '../../lang/en/speaker-phrases.js';
import { alternation } from '../../lang/alternation.js';

// (not a place or a direction after it: "put it to voters, “…”", "put it off, “…”")
const PUT_IT_BEFORE = new RegExp(String.raw`\bputs?\s+it(?!\s+(?:${[...ADVERBIAL_PREPOSITIONS, ...DIRECTION_PARTICLES].join('|')})\b)(?:\s+\p{Ll}+){1,3}\s*[,:]\s*$`, 'u');
/** "… memorably put it", "… has put it": the wording verb after "as" and its speaker. */
const AS_PUT_IT = /^[^;:!?"“”_]{1,120}?(?=\s+(?:\p{Ll}+ly\s+)?(?:has\s+|had\s+)?puts?\s+it\b)/u;

/** A title abbreviation's full stop before a capitalised word ("Sgt. Luis", "Dr. Ann"), read as no sentence end. */
// ("Sr." and "St." may end a sentence: "… said the Rev. Al Sharpton Sr. Sharpton spoke …", "… on Main St. Police …")
const TITLE_STOP = new RegExp(`\\b((?:${[...SPEAKER_TITLE_ABBREVIATIONS].filter((t) => !(POST_NOMINAL_ABBREVIATIONS as readonly string[]).includes(t)).join('|')}))\\.(?=\\s+\\p{Lu})`, 'giu');

/** How much of the sentence before a quotation the patterns that end at it read. */
const TAIL_REACH = 300;

/** An attribution found without a cue next to the quote; `weak` ones need a person or organisation to stand. */
export interface Fallback extends Attribution { weak: boolean }

export function fallbackAttribution(text: string, masked: string, sentences: Sentence[], sent: Span, q: MarkedQuote, startsSentence: boolean): Fallback | null {
  const before = masked.slice(sent.start, q.open);
  // "• Sen. Beverly Strand (R-Neb.): “…”": a name labelling the quotation; it must be a person or organisation unless
  // a title opens it ("Update: “…”" is no speaker)
  const label = LABELLED_QUOTE_RE.exec(before);
  if (label) {
    const s = sent.start + label[0].indexOf(label[1]!);
    const titled = /^(\S+)\s+\p{Lu}/u.exec(label[1]!)?.[1];
    return { speaker: { start: s, end: s + label[1]!.length }, cue: ':', weak: !titled || !TITLE_WORDS.has(titled.toLowerCase()) };
  }
  // "Republican pollster Anne-Marie Quist put it more bluntly: “…”", "put it this way:": the wording verb and its manner
  // (these patterns end at the quotation: read over its last stretch, as a one-line text made each read it all)
  const tailAt = Math.max(0, before.length - TAIL_REACH), tail = before.slice(tailAt);
  const cont = BEFORE_QUOTE_RE.exec(tail) ?? PUT_IT_BEFORE.exec(tail);
  if (cont) {
    const sp = subjectBefore(masked, sent.start, sent.start + tailAt + cont.index);
    if (sp) return { speaker: sp, cue: cont[0].replace(/[\s,:]+$/, '').trim(), weak: false };
  }
  // "The decree signed by the Pope read “…”", "released a statement which read, in part, “…”": a document's words
  const reads = DOCUMENT_READS_RE.exec(tail);
  if (reads) {
    const cut = sent.start + tailAt + reads.index;
    const sp = /\b(?:which|that)\s*$/.test(masked.slice(sent.start, cut)) ? sentenceSubject(masked, sent.start, cut) : subjectBefore(masked, sent.start, cut);
    if (sp) return { speaker: sp, cue: 'read', weak: false };
  }
  // "… “without something real in return,” as House Minority Whip Terrence Oyelaran (D-Md.) put it, pointing to …": "as",
  // then the speaker and a cue (the speaker must open right after the "as": "as well as …" names nobody)
  // the cue must close its clause ("as X put it,", "as X said."): in "as Mayor Lee spoke to reporters", "as the Red Sox
  // announced the trade" the "as" means "while"
  const asLead = /^,?\s*as\s+/i.exec(masked.slice(q.close + 1, q.close + 12));
  if (asLead) {
    // "as X put it": the wording verb, read here and before a quotation only (no cue word elsewhere)
    const from = q.close + 1 + asLead[0].length;
    const put = AS_PUT_IT.exec(masked.slice(from, Math.min(sent.end, from + 160)));
    const who = put ? subjectBefore(masked, from, from + put[0].length) : null;
    if (who && who.start === from) return { speaker: who, cue: 'put it', weak: false };
    const a = attributionAfter(masked, q.close, sent.end);
    const after = a ? masked.slice(a.speaker.end, sent.end) : '';
    const at = a ? after.toLowerCase().indexOf(a.cue.toLowerCase()) : -1;
    if (a && a.speaker.start === from && at >= 0 && /^\s*(?:it\b\s*)?(?:[,.;:!?)]|$)/.test(after.slice(at + a.cue.length))) return { ...a, weak: false };
  }
  // "'…,' an Interpol spokesperson stated.": a partial quote closed by a comma and an attribution ending the sentence
  // (a title's full stop ends nothing: "…,” Sgt. Luis Ortega recalled years later.")
  if (/,$/.test(text.slice(q.start, q.end)) || masked[q.close + 1] === ',') {
    const a = attributionAfter(masked, q.close, sent.end);
    const rest = masked.slice(q.close + 1, sent.end).replace(TITLE_STOP, '$1');
    if (a && /^[^.!?]*[.!?]?\s*$/.test(rest) && sent.end - q.close < 90) return { ...a, weak: false };
  }
  // "But doing this “may affect usability”, he said, so users should …", "Jackman was “genuinely thrilled” at the
  // offer, Mark said, but …", "… cut the flow of “data of various kinds” …, said Sanjeev Gaur, director of …": an
  // attribution of speaker and cue alone set off by commas after the quotation, however long the sentence runs on
  // (not a title: "The film “Parasite” won four Oscars, the director said"; not words inside a relative clause, which
  // has its own subject: "The guidance, which warned of “…”, was issued …, a spokesman said")
  const title = /^(?:[\p{Lu}\d][\p{L}\d'’-]*[\s,]*){1,6}$/u.test(text.slice(q.start, q.end).replace(/[,.!?]+$/, ''));
  const parenthetical = title || RELATIVE_CLAUSE_OPEN.test(masked.slice(Math.max(sent.start, q.open - RELATIVE_CLAUSE_REACH), q.open)) ? null : parentheticalAfter(masked, q.close, sent.end);
  if (parenthetical) return { ...parenthetical, weak: false };
  // "The border issue is the “main difference” between Greece and Turkey, he added.", "“…” and that top science will
  // lead, said Interior Secretary Ken Salazar.": the sentence's closing attribution
  const comma = lastIndexWithin(masked, ',', sent.end, q.close + 1);
  if (comma > q.close && masked.slice(comma + 1, sent.end).trim().split(/\s+/).length <= 8) {
    const a = attributionAfter(masked, comma, sent.end);
    if (a) return { ...a, weak: false };
  }
  if (startsSentence) {
    // the previous sentence of the paragraph, quote-free, names who is speaking ("X criticized the decision via Twitter.")
    const i = sentenceIndexAt(sentences, q.open);
    const prev = i > 0 ? sentences[i - 1]! : null;
    const plain = quoteFreeSentenceBefore(masked, sentences, q.open);
    if (plain) {
      const a = attributionBefore(masked, plain, plain.end);
      if (a) return { ...a, weak: false };
    }
    // "AIP vice chairman Mark Seidenberg commented:" closing the paragraph before: the quotation set off
    // below is his ("Markham Robinson reflects this view in Ballot Access News comments:" names him too)
    if (prev && prev.block !== sentences[i]!.block && q.open === sentences[i]!.start && /:\s*$/.test(masked.slice(prev.start, prev.end))) {
      const a = attributionBefore(masked, prev, prev.end);
      if (a) return { ...a, weak: false };
      const sp = sentenceSubject(masked, prev.start, prev.end);
      if (sp) return { speaker: sp, cue: '', weak: true };
    }
    return null;
  }
  // "directives from Xi to “show absolutely no mercy”", "a pledge by Trump to “drain the swamp”": the author of the
  // request or undertaking the quotation words (a person or organisation, as the sentence subject below; not a title:
  // "an invitation from NBC to “Saturday Night Live”")
  const request = title ? null : REQUEST_FROM_RE.exec(tail);
  if (request) {
    const s = sent.start + tailAt + request.index + request[0].indexOf(request[1]!);
    return { speaker: { start: s, end: s + request[1]!.length }, cue: 'from', weak: true };
  }
  const sp = sentenceSubject(masked, sent.start, q.open);
  return sp && sp.end <= q.open ? { speaker: sp, cue: '', weak: true } : null;
}

/**
 * Whether the quotation opening at `open` follows its sentence's subject `sp` with no verb between ("Felt “…”"): the
 * quotation is its predicate, the subject's own words or someone's words about it (index.ts decides which).
 */
export function subjectOfQuotedPredicate(masked: string, sp: Span, open: number): boolean {
  return sp.end <= open && /^\s*$/.test(masked.slice(sp.end, open)) && /^\p{Lu}/u.test(masked.slice(sp.start, sp.end));
}

/** How many commas after a quotation are tried as the opening of its parenthetical attribution. */
const PARENTHETICAL_COMMAS = 4;

/**
 * The attribution of a quotation standing as a parenthetical between commas later in its sentence: ", he said," or
 * ", said the minister." (speaker and cue alone, a comma or stop after them: no reported clause or object follows; no
 * other quotation between).
 */
function parentheticalAfter(masked: string, close: number, end: number): Attribution | null {
  let comma = close;
  for (let n = 0; n < PARENTHETICAL_COMMAS; n++) {
    comma = masked.indexOf(',', comma + 1);
    if (comma < 0 || comma >= end || /["“”_]/.test(masked.slice(close + 1, comma))) return null;
    // "… remark that migrants were “a swarm” drew criticism, and the phrase, aides said, would not be repeated": past a
    // new clause a parenthetical belongs to that clause, not to the quotation, unless it closes the sentence ("…, and
    // there's no timeframe for …, said Sanjeev Gaur, director of …")
    const crossed = NEW_CLAUSE.test(masked.slice(close + 1, comma));
    const a = attributionAfter(masked, comma, end);
    if (a && isParenthetical(masked, comma, a) && (!crossed || ENDS_SENTENCE.test(masked.slice(Math.max(a.speaker.end, cueEnd(masked, comma, a)), end)))) return a;
  }
  return null;
}

/** A relative clause opened before the quotation and not closed ("The guidance, which warned of …"). */
const RELATIVE_CLAUSE_OPEN = new RegExp(String.raw`,\s*(?:${alternation(RELATIVE_PRONOUNS)})\b[^,;]*$`, 'i');
/** How far before a quotation its relative clause's opening is looked for (a clause is short; a one-line text is not). */
const RELATIVE_CLAUSE_REACH = 300;
/** A clause opened after the quotation (", and", ", but", ", which" …), before a parenthetical. */
const NEW_CLAUSE = new RegExp(String.raw`,\s*(?:${alternation(CLAUSE_OPENERS_AFTER_COMMA)})\b`, 'i');

/**
 * What may follow an attribution that closes its sentence: an apposition (not the rest of a clause: ", would not be
 * repeated"), then the full stop.
 */
const ENDS_SENTENCE = new RegExp(String.raw`^\s*(?:,\s*(?=\S)(?!(?:${AUX.source.slice(4, -2)})\b)(?!\p{Ll}+(?:ed|s)\b)[^,;:]*)?[.!?]?\s*$`, 'u');
/** Where the attribution's cue word ends, after the comma opening it. */
const cueEnd = (masked: string, comma: number, a: Attribution) => {
  const form = a.cue.split(/\s+/)[0]!.toLowerCase();
  const at = masked.slice(comma, comma + 200).toLowerCase().indexOf(form);
  return at < 0 ? comma : comma + at + form.length;
};

function isParenthetical(masked: string, comma: number, a: Attribution): boolean {
  const form = a.cue.split(/\s+/)[0]!;
  if (!/^[\p{L} ]+$/u.test(a.cue)) return false;
  const from = comma + 1 + /^\s*/.exec(masked.slice(comma + 1))![0].length;
  const speaker = masked.slice(a.speaker.start, a.speaker.end);
  if (a.speaker.start === from) return new RegExp(`^\\s+${form}\\s*[,;.]`, 'i').test(masked.slice(a.speaker.end, a.speaker.end + form.length + 4));
  const span = masked.slice(from, from + form.length + speaker.length + 4);
  return span.toLowerCase().startsWith(form.toLowerCase()) && span.slice(form.length).trim().startsWith(speaker)
    && /^\s*[,;.]/.test(masked.slice(a.speaker.end, a.speaker.end + 3));
}

/** The sentence before the one at `pos`, when it stands in the same paragraph and quotes nothing (`masked` blanks quoted words). */
export function quoteFreeSentenceBefore(masked: string, sentences: Sentence[], pos: number): Sentence | null {
  const i = sentenceIndexAt(sentences, pos);
  const prev = i > 0 ? sentences[i - 1]! : null;
  return prev && prev.block === sentences[i]!.block && quoteFree(masked, prev) ? prev : null;
}

/** Whether a span holds no quotation mark and no quoted words (`masked` blanks them to "_"). */
export const quoteFree = (masked: string, s: Span): boolean => !/["“”_]/.test(masked.slice(s.start, s.end));
