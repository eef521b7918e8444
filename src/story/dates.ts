// The date a story placement uses for an article, with how sure it is. A dated article keeps its
// publication date (linker.DATE_CONFIDENCE by where it came from). An undated one gets an estimate
// instead of a free pass when something outside its body sentences says when it was written: a date
// in its URL path (/2013-07-21/, /2013/07/21/, 20130721) or a date line in its title or first line
// ("Article posted on 08.07. 2012", "Novemer 27, 2005", "Published: 2012. 08.08"). Dates its body
// sentences name are left out: a 2013 report of a heist that recalls "the December 2008 raid" names
// the other event's date (those years still reach the linker through features.namedYears).
import { ORDINAL_SUFFIX_PATTERN } from '../lang/en/numbers.js';
import { MONTHS } from '../lang/en/times.js';
import { DATE_CONFIDENCE } from './linker.js';

/** How sure an estimated date is: below a date read from the text (0.8), above one inferred from a weekday (0.4). */
export const ESTIMATE_CONFIDENCE = { url: 0.6, dateLine: 0.6 };

export interface PlacementDate { date: string | null; confidence: number; from: string | null }

interface DatedArticle {
  published: string | null; publishedFrom?: string | null; title: string | null; text: string;
  canonicalUrl?: string | null; source: { url?: string | null };
}

const pad = (n: number) => String(n).padStart(2, '0');
function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso ? iso : null;
}

/** A date written in a URL's path: 2013-07-21, 2013/07/21 or 20130721 (four-digit years only). */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try { path = new URL(url).pathname; } catch { return null; }
  const m = /(?<!\d)((?:19|20)\d\d)([/_-])(\d{1,2})\2(\d{1,2})(?!\d)/.exec(path) ?? /(?<!\d)((?:19|20)\d\d)()(\d\d)(\d\d)(?!\d)/.exec(path);
  return m ? ymd(Number(m[1]), Number(m[3]), Number(m[4])) : null;
}

/** A month written by name, read by its first three letters ("Novemer", "SEPTEMBER", "Sept."): 1–12, or 0. */
const monthOf = (w: string) => MONTHS.findIndex((m) => m.slice(0, 3) === w.slice(0, 3).toLowerCase()) + 1;
const MONTH_WORD = String.raw`(\p{L}{3,9})\.?`;
const LINE_DATES: Array<[RegExp, (m: RegExpExecArray) => string | null]> = [
  // "November 27, 2005", "Friday, June 24, 2005", "SEPTEMBER 19, 2013"
  [new RegExp(String.raw`${MONTH_WORD}\s+(\d{1,2})${ORDINAL_SUFFIX_PATTERN}?,?\s+((?:19|20)\d\d)(?!\d)`, 'u'), (m) => monthOf(m[1]!) ? ymd(Number(m[3]), monthOf(m[1]!), Number(m[2])) : null],
  // "24 June 2005"
  [new RegExp(String.raw`(?<!\d)(\d{1,2})\s+${MONTH_WORD}\s+((?:19|20)\d\d)(?!\d)`, 'u'), (m) => monthOf(m[2]!) ? ymd(Number(m[3]), monthOf(m[2]!), Number(m[1])) : null],
  // "2012. 08.08", "2013-07-21"
  [/(?<!\d)((?:19|20)\d\d)[.-]\s?(\d{1,2})[.-](\d{1,2})(?!\d)/, (m) => ymd(Number(m[1]), Number(m[2]), Number(m[3]))],
  // "08.07. 2012" (day first, as written outside the US)
  [/(?<!\d)(\d{1,2})\.(\d{1,2})\.\s?((?:19|20)\d\d)(?!\d)/, (m) => ymd(Number(m[3]), Number(m[2]), Number(m[1]))],
];

/** Words a date line may hold besides its date ("Article posted on", "End of Watch: Friday,", "Published: 09:01 AM"). */
const DATE_LINE_WORDS = 5;

/** A date line in a title or first line: a date with at most a few other words, not a sentence that recalls a date. */
export function dateLine(line: string | null | undefined): string | null {
  if (!line) return null;
  for (const [re, read] of LINE_DATES) {
    const m = re.exec(line);
    if (!m) continue;
    const rest = `${line.slice(0, m.index)} ${line.slice(m.index + m[0].length)}`.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (rest.length <= DATE_LINE_WORDS) { const d = read(m); if (d) return d; }
  }
  return null;
}

/** The article's date for placement: its publication date, else an estimate from its URL or a date line, else none. */
export function placementDate(a: DatedArticle): PlacementDate {
  if (a.published) return { date: a.published.slice(0, 10), confidence: DATE_CONFIDENCE[a.publishedFrom ?? ''] ?? 0, from: a.publishedFrom ?? null };
  const fromUrl = urlDate(a.canonicalUrl ?? a.source.url);
  if (fromUrl) return { date: fromUrl, confidence: ESTIMATE_CONFIDENCE.url, from: 'url' };
  const firstLine = a.text.slice(0, 120).split('\n')[0];
  const fromLine = dateLine(a.title) ?? dateLine(firstLine);
  if (fromLine) return { date: fromLine, confidence: ESTIMATE_CONFIDENCE.dateLine, from: 'date line' };
  return { date: null, confidence: 0, from: null };
}
