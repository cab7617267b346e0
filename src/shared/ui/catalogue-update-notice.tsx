import { useId, useLayoutEffect, useMemo, useRef } from 'react';
import { levelText } from '@/shared/format/level';
import { useCatalogueNow } from '@/shared/hooks/use-catalogue-now';
import { useAnswersStore } from '@/store/answers';
import { catalogueChanges, hasChanges, type CatalogueChanges } from '@/store/catalogue-update';
import { RateSkill } from './rate-skill';
import './catalogue-update-notice.css';

/**
 * After an update to Pathfinder's skill list: brings the saved answers in line (renames moved,
 * quiz path repaired), then tells the person what changed for them (answers moved to a renamed
 * skill, answers set aside because their skill was removed, new skills they could rate here)
 * until they say they have seen it. With nothing to tell, it quietly records the catalogue the
 * answers now match and shows nothing.
 */
export function CatalogueUpdateNotice() {
  const now = useCatalogueNow();
  const answers = useAnswersStore((s) => s.answers);
  const stamp = useAnswersStore((s) => s.catalogue);
  const applyCatalogue = useAnswersStore((s) => s.applyCatalogue);
  const acknowledgeCatalogue = useAnswersStore((s) => s.acknowledgeCatalogue);
  const changes = useMemo(
    () => catalogueChanges({ answers, catalogue: stamp }, now),
    [answers, stamp, now],
  );
  const pending = hasChanges(changes);
  const answered = Object.keys(answers).length > 0;
  // Before paint, so no screen shows progress through a removed question. Someone with nothing
  // saved gets no stamp (nothing is written) until their first answer.
  useLayoutEffect(() => {
    applyCatalogue(now);
    if (!pending && answered) acknowledgeCatalogue(now);
  }, [now, pending, answered, applyCatalogue, acknowledgeCatalogue]);
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();
  if (!pending) return null;
  const done = () => {
    // The notice (and its button) disappears: hand keyboard focus to the page's h1.
    ref.current?.parentElement?.closest('section')?.querySelector<HTMLElement>('h1')?.focus();
    acknowledgeCatalogue(now);
  };
  return (
    <section ref={ref} className="catalogue-update" aria-labelledby={titleId}>
      <h2 id={titleId}>Pathfinder's skill list has changed since your last visit</h2>
      <ChangeList changes={changes} />
      <button type="button" className="button" onClick={done}>
        Got it
      </button>
    </section>
  );
}

function ChangeList({ changes }: { changes: CatalogueChanges }) {
  const { renamed, setAside, added } = changes;
  return (
    <>
      {renamed.length > 0 && (
        <>
          <p>Your answers moved with these renamed skills:</p>
          <ul>
            {renamed.map((r) => (
              <li key={r.id}>
                {r.was} is now <strong>{r.name}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      {setAside.length > 0 && (
        <>
          <p>
            These skills were removed, so your answers to them no longer count. They are set aside,
            still saved in this browser:
          </p>
          <ul>
            {setAside.map((s) => (
              <li key={s.id}>
                {s.name}: you answered {levelText(s.level)}
              </li>
            ))}
          </ul>
        </>
      )}
      {added.length > 0 && (
        <>
          <p>New skills you could rate now; your ranking updates as you do:</p>
          <ul className="catalogue-update-added">
            {added.map((s) => (
              <li key={s.id}>
                <RateSkill skillId={s.id} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
