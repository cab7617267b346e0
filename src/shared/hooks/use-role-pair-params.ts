import { useSearchParams } from 'react-router';
import { useCatalogueModel } from '@/catalogue/use-catalogue';

/**
 * Two role ids kept in the URL (compare's ?a=&b=, paths' ?from=&to=), so a link reproduces the
 * view. `unknown` lists the ids given that the catalogue lacks; choosing a pair adds a history
 * entry, so Back returns to the previous pair.
 */
export function useRolePairParams(first: string, second: string) {
  const { roleById } = useCatalogueModel();
  const [params, setParams] = useSearchParams();
  const a = params.get(first) ?? '';
  const b = params.get(second) ?? '';
  const unknown = [a, b].filter((id) => id && !roleById.has(id));

  function choose(nextA: string, nextB: string) {
    const next = new URLSearchParams();
    if (nextA) next.set(first, nextA);
    if (nextB) next.set(second, nextB);
    setParams(next);
  }

  return { a, b, unknown, choose };
}
