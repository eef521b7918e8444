// Public surface of the quantities annotators.
import type { Annotator } from '../document.js';

export const quantityAnnotators: Annotator[] = [];
