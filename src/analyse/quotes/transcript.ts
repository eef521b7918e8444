// Transcript turns: broadcast and debate transcripts (CNN, NPR, Fox, debate partial transcripts) write speech with
// no quotation marks, one paragraph per turn under a capitalised label ("KOVAC: …", "GOV. RENEE CALLOWAY (D-MI): …",
// "MARY LOUISE KELLY, HOST: …"). Each turn is the labelled person's direct speech. A label counts only when it names
// someone the article names in running text (the transcript's introduction names its speakers), or when it labels two
// turns or more and is no furniture label, so that "UPDATE:" or "WASHINGTON:" opening a paragraph is no speaker.
import type { Block, Entity, Span } from '../../model/analysis.js';
import { BROADCAST_ROLES, INTERVIEWER_LABEL_RE, NOT_A_SPEAKER_LABEL_RE, STAGE_DIRECTION_RE, TRANSCRIPT_TURN_RE } from '../../lang/en/quote-cues.js';
import { TITLE_WORDS } from '../../lang/en/entities.js';
import { byName, labelName } from './by-name.js';
import { lookupPlace } from '../shared/places.js';
import { givenNameGender } from './gender.js';
import type { Resolved, SpeakerContext } from './resolve.js';

export interface Turn { label: Span; speech: Span; block: number; cue: string }

/** The role after a label's name and a comma ("…, CNN ANCHOR:"; the cue is the label as written, colon included). */
const LABEL_ROLE_RE = /,\s*(\p{Lu}[\p{Lu} -]{1,30}):$/u;
const ROLE_WORDS: ReadonlySet<string> = new Set(BROADCAST_ROLES);
/** Whether a label names its speaker's role, a title or broadcast role closing it ("FORMER RNC SPOKESMAN"; not "NEW YORK, NY"). */
function labelsRole(cue: string): boolean {
  const role = LABEL_ROLE_RE.exec(cue)?.[1]?.trim().split(/\s+/).pop()?.toLowerCase();
  return !!role && (TITLE_WORDS.has(role) || ROLE_WORDS.has(role));
}

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

/**
 * The turns of a transcript, each with its speaker: the person the label names, else the label's name words.
 * The entity layer makes a "person" of many capitalised openers ("UPDATE", "UP NEXT"), so a label's person must be
 * named in running text too, and a label naming no one must label two turns and be no furniture label. Initials stand
 * for a name only in an interview whose questions are labelled ("WN:", "Q:"), so "UK:" is no Uma Kapoor.
 */
export function transcriptTurns(ctx: SpeakerContext, blocks: readonly Block[]): { turn: Turn; resolved: Resolved }[] {
  const turns = labelledParagraphs(ctx.text, blocks).filter((t) => !NOT_A_SPEAKER_LABEL_RE.test(ctx.text.slice(t.label.start, t.label.end)));
  if (turns.length < 2) return [];
  const uses = new Map<string, number>();
  for (const t of turns) { const k = ctx.text.slice(t.label.start, t.label.end); uses.set(k, (uses.get(k) ?? 0) + 1); }
  // a speaker's first label is often the full name with a role, the later ones the surname alone ("KEISHA MORROW, CNN
  // ANCHOR:", then "MORROW:" seven times): a longer label counts when its last word labels turns alone ("BEST ACTOR:"
  // and "BEST SUPPORTING ACTOR:" share a last word, which labels nothing alone)
  const alone = new Set([...uses.keys()].filter((k) => !/\s/.test(k.trim())).map((k) => k.trim().toLowerCase()));
  const bySurname = (label: string, surname: string) => /\s/.test(label.trim()) && alone.has(surname.toLowerCase());
  // "SCOTT VEDDER, FORMER RNC SPOKESMAN:": a person's name (two words or more, no place: not "ARIZONA, GOVERNOR:" nor
  // "NEW MEXICO, GOVERNOR:") with a role after a comma is a speaker's label, once as well
  // (its first word a given name: "CITY COUNCIL, PRESIDENT:", "SHERIFF'S OFFICE, SPOKESMAN:" name offices)
  const personWithRole = (name: string, cue: string) => labelsRole(cue) && /\s/.test(name) && !lookupPlace(name) && givenNameGender(name.split(' ')[0]!) !== null;
  const interview = turns.some((t) => INTERVIEWER_LABEL_RE.test(ctx.text.slice(t.label.start, t.label.end)));
  // the labels' spans by start (disjoint, in reading order): a mention inside one is found by binary search, so a page of
  // thousands of turns stays near-linear
  const labels = turns.map((t) => t.label);
  const inLabel = (m: Span) => {
    let lo = 0, hi = labels.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (labels[mid]!.end <= m.start) lo = mid + 1; else hi = mid; }
    return lo < labels.length && labels[lo]!.start < m.end;
  };
  const namedInText = (e: Entity | null) => e?.type === 'person' && e.mentions.some((m) => !inLabel(m)) ? e : null;
  // one resolution per label: a transcript repeats its few labels many times
  const byLabel = new Map<string, Resolved | null>();
  const resolve = (label: string, cue: string): Resolved | null => {
    if (INTERVIEWER_LABEL_RE.test(label)) return null;
    const name = labelName(label);
    if (!name) return null;
    const surname = name.split(' ').pop()!;
    // "THE PRESIDENT:" is a role, not a surname; "REP. PRICE:" and "MS. PRICE:" with two people called Price name neither
    const role = TITLE_WORDS.has(surname.toLowerCase());
    const shared = ctx.entities.filter((x) => x.type === 'person' && x.name.split(/\s+/).pop() === surname).length > 1;
    const e = role || shared ? null : namedInText(byName(ctx, name)) ?? namedInText(byName(ctx, surname))
      ?? (interview ? namedInText(byInitials(ctx, label)) : null) ?? namedInText(byName(ctx, label)) ?? namedInText(byName(ctx, surname.toUpperCase()));
    if (!e && uses.get(label)! < 2 && !bySurname(label, surname) && !personWithRole(name, cue)) return null;
    return e ? { speaker: e.id, speakerName: e.name } : { speaker: null, speakerName: name };
  };
  const out: { turn: Turn; resolved: Resolved }[] = [];
  for (const turn of turns) {
    const label = ctx.text.slice(turn.label.start, turn.label.end);
    if (!byLabel.has(label)) byLabel.set(label, resolve(label, turn.cue));
    const resolved = byLabel.get(label);
    if (resolved) out.push({ turn, resolved });
  }
  // one labelled paragraph alone is a kicker or a label, not a transcript
  return out.length >= 2 ? out : [];
}
