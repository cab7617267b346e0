import { useParams } from 'react-router';
import { ComparePage } from '@/features/compare/compare-page';
import { comparePair } from './compare-pair';

/** /compare?a=&b= and its path form /compare/:a/:b (compare-pair.ts): the same page. */
export function Component() {
  const { a, b } = useParams();
  return (
    <ComparePage
      pair={a !== undefined && b !== undefined ? { a, b } : undefined}
      pairHref={comparePair.href}
    />
  );
}
