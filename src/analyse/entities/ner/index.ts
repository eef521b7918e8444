// The statistical name recogniser's public surface: names with types for tokenised sentences, from the
// model that ships for the language (null when none does, so the caller can fall back to rules).
import type { EntityType } from '../../../model/analysis.js';
import type { Token } from '../tokens.js';
import { decodeSpans } from './labels.js';
import { nerModel } from './model.js';

export { nerModel, modelPath, NerModel } from './model.js';

export interface NameSpan { sentence: number; from: number; to: number; type: EntityType }

/** `hints` computes the rule recogniser's per-token hints, called only when the model was trained with them. */
export function recogniseNames(sentences: Token[][], lang = 'en', hints?: () => string[][]): NameSpan[] | null {
  const model = nerModel(lang);
  if (!model) return null;
  const labels = model.tag(sentences.map((ts) => ts.map((t) => t.text)), model.usesHints && hints ? hints() : null);
  return labels.flatMap((y, sentence) => decodeSpans(y).map((s) => ({ sentence, ...s })));
}
