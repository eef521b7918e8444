// Public surface of the quotes annotators.
import type { Annotator } from '../document.js';

export const quoteAnnotators: Annotator[] = [];
