import { paths } from '@/shared/paths';
import { useParams } from 'react-router';
import { ComparePage } from '@/features/compare/compare-page';

/** /compare?a=&b= and its path form /compare/:a/:b (paths.comparePair): the same page. */
export function Component() {
  const { a, b } = useParams();
  return (
    <ComparePage
      pair={a !== undefined && b !== undefined ? { a, b } : undefined}
      pairHref={paths.comparePair.href}
    />
  );
}
