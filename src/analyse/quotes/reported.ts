// Reported (indirect) speech in one sentence: "X said (that) ...", "according to X, ...", "..., X said.".
// Works on the masked text (quoted words blanked), like attribution.ts whose cue and speaker finders it uses.
import type { Span } from '../../model/analysis.js';
import { isParticiple, takesClause } from '../../lang/en/speech.js';
import { BARE_CLAUSE, CLAUSE_START, SENTENCE_TAIL } from '../../lang/en/speaker-phrases.js';
import { CLAUSE_PRONOUN_RE, TIME_AFTER_CUE_RE } from '../../lang/en/quote-cues.js';
import { cuesIn, sourceAfter, speakerOfCue, type Cue } from './attribution.js';
import { lastIndexWithin, subjectBefore } from './speaker.js';
import { CAPITALISED_NAME } from '../../lang/en/speaker-phrases.js';

const APPOSED_NAME_ONLY = new RegExp(String.raw`^\s*${CAPITALISED_NAME}\s*$`, 'u');

export interface Indirect { clause: Span; speaker: Span; cue: string }


const trimClause = (text: string, s: number, e: number): Span => {
  while (s < e && /[\s,:]/.test(text[s]!)) s++;
  while (e > s && /[\s.,;:!?]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
};


/**
 * "…, the Secretary to the Government, Ibrahim Garba, said": nothing stands between the last comma and the
 * cue, so the speaker is the apposed name, and a role before it ("the/a …" between commas) belongs to it too.
 * Returns where the reported clause ends and where the speaker search starts.
 */
function apposedSpeaker(masked: string, sentStart: number, comma: number): { clauseEnd: number; from: number } | null {
  const c2 = lastIndexWithin(masked, ',', comma - 1, sentStart);
  if (c2 <= sentStart || !APPOSED_NAME_ONLY.test(masked.slice(c2 + 1, comma))) return null;
  const c3 = lastIndexWithin(masked, ',', c2 - 1, sentStart);
  const role = c3 > sentStart ? masked.slice(c3 + 1, c2) : '';
  if (c3 > sentStart + 15 && /^\s*(?:the|a|an|\p{Lu}[\p{L}-]*['’]s)\s/u.test(role) && role.split(/\s+/).length <= 14) return { clauseEnd: c3, from: c3 + 1 };
  return c2 > sentStart + 15 ? { clauseEnd: c2, from: c2 + 1 } : null;
}

/** Reported speech in one sentence: "X said (that) ...", "according to X, ...", "..., X said." */
/**
 * How far from its cue a reported clause and its speaker are looked for. Every cue in a run-on sentence
 * used to read the whole sentence ("John Smith said Mary Jones said" × 1,000: quadratic time, and each
 * clause holding the whole sentence made a 113 MB analysis from 60 KB).
 */
const MAX_CLAUSE = 600;
/** Cues read in one sentence: real sentences hold a handful. */
const MAX_CUES_PER_SENTENCE = 64;

export function indirectSpeech(masked: string, whole: Span): Indirect[] {
  const out: Indirect[] = [];
  // a "sentence" of thousands of cues is no prose ("Andrei declared Dan indicated …" repeated, text with no full
  // stops): its first cues are read, each with its own window, and the rest left (bounded work per sentence)
  const cues = cuesIn(masked, whole.start, whole.end).slice(0, MAX_CUES_PER_SENTENCE);
  cues.forEach((cue, i) => {
    const sent = { ...whole, start: Math.max(whole.start, cue.start - MAX_CLAUSE), end: Math.min(whole.end, cue.end + MAX_CLAUSE) };
    const nextStart = cues[i + 1]?.start ?? sent.end;
    if (cue.base === 'according to') {
      const sp = sourceAfter(masked, cue.end, sent.end);
      if (!sp) return;
      // only a comma before the next cue counts: the search stops there
      const found = masked.slice(sp.end, nextStart).indexOf(',');
      const comma = found < 0 ? -1 : sp.end + found;
      const before = masked.slice(sent.start, cue.start);
      if (/^\s*,?\s*[.!?]?\s*$/.test(masked.slice(sp.end, sent.end)) && before.trim().length > 15) {
        out.push({ clause: trimClause(masked, sent.start, cue.start), speaker: sp, cue: 'according to' });
      } else if (comma >= 0 && comma < nextStart && comma - sp.end < 3 && !cues[i + 1]) { // a later cue reports its own clause
        const clause = trimClause(masked, comma + 1, clauseEnd(masked, comma + 1, cues, i, sent.end));
        if (clause.end - clause.start > 8 && !/^[“"‘]/.test(masked.slice(clause.start))) {
          out.push({ clause, speaker: sp, cue: 'according to' });
        }
      }
      return;
    }
    if (!takesClause(cue.base)) return;
    // "..., X said." at the sentence end: the clause is everything before.
    const tail = masked.slice(cue.end, sent.end);
    const comma = lastIndexWithin(masked, ',', cue.start, sent.start);
    // "…, he said, adding that …": a participle clause may follow the inverted cue
    if (SENTENCE_TAIL.test(tail) && comma > sent.start + 15) {
      const appo = /^\s*$/.test(masked.slice(comma + 1, cue.start)) ? apposedSpeaker(masked, sent.start, comma) : null;
      if (appo) {
        const sp = subjectBefore(masked, appo.from, cue.start);
        const clause = trimClause(masked, sent.start, appo.clauseEnd);
        if (sp && !/[“"‘]/.test(masked[clause.start] ?? '')) out.push({ clause, speaker: sp, cue: cue.form.toLowerCase() });
        return;
      }
      const sp = subjectBefore(masked, comma + 1, cue.start) ?? null;
      if (sp && /^[\s,]*$/.test(masked.slice(comma + 1, sp.start))) {
        const clause = trimClause(masked, sent.start, comma);
        if (!/[“"‘]/.test(masked[clause.start] ?? '')) out.push({ clause, speaker: sp, cue: cue.form.toLowerCase() });
      }
      return;
    }
    // "Echenique “was a big factor,” said VanDeest, who had 13 points": a cue right after a quotation is inverted; what
    // follows it is its speaker, not a reported clause
    // (a participle goes on with its own clause: "… “murder charges”, adding Iran will pursue …")
    if (!isParticiple(cue.form) && /["”’_],?\s*$/.test(masked.slice(Math.max(sent.start, cue.start - 4), cue.start))
      && !/^\s+that\b/.test(masked.slice(cue.end, cue.end + 6))) return;
    let after = cue.end;
    if (cue.base === 'tell') { // told reporters (that) ...
      // a longer object ends at "that": "told a press conference at the alliance's headquarters that ..."
      const long = /^(\s+[^,;“"‘.!?]{1,80}?)\s(?=that\s)/u.exec(masked.slice(after, sent.end));
      const obj = long ?? /^\s+(?:the\s+)?[\p{L}-]+/u.exec(masked.slice(after, sent.end));
      if (!obj) return;
      after += obj[0].length;
    }
    // "said on Monday they believe ...", "said yesterday that ...": a time phrase may stand between cue and clause
    const when = TIME_AFTER_CUE_RE.exec(masked.slice(after, sent.end));
    if (when) after += when[0].length;
    const rest = masked.slice(after, sent.end).replace(/^\s+/, '');
    const pronounClause = CLAUSE_PRONOUN_RE.test(rest); // "told the court she was forced ..."
    if (!/^that\b/.test(rest) && ((cue.base === 'tell' && !pronounClause) || !(CLAUSE_START.test(rest) || BARE_CLAUSE.test(rest)) || /^[“"‘:]/.test(rest))) return;
    if (/^that\s+[“"‘]/.test(rest)) return; // "confirmed that “...”": a marked quote covers it
    const s = after + (/^\s*/.exec(masked.slice(after, sent.end))![0].length) + (/^that\b/.test(rest) ? 4 : 0);
    const clause = trimClause(masked, s, clauseEnd(masked, s, cues, i, sent.end));
    if (clause.end - clause.start < 12) return;
    const sp = speakerOfCue(masked, sent, cue);
    if (sp && sp.end <= cue.start + cue.form.length) out.push({ clause, speaker: sp, cue: cue.form.toLowerCase() });
  });
  return out;
}

/** A clause runs to the sentence end, or stops before the next cue's subject (", although Y says ..."). */
function clauseEnd(masked: string, from: number, cues: Cue[], i: number, sentEnd: number): number {
  const next = cues[i + 1];
  if (!next) return sentEnd;
  const cut = Math.max(lastIndexWithin(masked, ',', next.start, from), lastIndexWithin(masked, ' — ', next.start, from), lastIndexWithin(masked, ';', next.start, from));
  return cut > from ? cut : sentEnd;
}
