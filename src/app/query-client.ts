import { QueryClient } from '@tanstack/react-query';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        // Offline, the service worker still answers from its cache: try the fetch instead of
        // pausing every query (and every page's loader) until the browser says it is online.
        networkMode: 'offlineFirst',
      },
    },
  });
}
