import { ResultsPage } from '@/features/results/results-page';

export function Component() {
  return <ResultsPage />;
}
