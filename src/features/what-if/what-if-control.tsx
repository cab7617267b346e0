import { useId, useState } from 'react';
import { LEVEL_LABELS } from '@/catalogue/vocabulary';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { NOT_RATED } from '@/shared/format/level';
import { useAnswers } from '@/store/answers';
import { keepWhatIf, useWhatIfStore } from '@/store/what-if';
import './what-if.css';

interface Props {
  /** The skills offered for a temporary change, in display order. */
  skillIds: readonly string[];
  /** Legend of the group; defaults to "What if your level were different?". */
  legend?: string;
}

/**
 * A level picker per skill bound to the what-if store. Changes are temporary: every view that
 * reads `useEffectiveProfile()` updates at once; "keep" writes them to the answers, "reset" drops them.
 */
export function WhatIfControl({ skillIds, legend = 'What if your level were different?' }: Props) {
  const overrides = useWhatIfStore((s) => s.overrides);
  const reset = useWhatIfStore((s) => s.reset);
  // The confirmation belongs to the state the action left behind; any later change hides it.
  const [outcome, setOutcome] = useState<{ text: string; after: object } | null>(null);
  const count = Object.keys(overrides).length;
  const message = outcome?.after === overrides ? outcome.text : '';

  function keep() {
    keepWhatIf();
    setOutcome({
      text:
        count === 1
          ? 'Saved: the change is now part of your answers.'
          : `Saved: ${count} changes are now part of your answers.`,
      after: useWhatIfStore.getState().overrides,
    });
  }
  function discard() {
    reset();
    setOutcome({
      text: 'Temporary changes discarded.',
      after: useWhatIfStore.getState().overrides,
    });
  }

  return (
    <fieldset className="what-if card">
      <legend>{legend}</legend>
      <p className="muted what-if-hint">
        Pick a level to see how your scores would change. Nothing is saved until you keep it.
      </p>
      <ul className="what-if-list">
        {skillIds.map((skillId) => (
          <WhatIfRow key={skillId} skillId={skillId} />
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button primary" onClick={keep} disabled={count === 0}>
          {count > 1 ? `Keep these ${count} changes` : 'Keep this change'}
        </button>
        <button type="button" className="button" onClick={discard} disabled={count === 0}>
          Reset
        </button>
      </div>
      <p role="status" className="what-if-status">
        {count > 0
          ? `${count} temporary ${count === 1 ? 'change' : 'changes'} shown in your scores.`
          : message}
      </p>
    </fieldset>
  );
}

const NOT_ANSWERED = '';

function WhatIfRow({ skillId }: { skillId: string }) {
  const { skillName } = useCatalogueModel();
  const answered = useAnswers()[skillId];
  const override = useWhatIfStore((s) => s.overrides[skillId]);
  const setOverride = useWhatIfStore((s) => s.setOverride);
  const clearOverride = useWhatIfStore((s) => s.clearOverride);
  const id = useId();
  const current = override ?? answered;
  const changed = override !== undefined && override !== answered;

  function onChange(value: string) {
    const level = value === NOT_ANSWERED ? undefined : Number(value);
    if (level === undefined || level === answered) clearOverride(skillId);
    else setOverride(skillId, level);
  }

  return (
    <li className={changed ? 'what-if-row changed' : 'what-if-row'}>
      <label htmlFor={`${id}-level`}>{skillName(skillId)}</label>
      <select
        id={`${id}-level`}
        value={current === undefined ? NOT_ANSWERED : String(current)}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={changed ? `${id}-was` : undefined}
      >
        {answered === undefined && <option value={NOT_ANSWERED}>{NOT_RATED}</option>}
        {LEVEL_LABELS.map((label, level) => (
          <option key={label} value={String(level)}>
            {level} – {label}
          </option>
        ))}
      </select>
      {changed && (
        <span id={`${id}-was`} className="what-if-was">
          Temporary; your answer:{' '}
          {answered === undefined ? 'not rated yet' : LEVEL_LABELS[answered]}
        </span>
      )}
    </li>
  );
}
