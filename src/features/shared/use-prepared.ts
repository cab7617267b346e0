import { useCatalogue } from '@/catalogue/use-catalogue';
import { prepareCatalogue, type PreparedCatalogue } from '@/scoring';
import type { Catalogue } from '@/catalogue/schema';

// One precomputation per catalogue object, shared by every component that scores.
const cache = new WeakMap<Catalogue, PreparedCatalogue>();

export function getPrepared(catalogue: Catalogue): PreparedCatalogue {
  let prepared = cache.get(catalogue);
  if (!prepared) {
    prepared = prepareCatalogue(catalogue);
    cache.set(catalogue, prepared);
  }
  return prepared;
}

/** The catalogue prepared for the scoring engine. */
export function usePrepared(): PreparedCatalogue {
  return getPrepared(useCatalogue());
}
