import { useSuspenseQuery } from '@tanstack/react-query';
import { catalogueQueryOptions } from './api';
import type { CatalogueModel } from './model';

/** The catalogue model: the data, lookups by id and the engine's prepared data. Route loaders have already ensured it is in the cache. */
export function useCatalogueModel(): CatalogueModel {
  return useSuspenseQuery(catalogueQueryOptions()).data;
}
