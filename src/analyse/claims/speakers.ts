// Speaker labels of transcripts ("President of Russia Vladimir Putin: …", "MS. PSAKI: …", "Q …"):
// in a press conference or briefing every sentence after a label is that speaker's, so a claim
// without a subject in its sentence ("Then it turned out that it was a fake") is the speaker's.
import type { ArticleDoc } from '../document.js';
import type { Entity } from '../../model/analysis.js';
import { canAct } from '../shared/clauses.js';

export interface SpeakerTurn { at: number; speaker: Entity | null }

// A label: up to 8 capitalised words (dots allowed: "MS.", "Mr.") then a colon, at the text start or
// after a sentence end; or a bare "Q" opening a paragraph (a journalist's question).
const LABEL = /(?:^|(?<=[.!?…"”)]\s{1,3})|(?<=\n))((?:\p{Lu}[\p{L}.'’-]*\s+(?:of\s+(?:the\s+)?)?){0,7}\p{Lu}[\p{L}.'’-]*):\s|(?:^|\n)Q(?=\s)/gu;

/** Speaker turns in text order; a label naming no actor (a "Question:") ends the previous turn. */
export function speakerTurns(doc: ArticleDoc): SpeakerTurn[] {
  const mentions = doc.entities.flatMap((e) => (canAct(e) ? e.mentions.map((m) => ({ e, ...m })) : []))
    .sort((a, b) => a.start - b.start);
  const turns: SpeakerTurn[] = [];
  let k = 0;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(doc.text); m; m = LABEL.exec(doc.text)) {
    const start = m.index, end = m.index + m[0].length;
    while (k < mentions.length && mentions[k].start < start) k++;
    let speaker: Entity | null = null;
    for (let j = k; j < mentions.length && mentions[j].start < end; j++) if (mentions[j].end <= end) speaker = mentions[j].e;
    turns.push({ at: end, speaker });
  }
  return turns;
}

/** The speaker whose turn covers `pos` (turns sorted by `at`): null for an unnamed one, undefined before any turn. */
export function speakerAt(turns: SpeakerTurn[], pos: number): Entity | null | undefined {
  let lo = 0, hi = turns.length - 1, best: SpeakerTurn | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid].at <= pos) { best = turns[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return best ? best.speaker : undefined;
}
