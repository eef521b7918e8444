// Finds the speaker's words around a cue (a small noun-phrase walker over capitalised words,
// determiners and titles) and resolves them to an entity: by mention overlap, pronoun
// antecedent, or a description's head noun ("the Russian advisor" -> "presidential advisor Yuri Ushakov").
import type { Entity, Span } from '../../model/analysis.js';
import { AUX_TAIL, DETERMINERS, PRONOUNS, STOP_WORDS } from './cues.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;
const isCap = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
const MAX_NP = 6;

interface Tok { s: number; e: number; w: string }
function tokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(WORD)) {
    let w = m[0].replace(/[.'’]+$/, '');
    if (/^[A-Z]\.?$/.test(m[0]) || /^(?:[A-Z]\.)+$/.test(m[0])) w = m[0]; // keep initials and "U.S."
    out.push({ s: from + m.index!, e: from + m.index! + w.length, w });
  }
  return out;
}

const gapOk = (text: string, a: number, b: number) => /^[\s]*$/.test(text.slice(a, b));

/** The noun phrase that ends right before a cue starting at `cue` (sentence starts at `from`). */
export function subjectBefore(text: string, from: number, cue: number): Span | null {
  let left = text.slice(from, cue);
  left = left.replace(AUX_TAIL, '');
  // "Kirill Dmitriev, the Kremlin's envoy, said": skip the apposition back to the name.
  // "The Senate Minority Leader, Chuck Schumer, said": the apposition is the name itself.
  const appo = /,\s*([^,]{1,80}),\s*$/.exec(left);
  if (appo && /^(?:[\p{Lu}][\p{L}’'.-]*\s*)+$/u.test(appo[1]!)) left = left.slice(0, appo.index + appo[0].trimEnd().length - 1);
  else if (appo && /[\p{Lu}][\p{L}’'.-]*\s*$/u.test(left.slice(0, appo.index))) left = left.slice(0, appo.index);
  const toks = tokens(text, from, from + left.trimEnd().length);
  const picked: Tok[] = [];
  for (let i = toks.length - 1; i >= 0 && picked.length < MAX_NP; i--) {
    const t = toks[i]!;
    const lw = t.w.toLowerCase();
    if (picked.length && !gapOk(text, t.e, picked[0]!.s)) break;
    if (!picked.length && PRONOUNS.has(lw)) return { start: t.s, end: t.e };
    if (lw === 'of' && picked.length && isCap(picked[0]!.w) && i > 0 && isCap(toks[i - 1]!.w)) { picked.unshift(t); continue; }
    if (STOP_WORDS.has(lw) || PRONOUNS.has(lw)) break;
    if (DETERMINERS.has(lw) && picked.length && i > 1 && toks[i - 1]!.w === 'of' && isCap(toks[i - 2]!.w)) { picked.unshift(t); continue; } // "Lucy Fischer of The Times"
    if (DETERMINERS.has(lw)) { if (picked.length) picked.unshift(t); break; }
    if (!isCap(t.w) && picked.some((p) => isCap(p.w)) && picked.length >= 2) break;
    picked.unshift(t);
  }
  if (!picked.length) return null;
  return { start: picked[0]!.s, end: picked[picked.length - 1]!.e };
}

/** The noun phrase starting at `pos` ("according to X,", "said X", "told by X"). */
export function phraseAfter(text: string, pos: number, limit: number): Span | null {
  const toks = tokens(text, pos, Math.min(limit, pos + 120));
  const picked: Tok[] = [];
  for (const t of toks) {
    const lw = t.w.toLowerCase();
    if (picked.length && !gapOk(text, picked[picked.length - 1]!.e, t.s)) break;
    if (!picked.length && !gapOk(text, pos, t.s)) return null;
    if (!picked.length && PRONOUNS.has(lw)) return { start: t.s, end: t.e };
    if (lw === 'of' && picked.length && isCap(picked[picked.length - 1]!.w) && /^\s*[\p{Lu}]/u.test(text.slice(t.e, t.e + 3))) { picked.push(t); continue; }
    if (STOP_WORDS.has(lw) || picked.length >= MAX_NP) break;
    if (picked.length && DETERMINERS.has(lw)) break;
    if (picked.length && !isCap(t.w) && isCap(picked[picked.length - 1]!.w) && picked.some((p) => !DETERMINERS.has(p.w.toLowerCase()) && isCap(p.w)) && !/^(?:of|de|da|van|von|al|bin)$/.test(lw)) break;
    if (picked.length && /ed$/.test(lw)) break; // "the ministry recovered ..." : a verb ends the phrase
    picked.push(t);
  }
  if (!picked.length) return null;
  return { start: picked[0]!.s, end: picked[picked.length - 1]!.e };
}

const INTRO = /^(?:[-•*–—]\s*)?(?:(?:On|In|At|During|After|Before|Earlier|Later|Last|This|Yesterday|Today|Meanwhile|However|Also|Then|Despite|Following|Since|Speaking|Separately|Overall)\b[^,]{0,60},\s*)?/;

/** The grammatical subject at the start of a sentence (after an introductory phrase). */
export function sentenceSubject(text: string, from: number, to: number): Span | null {
  const intro = INTRO.exec(text.slice(from, to));
  return phraseAfter(text, from + (intro ? intro[0].length : 0), to);
}

export interface SpeakerContext {
  text: string;
  entities: Entity[];
  /** spans of the blocks, to bound pronoun look-back to this paragraph and the previous one */
  blocks: Span[];
}

export interface Resolved { speaker: string | null; speakerName: string | null }

const TYPE_RANK: Record<string, number> = { person: 0, organization: 1, other: 2, place: 3 };

function overlapping(ctx: SpeakerContext, span: Span): Entity | null {
  let best: { e: Entity; rank: number; end: number } | null = null;
  for (const e of ctx.entities) {
    for (const m of e.mentions) {
      if (m.start >= span.end || m.end <= span.start) continue;
      const rank = TYPE_RANK[e.type] ?? 4;
      if (!best || rank < best.rank || (rank === best.rank && m.end > best.end)) best = { e, rank, end: m.end };
    }
  }
  return best?.e ?? null;
}

function blockWindowStart(ctx: SpeakerContext, pos: number): number {
  const i = ctx.blocks.findIndex((b) => pos >= b.start && pos <= b.end);
  if (i < 0) return Math.max(0, pos - 1500);
  return ctx.blocks[Math.max(0, i - 1)]!.start;
}

/** The latest person mentioned before `pos` in this paragraph or the previous one, not as a prepositional object. */
function antecedent(ctx: SpeakerContext, pos: number): Entity | null {
  const from = blockWindowStart(ctx, pos);
  let best: { e: Entity; at: number } | null = null;
  for (const e of ctx.entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      if (m.start < from || m.end > pos) continue;
      if (/^['’]s\b/.test(ctx.text.slice(m.end, m.end + 3))) continue; // possessive: "Mohammad's admission"
      const back = ctx.text.slice(Math.max(0, m.start - 40), m.start).split(/[,.;:!?"“”]/).pop()!.trim().split(/\s+/).slice(-3);
      if (back.some((w) => STOP_WORDS.has(w.toLowerCase()) && !/^(?:and|but|although|while|that|as|when|because|after|since|if)$/i.test(w))) continue;
      if (!best || m.start > best.at) best = { e, at: m.start };
    }
  }
  return best?.e ?? null;
}

/** "the Russian advisor": an entity whose role or earlier title names the same head noun. */
function describedEntity(ctx: SpeakerContext, span: Span, head: string): Resolved | null {
  const byRole = ctx.entities.filter((e) => e.roles.some((r) => new RegExp(`\\b${head}\\b`, 'i').test(r)));
  if (byRole.length === 1) return { speaker: byRole[0]!.id, speakerName: byRole[0]!.name };
  const re = new RegExp(`\\b${head}\\b,?\\s+((?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,3}[\\p{Lu}][\\p{L}'’-]+)`, 'gu');
  let last: Span | null = null;
  for (const m of ctx.text.slice(0, span.start).matchAll(re)) {
    const s = m.index! + m[0].length - m[1]!.length;
    last = { start: s, end: s + m[1]!.length };
  }
  if (!last) return null;
  const e = overlapping(ctx, last);
  return e ? { speaker: e.id, speakerName: e.name } : { speaker: null, speakerName: ctx.text.slice(last.start, last.end) };
}

export function resolveSpeaker(ctx: SpeakerContext, span: Span, fallback?: Resolved | null): Resolved {
  const words = ctx.text.slice(span.start, span.end);
  const lw = words.toLowerCase();
  if (lw === 'he' || lw === 'she' || lw === 'i') {
    const e = antecedent(ctx, span.start);
    if (e) return { speaker: e.id, speakerName: e.name };
    return fallback?.speakerName ? fallback : { speaker: null, speakerName: words };
  }
  const e = overlapping(ctx, span);
  if (e) return { speaker: e.id, speakerName: e.name };
  const first = lw.split(/\s+/)[0]!;
  if (DETERMINERS.has(first) && !/[\p{Lu}]/u.test(words.split(/\s+/).slice(-1)[0]!)) {
    const head = lw.split(/\s+/).pop()!.replace(/[^\p{L}]/gu, '');
    const d = head ? describedEntity(ctx, span, head) : null;
    if (d) return d;
  }
  return { speaker: null, speakerName: words };
}
