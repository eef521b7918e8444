// Public surface of the times annotators.
import type { Annotator } from '../document.js';

export const timeAnnotators: Annotator[] = [];
