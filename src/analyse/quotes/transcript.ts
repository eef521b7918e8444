// Transcript turns: broadcast and debate transcripts (CNN, NPR, Fox, debate partial transcripts) write speech with
// no quotation marks, one paragraph per turn under a capitalised label ("KOVAC: …", "GOV. RENEE CALLOWAY (D-MI): …",
// "MARY LOUISE KELLY, HOST: …"). Each turn is the labelled person's direct speech. A label counts only when it names
// someone the entity layer found in the article (the transcript's introduction names its speakers), or when it
// labels two turns or more, so that "UPDATE:" or "WASHINGTON:" opening a paragraph is no speaker.
import type { Block, Entity, Span } from '../../model/analysis.js';
import { INTERVIEWER_LABEL_RE, STAGE_DIRECTION_RE, TRANSCRIPT_TURN_RE } from '../../lang/en/quote-cues.js';
import { byName, labelName } from './by-name.js';
import type { Resolved, SpeakerContext } from './resolve.js';

export interface Turn { label: Span; speech: Span; block: number; cue: string }

/**
 * Every paragraph that opens with a speaker label (a short turn, "DUNMORE: Briefly.", may have been taken for a heading),
 * with the label's words and the speech after it (stage directions trimmed).
 */
export function labelledParagraphs(text: string, blocks: readonly Block[]): Turn[] {
  const out: Turn[] = [];
  blocks.forEach((b, i) => {
    const m = TRANSCRIPT_TURN_RE.exec(text.slice(b.start, Math.min(b.end, b.start + 120)));
    if (!m) return;
    let from = b.start + m[0].length;
    const stage = STAGE_DIRECTION_RE.exec(text.slice(from, b.end));
    if (stage) from += stage[0].length;
    let to = b.end;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to - from < 2) return;
    out.push({ label: { start: b.start + m.index, end: b.start + m.index + m[1]!.length }, speech: { start: from, end: to }, block: i, cue: m[0].trim() });
  });
  return out;
}

/** "NG: …" in an interview with Natasha Gownaris: the one person whose name's initials are the label. */
function byInitials(ctx: SpeakerContext, label: string): Entity | null {
  if (!/^\p{Lu}{2,3}$/u.test(label)) return null;
  const fits = ctx.entities.filter((e) => e.type === 'person' && e.name.split(/\s+/).map((w) => w[0]).join('') === label);
  return fits.length === 1 ? fits[0]! : null;
}

/** The turns of a transcript, each with its speaker: the entity the label names, else the label's name words. */
export function transcriptTurns(ctx: SpeakerContext, blocks: readonly Block[]): { turn: Turn; resolved: Resolved }[] {
  const turns = labelledParagraphs(ctx.text, blocks);
  if (turns.length < 2) return [];
  const uses = new Map<string, number>();
  for (const t of turns) { const k = ctx.text.slice(t.label.start, t.label.end); uses.set(k, (uses.get(k) ?? 0) + 1); }
  const out: { turn: Turn; resolved: Resolved }[] = [];
  for (const turn of turns) {
    const label = ctx.text.slice(turn.label.start, turn.label.end);
    if (INTERVIEWER_LABEL_RE.test(label)) continue;
    const name = labelName(label);
    if (!name) continue;
    const surname = name.split(' ').pop()!;
    const e = byName(ctx, name) ?? byName(ctx, surname) ?? byInitials(ctx, label) ?? byName(ctx, label) ?? byName(ctx, surname.toUpperCase());
    if (e && e.type !== 'person') continue;
    if (!e && uses.get(label)! < 2) continue;
    out.push({ turn, resolved: e ? { speaker: e.id, speakerName: e.name } : { speaker: null, speakerName: name } });
  }
  // one labelled paragraph alone is a kicker or a label, not a transcript
  return out.length >= 2 ? out : [];
}
