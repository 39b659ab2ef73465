/**
 * The song catalogue of the last chapter, drawn from the reader's seed and size like the
 * tempos (its first feature is the tempo sample), and cached: the chapter's sections share it.
 */
import { songCatalogue, type SongCatalogue } from '../math/songCatalogue';
import type { LabState } from './readerState';

const catalogues = new Map<string, SongCatalogue>();
const CATALOGUES_KEPT = 2;

export function catalogueFor(seed: number, n: number): SongCatalogue {
  const key = `${seed}:${n}`;
  let catalogue = catalogues.get(key);
  if (!catalogue) {
    catalogue = songCatalogue(seed, n);
    catalogues.set(key, catalogue);
    if (catalogues.size > CATALOGUES_KEPT) catalogues.delete(catalogues.keys().next().value!);
  }
  return catalogue;
}

export const selectCatalogue = (s: Pick<LabState, 'seed' | 'n'>) => catalogueFor(s.seed, s.n);

/** Fitting a line with an intercept needs a few songs more than its two coefficients. */
export const MIN_CATALOGUE_SONGS = 5;
