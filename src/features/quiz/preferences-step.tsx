import type { FormEvent } from 'react';
import { INDUSTRIES } from '@/catalogue/vocabulary';
import { useAnswersStore } from '@/store/answers';
import { QuizNav } from './quiz-nav';
import type { QuizFlow } from './use-quiz-flow';
import { useStepFocus } from './use-step-focus';

const LEADERSHIP = [
  { value: -1, label: 'Strongly prefer hands-on building' },
  { value: -0.5, label: 'Lean towards hands-on building' },
  { value: 0, label: 'No preference' },
  { value: 0.5, label: 'Lean towards leading people' },
  { value: 1, label: 'Strongly prefer leading people' },
] as const;

/** O*NET job zones, described in plain words. */
export const JOB_ZONES = [
  { value: null, label: 'Any amount of preparation' },
  {
    value: 1,
    label: 'Zone 1: little or no preparation; a few days to a few months of on-the-job training',
  },
  {
    value: 2,
    label: 'Zone 2: some preparation, usually a high-school diploma and some work experience',
  },
  {
    value: 3,
    label: 'Zone 3: medium preparation, such as vocational training or an associate degree',
  },
  {
    value: 4,
    label:
      "Zone 4: considerable preparation, usually a bachelor's degree and a few years of related experience",
  },
  {
    value: 5,
    label: 'Zone 5: extensive preparation, often a graduate degree and many years of experience',
  },
] as const;

export function PreferencesStep({ flow }: { flow: QuizFlow }) {
  const preferences = useAnswersStore((s) => s.preferences);
  const setPreferences = useAnswersStore((s) => s.setPreferences);
  const headingRef = useStepFocus('preferences');
  const toggleIndustry = (id: string, on: boolean) =>
    setPreferences({
      industries: on
        ? [...preferences.industries, id]
        : preferences.industries.filter((x) => x !== id),
    });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    flow.finish();
  };

  return (
    <form className="quiz-step" onSubmit={onSubmit} aria-labelledby="quiz-preferences-heading">
      <h2 id="quiz-preferences-heading" ref={headingRef} tabIndex={-1} className="quiz-heading">
        Your work preferences
      </h2>
      <p className="muted">
        These are optional. They nudge the ranking up or down, and the results say by how much.
      </p>
      <fieldset className="quiz-question">
        <legend>Leading people or hands-on building?</legend>
        <div className="quiz-levels">
          {LEADERSHIP.map((option) => (
            <label key={option.value} className="quiz-level">
              <input
                type="radio"
                name="leadership"
                checked={preferences.leadership === option.value}
                onChange={() => setPreferences({ leadership: option.value })}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="quiz-question" aria-describedby="industries-hint">
        <legend>Industries you are interested in</legend>
        <p className="muted" id="industries-hint">
          Leave all unticked if any industry is fine.
        </p>
        <div className="quiz-industries">
          {Object.entries(INDUSTRIES).map(([id, name]) => (
            <label key={id} className="quiz-check">
              <input
                type="checkbox"
                checked={preferences.industries.includes(id)}
                onChange={(event) => toggleIndustry(id, event.target.checked)}
              />
              <span>{name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="quiz-question">
        <legend>The most preparation you would consider</legend>
        <p className="muted">
          O*NET groups jobs into five zones by the education, training and experience they usually
          need.
        </p>
        <div className="quiz-levels">
          {JOB_ZONES.map((zone) => (
            <label key={String(zone.value)} className="quiz-level">
              <input
                type="radio"
                name="max-job-zone"
                checked={preferences.maxJobZone === zone.value}
                onChange={() => setPreferences({ maxJobZone: zone.value })}
              />
              <span>{zone.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <QuizNav onBack={flow.goBack} nextLabel="See my results" />
    </form>
  );
}
