import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/**
 * URL search params with an updater that builds on the last URL we asked for. React Router's own
 * functional updater receives the params of the last render: while a navigation is still landing
 * (it is asynchronous even now that the catalogue loader skips search-param changes), a second
 * quick change would bring back a value the first one had just removed. Updates replace the
 * history entry, so adjusting a view never fills Back.
 */
export function useSearchParamsMerge() {
  const [params, setParams] = useSearchParams();
  const { key } = useLocation();
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [key]);

  const merge = useCallback(
    (change: (current: URLSearchParams) => URLSearchParams) => {
      const next = change(new URLSearchParams(pending.current ?? params));
      pending.current = next;
      setParams(next, { replace: true, preventScrollReset: true });
    },
    [params, setParams],
  );
  return [params, merge] as const;
}
