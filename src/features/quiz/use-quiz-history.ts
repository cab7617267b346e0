import { useEffect, useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { screenKey, type QuizFlow } from './use-quiz-flow';

/**
 * Keeps the quiz's steps in browser history. Going on (Next, Back, Skip, a jump) pushes the new
 * step as `?step=`; the browser's Back and Forward show the step the entry names, with every
 * answer kept (answers live in the store, the entry only names the screen). An entry without a
 * step is the quiz's front page (intro or "Welcome back").
 *
 * A page that opens on a step (a reload, or returning from another page) still shows "Welcome
 * back" first: only moves within the quiz follow the entry.
 */
export function useQuizHistory(flow: QuizFlow, active: boolean, setActive: (on: boolean) => void) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const step = params.get('step');
  const key = active ? screenKey(flow.screen) : null;
  // The step this hook last saw or wrote, so its own pushes are not mistaken for Back/Forward.
  const seen = useRef(step);

  // Back or Forward (or any outside change of the entry): show the step it names.
  useEffect(() => {
    if (step === seen.current) return;
    seen.current = step;
    if (step === null) {
      setActive(false);
    } else if (flow.show(step)) {
      setActive(true);
    } else if (key !== null) {
      seen.current = key;
      void navigate({ search: `?step=${key}` }, { replace: true });
    }
    // Only a change of the entry should move the quiz; the flow's other values are read fresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step]);

  // A move within the quiz: record the new step as a history entry.
  useEffect(() => {
    if (key === null || key === step) return;
    seen.current = key;
    void navigate({ search: `?step=${key}` });
    // The entry follows the screen, not the other way round; `step` is read fresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  /** Leaves the steps for the quiz's front page, as a history entry Back returns from. */
  const leave = () => {
    setActive(false);
    if (step !== null) {
      seen.current = null;
      void navigate({ search: '' });
    }
  };
  return { leave };
}
