// Public surface of the events annotators.
import type { Annotator } from '../document.js';

export const eventAnnotators: Annotator[] = [];
