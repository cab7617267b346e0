import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { useAnswersStore } from '@/store/answers';
import { readBackup, type RestoredAnswers } from '@/store/backup';
import { useStorageHealth } from '@/store/storage-health';

type Step =
  | { kind: 'idle'; message: string; error: boolean }
  | { kind: 'confirm'; file: string; data: RestoredAnswers };

/** Restores answers from a file Pathfinder downloaded; asks first when that replaces answers. */
export function ImportAnswers() {
  const id = useId();
  const { skillIds } = useCatalogueModel();
  const health = useStorageHealth();
  const current = useAnswersStore((s) => Object.keys(s.answers).length);
  const [step, setStep] = useState<Step>({ kind: 'idle', message: '', error: false });
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (step.kind === 'confirm') confirmButton.current?.focus();
  }, [step.kind]);

  function apply(file: string, data: RestoredAnswers) {
    useAnswersStore.getState().replaceAnswers(data.answers, data.preferences);
    const known = new Set(skillIds);
    const ids = Object.keys(data.answers);
    const matched = ids.filter((skill) => known.has(skill)).length;
    const aside = ids.length - matched;
    setStep({
      kind: 'idle',
      error: false,
      message:
        `Restored ${matched} ${matched === 1 ? 'answer' : 'answers'} from ${file}` +
        (data.preferences ? ' with your work preferences.' : '.') +
        (aside > 0
          ? ` ${aside} ${aside === 1 ? 'answer is' : 'answers are'} for skills this version no longer asks about and ${aside === 1 ? 'is' : 'are'} kept aside.`
          : '') +
        (health === 'ok' ? '' : ' This browser is not saving them, so keep the file.'),
    });
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const result = readBackup(await file.text().catch(() => null));
    input.value = '';
    if (!result.ok) {
      setStep({ kind: 'idle', error: true, message: `${file.name}: ${result.message}` });
      return;
    }
    if (current > 0) setStep({ kind: 'confirm', file: file.name, data: result.data });
    else apply(file.name, result.data);
  }

  return (
    <div className="import-answers">
      <label htmlFor={`${id}-file`}>Restore answers from a downloaded file (JSON)</label>
      <input
        id={`${id}-file`}
        type="file"
        accept="application/json,.json"
        onChange={(e) => void choose(e)}
        disabled={step.kind === 'confirm'}
      />
      {step.kind === 'confirm' && (
        <div role="group" aria-labelledby={`${id}-warning`}>
          <p id={`${id}-warning`}>
            You already have {current} {current === 1 ? 'answer' : 'answers'} in this browser.
            Restoring {step.file} replaces them with its {Object.keys(step.data.answers).length}{' '}
            answers{step.data.preferences ? ' and your work preferences' : ''}.
          </p>
          <div className="actions">
            <button
              ref={confirmButton}
              type="button"
              className="button primary"
              onClick={() => apply(step.file, step.data)}
            >
              Replace my answers
            </button>
            <button
              type="button"
              className="button"
              onClick={() =>
                setStep({ kind: 'idle', error: false, message: 'Nothing was restored.' })
              }
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {/* Both live regions stay mounted so each new message is announced. */}
      <p role="status" className="share-status">
        {step.kind === 'idle' && !step.error ? step.message : ''}
      </p>
      <p role="alert" className="share-status">
        {step.kind === 'idle' && step.error ? step.message : ''}
      </p>
    </div>
  );
}
