// How a news report points back at an earlier event (src/story/features.ts followUpMonths, read by far story merges in
// src/story/merge.ts). A follow-up names the earlier event's month in a sentence about what came of it — "Hiller is
// charged with murder for the shooting deaths … in September 2010", "a jury convicted … of murdering Deputy Jerry
// Ortiz in June, 2005" — while the report of a repeat names its predecessor to compare ("the strongest since the
// earthquake of August 2016", "the second fatal arson since May 2019"). Lower case, whole words.

/** Words of a crime's or disaster's aftermath in the courts and inquiries: the sentence is about what came of the earlier event. */
export const FOLLOW_UP_WORDS: ReadonlySet<string> = new Set([
  'accused', 'acquitted', 'appeal', 'appealed', 'arraigned', 'arrested', 'charged', 'charges', 'convicted', 'conviction',
  'court', 'courtroom', 'extradited', 'guilty', 'hearing', 'indicted', 'indictment', 'inquest', 'inquiry', 'jailed',
  'judge', 'juror', 'jurors', 'jury', 'lawsuit', 'parole', 'plea', 'pleaded', 'prosecutor', 'prosecutors', 'sentence',
  'sentenced', 'sentencing', 'sued', 'testified', 'testimony', 'trial', 'verdict',
]);

/** Words that set a new event beside an earlier one ("the strongest since", "two years after", "a similar attack"): a comparison, not a follow-up. */
export const COMPARISON_WORDS: ReadonlySet<string> = new Set([
  'after', 'again', 'another', 'biggest', 'deadliest', 'largest', 'previous', 'second', 'similar', 'since', 'strongest', 'than', 'third', 'worst',
]);
