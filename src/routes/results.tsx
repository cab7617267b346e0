import { ResultsPage } from '@/features/results/results-page';
import { ShareLink } from '@/features/share/share-link';
import { WhatIfControl } from '@/features/what-if/what-if-control';

/** /results: the results feature's page, with the what-if control and share link beside the list. */
export function Component() {
  return (
    <ResultsPage
      whatIf={(skillIds) => (
        <WhatIfControl skillIds={skillIds} legend="What if you improved a skill?" />
      )}
      share={(answers, preferences) => <ShareLink answers={answers} preferences={preferences} />}
    />
  );
}
