// The `times` annotator: every date and time expression with its ISO value against the reference date.
import type { Annotator } from '../document.js';
import { parseIsoDate } from './calendar.js';
import { findTimes } from './find-times.js';

export const timesAnnotator: Annotator = {
  name: 'times',
  reads: ['referenceDate', 'sentences'],
  writes: ['times'],
  annotate(doc) {
    const today = parseIsoDate(doc.options.today);
    if (!today) throw new Error(`today "${doc.options.today}" is not an ISO date`);
    const ref = doc.referenceDate ? parseIsoDate(doc.referenceDate) : null;
    doc.times = findTimes(doc, ref, today);
    const unresolved = doc.times.filter((t) => t.value === null).length;
    if (unresolved) doc.messages.push({ source: 'times', reason: `${unresolved} time expression(s) left unresolved${ref ? '' : ' (no reference date)'}` });
  },
};
