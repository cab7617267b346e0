import { useQuery } from '@tanstack/react-query';
import { groupCount, skillCount } from 'virtual:catalogue-url';
import { catalogueQueryOptions } from '@/catalogue/api';
import { CatalogueUpdateNotice } from '@/shared/ui/catalogue-update-notice';
import { filterAnswers, useAnswersStore, type QuizMode } from '@/store/answers';
import { useStorageHealth } from '@/store/storage-health';
import { QUICK_TYPICAL } from './quick-step';
import { useStepFocus } from './use-step-focus';

/**
 * What the quiz asks, how long each mode takes, and where answers are kept. It needs no catalogue
 * (its counts come with the build), so it shows at once; the catalogue loads meanwhile, ready for
 * the first question, and then adds what needs it: the count of saved answers that still apply and
 * any news of a catalogue update.
 */
interface QuizIntroProps {
  onStart: (mode: QuizMode) => void;
  /** Move focus here on mount (after "start over", whose screen has just gone). */
  focus: boolean;
}

export function QuizIntro({ onStart, focus }: QuizIntroProps) {
  const { data: model } = useQuery(catalogueQueryOptions());
  const answers = useAnswersStore((s) => s.answers);
  const saved = model
    ? Object.keys(filterAnswers(answers, model.skillIds, model.aliases)).length
    : 0;
  const saving = useStorageHealth() === 'ok';
  const focusRef = useStepFocus<HTMLParagraphElement>('intro');
  return (
    <div className="quiz-intro">
      {model && <CatalogueUpdateNotice />}
      <p ref={focus ? focusRef : undefined} tabIndex={focus ? -1 : undefined} className="quiz-lead">
        {focus ? 'Your answers were deleted. ' : ''}Find out which data and AI roles fit you now.
      </p>
      <p>
        Rate yourself on the skills that data and AI roles rely on, from <em>Not yet</em> to{' '}
        <em>Expert</em>. Every level comes with a concrete description of what someone at that level
        can do, so pick the one that sounds most like you today. Then tell us a little about how you
        like to work, and Pathfinder ranks the roles that fit.
      </p>
      <div className="quiz-modes">
        <section className="card" aria-labelledby="quick-mode-title">
          <h2 id="quick-mode-title">Quick quiz</h2>
          <p>
            One skill per screen, about {QUICK_TYPICAL.low} to {QUICK_TYPICAL.high} questions
            (roughly five minutes). Each question is picked to tell the roles apart, and the quiz
            stops once your top five matches stop changing. You can keep refining after that.
          </p>
          <button type="button" className="button primary" onClick={() => onStart('quick')}>
            Start the quick quiz
          </button>
        </section>
        <section className="card" aria-labelledby="full-mode-title">
          <h2 id="full-mode-title">Full quiz</h2>
          <p>
            All {skillCount} skills in {groupCount} groups, one group per screen (about fifteen
            minutes). The most detailed picture, and the best base for gap plans.
          </p>
          <button type="button" className="button" onClick={() => onStart('full')}>
            Start the full quiz
          </button>
        </section>
      </div>
      {saved > 0 && (
        <p>
          You already have {saved} {saved === 1 ? 'answer' : 'answers'} saved; the quiz starts from
          them.
        </p>
      )}
      <p className="quiz-privacy">
        <strong>Your answers stay in this browser.</strong> Nothing is sent anywhere.{' '}
        {saving
          ? 'They are saved as you go, so you can close the tab and pick up later, and starting over deletes them.'
          : 'This browser is not saving them, though: download them before you close the tab.'}
      </p>
    </div>
  );
}
