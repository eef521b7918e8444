// Public surface of the entities annotators.
import type { Annotator } from '../document.js';

export const entityAnnotators: Annotator[] = [];
