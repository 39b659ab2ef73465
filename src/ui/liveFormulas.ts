import { deferredModule } from './deferredModule';

/**
 * KaTeX, for the formulas that hold live numbers (every fixed formula is typeset at build
 * time, ui/builtFormulas): a chunk of its own (./typesetter), fetched once such a formula is
 * on screen, or ahead of need at the reader's first move.
 */
export const liveTypesetter = deferredModule(() => import('./typesetter'));

/** Fetches KaTeX for the live formulas, once; anyone may call it ahead of need. */
export const loadTypesetter = liveTypesetter.load;
