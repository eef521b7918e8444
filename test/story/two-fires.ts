// A fixture for story splits (test/story/story-split.test.ts, test/story-store/story-split.test.ts): reports of two
// invented warehouse fires, one undated (its reports carry no date, as ECB+'s older documents) and one dated two years
// later, and a linker loose enough to put every report in one story, as an undated report joining on content can.
import { analyzeText } from '../../src/api.js';
import { FEATURES } from '../../src/story/index.js';
import type { LinkerWeights } from '../../src/story/linker.js';

/** id, publication date (null: undated), title, text. */
export const TWO_FIRES: Array<[string, string | null, string, string]> = [
  ['kessel-1', null, 'Fire destroys Kessel harbour grain warehouse', 'A fire destroyed the grain warehouse at Kessel harbour on Monday night. Firefighters fought the blaze for six hours before the roof collapsed. The warehouse held the winter grain of the Marrow cooperative, its manager Ilse Brandt said.'],
  ['kessel-2', null, 'Kessel grain warehouse burns down', 'The Kessel harbour grain warehouse of the Marrow cooperative burned down overnight. Crews battled the blaze for hours and the roof collapsed before dawn, manager Ilse Brandt said, and the winter grain was lost.'],
  ['kessel-3', null, 'Marrow cooperative counts its losses after Kessel fire', 'The Marrow cooperative lost its winter grain when the Kessel harbour warehouse burned, manager Ilse Brandt said. Farmers asked the cooperative how the grain would be replaced before spring.'],
  ['dorn-1', '2021-06-14', 'Fire guts Dorn timber warehouse', 'A fire gutted a timber warehouse in the Dorn industrial park on Sunday. Forty firefighters fought the blaze and the warehouse roof collapsed, fire chief Tomas Vell said. The timber belonged to the Ostrava sawmill.'],
  ['dorn-2', '2021-06-15', 'Dorn sawmill loses timber stock in warehouse fire', 'The Ostrava sawmill lost its timber stock when fire gutted its Dorn warehouse, fire chief Tomas Vell said on Monday. The roof collapsed and the industrial park was closed for the day.'],
  ['dorn-3', '2021-06-16', 'Dorn fire chief says warehouse blaze was accidental', 'Fire chief Tomas Vell said the Dorn timber warehouse blaze started in a faulty saw of the Ostrava sawmill. The industrial park reopened on Tuesday; the timber stock was lost.'],
];

/** A linker that joins any candidate (so both fires end in one story unless it splits), with the split check when asked. */
export const looseLinker = (split: { bar: number; minPart: number } | null): LinkerWeights => ({
  features: [...FEATURES], weights: FEATURES.map((f) => (f === 'bias' ? 10 : 0)), newStory: 0.5,
  ...(split ? { split } : {}),
});

export const twoFireAnalyses = () => TWO_FIRES.map(([id, published, title, text]) => {
  const a = analyzeText(text, { format: 'text', ...(published ? { published } : {}), today: '2025-01-01', path: id });
  a.article.id = id; a.article.title = title;
  return a;
});
