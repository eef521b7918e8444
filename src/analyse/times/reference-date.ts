// The `referenceDate` annotator: the date relative expressions resolve against. A known publication date
// wins; otherwise the latest weekday+date pair the article reports ("on Thursday (12/4)"), whose weekday
// also gives the year; otherwise the latest full date the text states, favouring a dateline.
import type { Annotator, ArticleDoc } from '../document.js';
import { dayNumber, isoDay, parseIsoDate, type Ymd } from './calendar.js';
import { chronoDocTimes } from './find-times.js';
import { isFutureContext } from './tense.js';
import { findWeekdayDates, resolveWeekdayDates } from './weekday-dates.js';
import { WEEKDAY_NAMES } from '../../lang/en/times.js';
import { PUBLICATION_WORDS, THIS_PARTS, TODAY_WORDS } from '../../lang/en/time-grammar.js';
import { alternation } from '../../lang/alternation.js';

// A date that opens the article or sits next to words like these is the article's own "today".
const TODAY_CUE = new RegExp(String.raw`\b(?:${alternation(TODAY_WORDS)}|this (?:${alternation(THIS_PARTS)})|${alternation(PUBLICATION_WORDS)})\b`, 'i');
const DATELINE_CHARS = 300;

interface Inference { date: Ymd; from: 'text' | 'inferred'; reason: string; span: { start: number; end: number } }

function fromWeekdayPairs(doc: ArticleDoc, today: Ymd): Inference | null {
  const pairs = resolveWeekdayDates(findWeekdayDates(doc.text), today, 'latest')
    .filter((p) => p.date && !isFutureContext(doc, p.start, p.end));
  if (!pairs.length) return null;
  const latest = pairs.reduce((a, b) => (dayNumber(b.date!) > dayNumber(a.date!) ? b : a));
  const d = latest.date!;
  const quoted = doc.text.slice(latest.start, latest.end);
  const reason = latest.yearInferred
    ? `reference date ${isoDay(d)} inferred from "${quoted}": the latest year up to ${doc.options.today} in which ${isoDay(d).slice(5)} is a ${WEEKDAY_NAMES[latest.weekday]} (latest of ${pairs.length} weekday+date pair(s))`
    : `reference date ${isoDay(d)} stated in the text as "${quoted}" (latest of ${pairs.length} weekday+date pair(s))`;
  return { date: d, from: latest.yearInferred ? 'inferred' : 'text', reason, span: { start: latest.start, end: latest.end } };
}

function fromFullDates(doc: ArticleDoc, today: Ymd): Inference | null {
  const cutoff = dayNumber(today);
  // Only spans with a four-digit number can hold a full date: chrono skips the rest.
  const full = chronoDocTimes(doc, null, today, /\d{4}/)
    .filter((t) => /\b\d{4}\b/.test(t.text) && t.value && /^\d{4}-\d{2}-\d{2}/.test(t.value))
    .map((t) => ({ t, date: parseIsoDate(t.value!)! }))
    .filter(({ date }) => dayNumber(date) <= cutoff);
  if (!full.length) return null;
  const nearToday = (start: number) => start < DATELINE_CHARS
    || TODAY_CUE.test(doc.text.slice(Math.max(0, start - 80), start + 80));
  const preferred = full.filter(({ t }) => nearToday(t.start));
  const pool = preferred.length ? preferred : full;
  const best = pool.reduce((a, b) => (dayNumber(b.date) > dayNumber(a.date) ? b : a));
  const where = preferred.length ? 'at the top of the article or next to a "today"-like word' : 'anywhere in the text';
  return { date: best.date, from: 'text', reason: `reference date ${isoDay(best.date)} from the latest full date ${where}: "${best.t.text}"`, span: { start: best.t.start, end: best.t.end } };
}

export const referenceDateAnnotator: Annotator = {
  name: 'referenceDate',
  reads: ['sentences'],
  writes: ['referenceDate'],
  annotate(doc) {
    const { article } = doc;
    if (article.published) {
      doc.referenceDate = article.published.slice(0, 10);
      doc.messages.push({ source: 'referenceDate', reason: `reference date ${doc.referenceDate} from the publication date (${article.publishedFrom ?? 'metadata'})` });
      return;
    }
    const today = parseIsoDate(doc.options.today);
    if (!today) throw new Error(`today "${doc.options.today}" is not an ISO date`);
    const found = fromWeekdayPairs(doc, today) ?? fromFullDates(doc, today);
    if (!found) {
      doc.referenceDate = null;
      doc.messages.push({ source: 'referenceDate', reason: 'no publication date and no date in the text to infer one from: relative times stay unresolved' });
      return;
    }
    doc.referenceDate = isoDay(found.date);
    article.published = doc.referenceDate;
    article.publishedFrom = found.from;
    doc.messages.push({ source: 'referenceDate', reason: found.reason, span: found.span });
  },
};
