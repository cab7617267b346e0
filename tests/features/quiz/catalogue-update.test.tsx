import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Component as QuizRoute } from '@/routes/quiz';
import { useAnswersStore } from '@/store/answers';
import { stampOf } from '@/store/catalogue-update';
import { makeCatalogue, makeSkill } from '../../fixtures/catalogue';
import { renderRoutes } from '../../fixtures/render';
import { CATEGORIES, quizCatalogue, ROLES, SKILLS } from './quiz-fixture';

/**
 * The person answered on an older skill list: it had "Structured queries" under the id `sql-old`
 * (renamed to "SQL", `sql`, since) and "Spreadsheets" (removed since), and lacked "Writing" (added since).
 */
const current = quizCatalogue();
const older = makeCatalogue({
  roles: ROLES,
  categories: CATEGORIES,
  skills: [
    ...SKILLS.filter((s) => s.id !== 'writing').map((s) =>
      s.id === 'sql' ? { ...s, id: 'sql-old', name: 'Structured queries' } : s,
    ),
    makeSkill({ id: 'spreadsheets', name: 'Spreadsheets', category: 'technical' }),
  ],
});
const now = { ...current, version: 'v2', aliases: { 'sql-old': 'sql' } };
const before = {
  version: 'v1',
  skills: older.skills,
  aliases: {},
};

function renderQuiz() {
  const user = userEvent.setup();
  renderRoutes([{ path: '/quiz', Component: QuizRoute }], '/quiz', now);
  return { user };
}

beforeEach(() => {
  localStorage.clear();
  useAnswersStore.getState().reset();
  useAnswersStore.setState({ catalogue: stampOf(before) });
});

describe('answers from an older skill list on a newer one', () => {
  it('keeps the renamed answer, sets the removed one aside and names it, and offers the new skill', async () => {
    useAnswersStore.setState({
      answers: { 'sql-old': 3, spreadsheets: 4, python: 2 },
      mode: 'full',
      completedAt: 1,
    });
    const { user } = renderQuiz();
    const notice = screen.getByRole('region', { name: /skill list has changed/ });
    expect(
      within(notice)
        .getByText(/is now/)
        .closest('li'),
    ).toHaveTextContent('Structured queries is now SQL');
    expect(within(notice).getByText(/Spreadsheets: you answered 4/)).toBeInTheDocument();
    // Moved to the new id, and the removed answer still stored, not deleted.
    expect(useAnswersStore.getState().answers).toEqual({ sql: 3, spreadsheets: 4, python: 2 });

    await user.selectOptions(within(notice).getByLabelText('Rate Writing'), '2');
    expect(useAnswersStore.getState().answers.writing).toBe(2);
    expect(within(notice).getByLabelText('Rate Writing')).toHaveValue('2');

    await user.click(within(notice).getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('region', { name: /skill list has changed/ })).toBeNull();
    expect(useAnswersStore.getState().catalogue?.version).toBe('v2');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('resumes a quick quiz whose asked questions were all removed on a new question, not as finished', async () => {
    useAnswersStore.setState({
      answers: { spreadsheets: 2 },
      mode: 'quick',
      stage: 'questions',
      asked: ['spreadsheets'],
      position: 0,
    });
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Resume where you left off' }));
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(5);
    const asked = useAnswersStore.getState().asked;
    expect(asked).toHaveLength(1);
    expect(current.skills.map((s) => s.id)).toContain(asked[0]);
    expect(screen.queryByText(/settled|enough answers/i)).toBeNull();
  });

  it('says nothing when the stamp matches the catalogue', () => {
    useAnswersStore.setState({ answers: { python: 2 }, catalogue: stampOf(now) });
    renderQuiz();
    expect(screen.queryByRole('region', { name: /skill list has changed/ })).toBeNull();
  });

  it('writes nothing for a visitor with nothing saved', () => {
    useAnswersStore.setState({ catalogue: null });
    localStorage.clear();
    renderQuiz();
    expect(useAnswersStore.getState().catalogue).toBeNull();
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('records the catalogue quietly for answers with nothing to tell', () => {
    useAnswersStore.setState({ answers: { python: 2 }, catalogue: null });
    renderQuiz();
    expect(screen.queryByRole('region', { name: /skill list has changed/ })).toBeNull();
    expect(useAnswersStore.getState().catalogue?.version).toBe('v2');
  });
});
