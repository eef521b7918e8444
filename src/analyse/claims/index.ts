// Public surface of the claims annotators.
import type { Annotator } from '../document.js';

export const claimAnnotators: Annotator[] = [];
