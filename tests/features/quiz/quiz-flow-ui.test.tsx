import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Component as QuizRoute } from '@/routes/quiz';
import { nextQuestion, prepareCatalogue } from '@/scoring';
import { useAnswersStore } from '@/store/answers';
import { useWhatIfStore } from '@/store/what-if';
import { renderRoutes } from '../../fixtures/render';
import { quizCatalogue, SKILLS } from './quiz-fixture';

const catalogue = quizCatalogue();
const prepared = prepareCatalogue(catalogue);
const skillName = (id: string | null) => SKILLS.find((s) => s.id === id)?.name ?? '';
const stepHeading = () => within(screen.getByRole('form')).getAllByRole('heading', { level: 2 })[0];

function renderQuiz() {
  const user = userEvent.setup();
  const view = renderRoutes([{ path: '/quiz', Component: QuizRoute }], '/quiz', catalogue);
  return { user, ...view };
}

beforeEach(() => {
  localStorage.clear();
  useAnswersStore.getState().reset();
  useAnswersStore.getState().dismissResetNotice();
  useWhatIfStore.getState().reset();
});

describe('quiz steps in browser history', () => {
  it('pushes each question, and Back and Forward move between them with answers kept', async () => {
    const { user, router } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the quick quiz' }));
    expect(router.state.location.search).toBe('?step=q1');
    const first = nextQuestion(prepared, {}).skillId as string;
    await user.click(screen.getByRole('radio', { name: /Working/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const second = nextQuestion(prepared, { [first]: 2 }).skillId as string;
    expect(router.state.location.search).toBe('?step=q2');
    expect(stepHeading()).toHaveAccessibleName(skillName(second));

    await act(() => router.navigate(-1));
    expect(stepHeading()).toHaveAccessibleName(skillName(first));
    expect(stepHeading()).toHaveFocus();
    expect(screen.getByRole('radio', { name: /Working/ })).toBeChecked();
    expect(useAnswersStore.getState().answers).toEqual({ [first]: 2 });

    await act(() => router.navigate(1));
    expect(stepHeading()).toHaveAccessibleName(skillName(second));
    expect(useAnswersStore.getState().answers).toEqual({ [first]: 2 });
  });

  it('Back from the first question shows the quiz front page, Forward returns to the question', async () => {
    const { user, router } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the quick quiz' }));
    const first = skillName(nextQuestion(prepared, {}).skillId);
    await user.click(screen.getByRole('radio', { name: /Expert/ }));
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('button', { name: 'Resume where you left off' })).toBeInTheDocument();
    await act(() => router.navigate(1));
    expect(stepHeading()).toHaveAccessibleName(first);
    expect(screen.getByRole('radio', { name: /Expert/ })).toBeChecked();
  });

  it('a step from another mode is replaced by the current step, not shown', async () => {
    const { user, router } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the full quiz' }));
    expect(router.state.location.search).toBe('?step=g1');
    await act(() => router.navigate('/quiz?step=q4'));
    expect(stepHeading()).toHaveAccessibleName('Technical skills');
    expect(router.state.location.search).toBe('?step=g1');
  });
});

describe('the full quiz’s compact rows', () => {
  it('shows the skill’s description until a level is chosen, then that level’s anchor', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the full quiz' }));
    const sql = screen.getByRole('group', { name: 'SQL' });
    expect(sql).toHaveAccessibleDescription('Working with SQL.');
    expect(sql).toHaveTextContent('Working with SQL.');
    await user.click(within(sql).getByRole('radio', { name: /Proficient/ }));
    expect(sql).toHaveTextContent('SQL at level 3');
    expect(useAnswersStore.getState().answers).toEqual({ sql: 3 });
  });

  it('names every level with its label and anchor for screen readers', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the full quiz' }));
    const radios = within(screen.getByRole('group', { name: 'Python' })).getAllByRole('radio');
    expect(radios).toHaveLength(5);
    expect(radios[0]).toHaveAccessibleName(expect.stringMatching(/^Not yet: I haven't used this/));
    expect(radios[4]).toHaveAccessibleName(expect.stringMatching(/^Expert: .*Python at level 4/));
  });
});
