// Speakers found by name rather than by position: a name the entity layer left unmarked at the cue ("The Biden
// campaign"), and the labelled speaker of a transcript answer ("((Name)) … I said").
import type { Entity } from '../../model/analysis.js';
import { DETERMINERS } from '../../lang/en/speaker-phrases.js';
import { COURTESY_TITLE_WORD } from '../../lang/en/titles.js';
import { INTERVIEWER_LABEL_RE, TRANSCRIPT_LABEL_RE } from '../../lang/en/quote-cues.js';
import type { Resolved, SpeakerContext } from './resolve.js';

/** The speaker a transcript block is labelled with ("((Name)) …", "NAME: …"), not the interviewer's. */
export function transcriptLabel(ctx: SpeakerContext, pos: number): Resolved | null {
  const block = ctx.blocks.find((b) => pos >= b.start && pos < b.end);
  if (!block) return null;
  const m = TRANSCRIPT_LABEL_RE.exec(ctx.text.slice(block.start, Math.min(block.end, block.start + 80)));
  const name = m?.[1] ?? m?.[2];
  if (!name || INTERVIEWER_LABEL_RE.test(name)) return null;
  const e = byName(ctx, name) ?? byName(ctx, name.split(/\s+/).pop()!);
  return e ? { speaker: e.id, speakerName: e.name } : { speaker: null, speakerName: name };
}

/**
 * The one person (else the one organisation) whose name or last name is the capitalised words of `words`
 * ("Biden" → Joe Biden, "Mr Okoro" → Chidi Okoro); null when none or several fit.
 */
export function byName(ctx: SpeakerContext, words: string): Entity | null {
  const caps = words.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase()) && !COURTESY_TITLE_WORD.test(w));
  if (!caps.length || caps.length > 3) return null;
  const key = caps.join(' ');
  for (const type of ['person', 'organization']) {
    const fits = ctx.entities.filter((e) => e.type === type && (e.name === key || e.name.endsWith(` ${key}`) || e.aliases.includes(key)));
    if (fits.length === 1) return fits[0]!;
    if (fits.length > 1) {
      // two Bidens: the one already quoted, else the one the article is about (twice the mentions of any other)
      const quoted = fits.filter((e) => ctx.quoted?.has(e.id));
      if (quoted.length === 1) return quoted[0]!;
      const [a, b] = fits.sort((x, y) => y.mentions.length - x.mentions.length);
      return a!.mentions.length >= 2 * b!.mentions.length ? a! : null;
    }
  }
  return null;
}
