// The Wikinews clustering check: documented multi-article groups (title patterns), scored on pairs of
// grouped articles within the clusterer's date window (an ungrouped article's true story is unknown).
export const GROUPS = {
  impeachment: /impeach/i, covid: /coronavirus|covid|sars-cov/i, hongkong: /hong kong/i, navalny: /navalny/i,
  us_campaign_2020: /caucus|primar(?:y|ies)|presidential (?:bid|race|nominee)|running mate|biden-trump|presidential debate/i,
};
export const groupOf = (title) => Object.entries(GROUPS).find(([, re]) => re.test(title))?.[0] ?? null;

/** Pairwise agreement of `storyOf` (article id → story id) with the groups, for analyses in `analyses`. */
export function groupAgreement(analyses, storyOf, windowDays) {
  const items = analyses.map((a) => ({ g: groupOf(a.article.title), d: Date.parse(a.article.published) / 864e5, s: storyOf(a.article.id) }));
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
    const x = items[i], y = items[j];
    if (!x.g || !y.g) continue;
    const same = x.s === y.s;
    if (same && x.g !== y.g) fp++;
    else if (x.g === y.g && Math.abs(x.d - y.d) <= windowDays) { if (same) tp++; else fn++; }
  }
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), tp, fp, fn };
}
