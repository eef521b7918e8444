// Public surface of the times annotators: the reference date first, then every time expression against it.
import type { Annotator } from '../document.js';
import { referenceDateAnnotator } from './reference-date.js';
import { timesAnnotator } from './times.js';

export { referenceDateAnnotator } from './reference-date.js';
export { timesAnnotator } from './times.js';
export { findTimes } from './find-times.js';

export const timeAnnotators: Annotator[] = [referenceDateAnnotator, timesAnnotator];
