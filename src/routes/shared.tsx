import { RankedList } from '@/features/results/result-list';
import { SharedPage } from '@/features/share/shared-page';

/** /shared#<code>: the share feature reads the link; the results feature ranks its answers. */
export function Component() {
  return (
    <SharedPage
      ranking={(shared) => (
        <RankedList
          answers={shared.answers}
          preferences={shared.preferences}
          title="Roles ranked for the shared answers"
          whose="other"
        />
      )}
    />
  );
}
