import { useSuspenseQuery } from '@tanstack/react-query';
import { catalogueQueryOptions } from './api';

/** The validated catalogue. Route loaders have already ensured it is in the cache. */
export function useCatalogue() {
  return useSuspenseQuery(catalogueQueryOptions()).data;
}
