// A fixture for story merges (test/story/story-merge.test.ts, test/story-store/story-merge.test.ts): reports of one
// invented harbour fire, and a linker strict enough that the reports on the inquiry start a story of their own.
import { analyzeText } from '../../src/api.js';
import { FEATURES } from '../../src/story/index.js';
import type { LinkerWeights } from '../../src/story/linker.js';

/** Four reports of one harbour fire: two on the fire, then two on the inquiry, which start a story of their own. */
export const HARBOUR_FIRE: Array<[string, string, string, string]> = [
  ['fire-1', '2021-03-01', 'Fire destroys Kessel harbour grain warehouse', 'A fire destroyed the grain warehouse at Kessel harbour in Valdoria on Monday night. Firefighters fought the blaze for six hours before the roof of the warehouse collapsed. The warehouse held the winter grain of the Marrow farming cooperative, its manager said.'],
  ['fire-2', '2021-03-02', 'Kessel harbour warehouse burns down', 'The Kessel harbour warehouse where the Marrow farming cooperative stored its winter grain burned down overnight. Crews battled the blaze for hours and the roof collapsed before dawn, harbour officials in Valdoria said on Tuesday.'],
  ['inquiry-1', '2021-03-04', 'Investigators look for the cause of the Kessel harbour blaze', 'Investigators began searching the ruins of the Kessel harbour warehouse for the cause of the blaze. Insurers estimate the losses of the cooperative at four million crowns, and arson has not been ruled out by the police inspector leading the inquiry.'],
  ['inquiry-2', '2021-03-05', 'Police inspector says arson not ruled out in Kessel blaze', 'The police inspector leading the inquiry into the Kessel harbour blaze said arson had not been ruled out. Investigators searching the ruins found traces of fuel, and insurers put the losses at four million crowns.'],
];
/**
 * The same reports with the inquiry's half a year after the fire (its findings), beyond any date window; a follow-up
 * names the event it follows by its month in its lead, in words of the aftermath, as these do (merge.ts refersBack).
 */
export const HARBOUR_FIRE_LATER: Array<[string, string, string, string]> = HARBOUR_FIRE.map(([id, published, title, text]) =>
  id.startsWith('inquiry') ? [id, published.replace('2021-03', '2021-09'), title, `The inquiry into the fire of 1 March 2021 has reported. ${text}`] : [id, published, title, text]);
/**
 * A linker that joins only on a high average link (0.5), so the inquiry reports start a story of their own; `far`: the
 * far-merge bar; `join`: the average link a join needs (0.5 unless given).
 */
export const strictLinker = (merge: number | null, far?: number, join = 0.5): LinkerWeights => ({
  features: [...FEATURES], weights: FEATURES.map((f) => (f === 'bias' ? -20 * join : f === 'averageLink' ? 20 : 0)), newStory: 0.5,
  ...(merge === null ? {} : { merge: { dated: merge, ...(far === undefined ? {} : { far }) } }),
});
/** The reports analysed as text, each with its id and title. */
export const harbourAnalyses = (reports = HARBOUR_FIRE) => reports.map(([id, published, title, text]) => {
  const a = analyzeText(text, { format: 'text', published, today: '2025-01-01', path: id });
  a.article.id = id; a.article.title = title;
  return a;
});
