// A fixture for far story merges (test/story/recurring-events.test.ts): invented, multi-site, every report dated.
// Two storms of one kind on one coast three years apart, worded alike as such reports are (they must stay two
// stories), and a robbery with its trial a year later whose reports name the robbery's month, place and victim (a
// follow-up, which far merges may join). bench/stories/recurring-events.mjs holds the larger set.
import { analyzeText } from '../../src/api.js';
import type { Analysis } from '../../src/model/analysis.js';

/** id, site, publication date, title, text; the first two of each stream report its first event. */
type Report = [string, string, string, string, string];
export const TWO_STORMS: Report[] = [
  ['storm-1', 'coastpost.example', '2019-02-11', 'Storm Ilse batters Brenna coast', 'Storm Ilse battered the Brenna coast on Monday with winds of 140 km/h, cutting power to 30,000 homes and closing the harbour at Saltmere. The coastguard rescued a fishing crew off Saltmere point, and mayor Jonas Feld opened a shelter in the town hall.'],
  ['storm-2', 'northwire.example', '2019-02-12', 'Clean-up begins after Storm Ilse', 'Crews began clearing fallen trees from the coast road at Saltmere after Storm Ilse. Power was back for most of the 30,000 homes cut off, and mayor Jonas Feld said the harbour wall had held.'],
  ['storm-3', 'coastpost.example', '2022-01-24', 'Storm Odo batters Brenna coast', 'Storm Odo battered the Brenna coast on Monday with winds of 150 km/h, cutting power to 45,000 homes and closing the harbour at Saltmere. The coastguard rescued two sailors off Saltmere point, and mayor Petra Lund opened a shelter in the town hall.'],
  ['storm-4', 'northwire.example', '2022-01-25', 'Clean-up begins after Storm Odo', 'Crews began clearing fallen trees from the coast road at Saltmere after Storm Odo. Power was back for most of the 45,000 homes cut off, and mayor Petra Lund said the harbour wall had cracked.'],
];
/** The storms again, the later reports naming the earlier storm's month as reports of a repeat do (to compare, or as background). */
export const TWO_STORMS_COMPARED: Report[] = TWO_STORMS.map(([id, site, date, title, text], i) => [id, site, date, title,
  i === 2 ? `The storm was the strongest on the Brenna coast since Storm Ilse in February 2019. ${text}`
    : i === 3 ? `${text} Storm Ilse cut power to 30,000 homes in February 2019, and the harbour wall was rebuilt after it.` : text]);
export const ROBBERY_AND_TRIAL: Report[] = [
  ['robbery-1', 'cityherald.example', '2020-05-06', 'Guard shot in Corvale bank robbery', 'Two armed men robbed the Corvale Savings bank on Dock Street on Wednesday and shot the security guard, Anton Rusk, who died in hospital. Police said the men escaped with 80,000 crowns in a grey van.'],
  ['robbery-2', 'valleywire.example', '2020-05-07', 'Police hunt Corvale bank robbers', 'Police in Corvale are hunting two men who shot dead security guard Anton Rusk during a robbery at the Corvale Savings bank on Dock Street. The grey van was found burned out near the river.'],
  ['robbery-3', 'cityherald.example', '2021-06-14', 'Trial opens over Corvale bank killing', 'Two men went on trial on Monday for the murder of security guard Anton Rusk during the robbery of the Corvale Savings bank on Dock Street in May 2020. The prosecutor said they escaped with 80,000 crowns in a grey van.'],
  ['robbery-4', 'valleywire.example', '2021-06-18', 'Corvale bank robbers jailed for Rusk murder', 'The two men who shot dead Anton Rusk in the robbery of the Corvale Savings bank on 6 May 2020 were jailed for life on Friday. The judge said the guard had been shot as he raised his hands.'],
];

/** The reports analysed, each with its site (the `source` StoryBuilder.add takes). */
export const recurringAnalyses = (reports: Report[]): Array<{ analysis: Analysis; site: string }> => reports.map(([id, site, published, title, text]) => {
  const analysis = analyzeText(`${title}\n\n${text}`, { format: 'text', published, today: '2025-01-01', path: id });
  analysis.article.id = id; analysis.article.title = title; analysis.article.source.url = `https://${site}/${id}`;
  return { analysis, site };
});
