import { useId, useMemo, useState } from 'react';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { rankRoles } from '@/scoring';
import { useAnswers, usePreferences } from '@/store/answers';

const SHOWN = 5;

/** Optional "leading roles so far": the engine's current top roles for the answers given. */
export function LeadingPanel() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <aside className="quiz-leading card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="quiz-leading-title">
        Leading roles so far
      </h2>
      <label className="quiz-check">
        <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} />
        <span>Show the leading roles as I answer</span>
      </label>
      {open && <LeadingList />}
    </aside>
  );
}

function LeadingList() {
  const { prepared, roleTitle } = useCatalogueModel();
  const answers = useAnswers();
  const preferences = usePreferences();
  const leading = useMemo(
    () =>
      rankRoles(prepared, answers, { preferences })
        .filter((r) => !r.excludedByPreferences)
        .slice(0, SHOWN),
    [prepared, answers, preferences],
  );
  if (Object.keys(answers).length === 0) {
    return <p className="muted">Answer a question or two to see which roles lead.</p>;
  }
  return (
    <ol className="quiz-leading-list">
      {leading.map((r) => (
        <li key={r.roleId}>
          <span>{roleTitle(r.roleId)}</span>{' '}
          <span className="badge">{Math.round(r.adjustedScore)}% match</span>
        </li>
      ))}
    </ol>
  );
}
