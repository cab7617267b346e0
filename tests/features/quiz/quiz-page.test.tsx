import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LEVEL_LABELS } from '@/catalogue/schema';
import { groupCount, skillCount } from 'virtual:catalogue-url';
import { Component as QuizRoute } from '@/routes/quiz';
import { nextQuestion, prepareCatalogue, QUESTION_BUDGET } from '@/scoring';
import { STORAGE_KEY, useAnswersStore } from '@/store/answers';
import { useWhatIfStore } from '@/store/what-if';
import {
  makeCatalogue,
  makeRole,
  makeRoleSkill,
  makeSkill,
  roleSkill,
} from '../../fixtures/catalogue';
import { renderRoutes } from '../../fixtures/render';
import { quizCatalogue, SKILLS } from './quiz-fixture';

const catalogue = quizCatalogue();
const prepared = prepareCatalogue(catalogue);
const skillName = (id: string | null) => SKILLS.find((s) => s.id === id)?.name ?? '';

function ResultsStub() {
  return <h1>Results page</h1>;
}

function renderQuiz() {
  const user = userEvent.setup();
  const view = renderRoutes(
    [
      { path: '/quiz', Component: QuizRoute },
      { path: '/results', Component: ResultsStub },
    ],
    '/quiz',
    catalogue,
  );
  return { user, ...view };
}

const progress = () => screen.getByRole('progressbar', { name: /quiz progress/i });
/** The current step's heading: the first h2 of the step's form. */
const stepHeading = () => within(screen.getByRole('form')).getAllByRole('heading', { level: 2 })[0];
const saved = () =>
  JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state?: { answers?: object } };

beforeEach(() => {
  localStorage.clear();
  useAnswersStore.getState().reset();
  useAnswersStore.getState().dismissResetNotice();
  useWhatIfStore.getState().reset();
});

describe('quiz intro', () => {
  it('explains both modes and that answers stay in this browser', () => {
    renderQuiz();
    expect(screen.getByRole('heading', { level: 1, name: 'Skills quiz' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Quick quiz' })).toBeInTheDocument();
    // The intro shows before the catalogue loads: its counts are the built catalogue's.
    expect(
      screen.getByText(new RegExp(`All ${skillCount} skills in ${groupCount} groups`)),
    ).toBeInTheDocument();
    expect(screen.getByText(/answers stay in this browser/i)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /resume/i })).not.toBeInTheDocument();
  });
});

describe('quick quiz', () => {
  it('asks the skill the engine picks first, with its description, and focuses its heading', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the quick quiz' }));
    const first = nextQuestion(prepared, {}).skillId;
    const heading = screen.getByRole('heading', { level: 2, name: skillName(first) });
    expect(heading).toHaveFocus();
    const group = screen.getByRole('group', { name: skillName(first) });
    expect(group).toHaveAccessibleDescription(`Working with ${skillName(first)}.`);
  });

  it('offers five levels, each with its label and the skill’s own anchor, level 0 as "haven’t used"', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the quick quiz' }));
    const first = skillName(nextQuestion(prepared, {}).skillId);
    const radios = within(screen.getByRole('group', { name: first })).getAllByRole('radio');
    expect(radios).toHaveLength(5);
    radios.forEach((radio, level) => {
      expect(radio).toHaveAccessibleName(expect.stringContaining(LEVEL_LABELS[level] as string));
      expect(radio).toHaveAccessibleName(expect.stringContaining(`${first} at level ${level}`));
    });
    expect(radios[0]).toHaveAccessibleName(expect.stringMatching(/I haven't used this/));
  });

  it('saves an answer as soon as a level is chosen', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the quick quiz' }));
    const first = nextQuestion(prepared, {}).skillId as string;
    await user.click(screen.getByRole('radio', { name: /Proficient/ }));
    expect(useAnswersStore.getState().answers).toEqual({ [first]: 3 });
    expect(saved().state?.answers).toEqual({ [first]: 3 });
  });

  it('Next asks the engine’s next skill, Back returns with the answer kept, and progress counts answers', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the quick quiz' }));
    const first = nextQuestion(prepared, {}).skillId as string;
    expect(progress()).toHaveAttribute('aria-valuenow', '0');
    await user.click(screen.getByRole('radio', { name: /Working/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const second = nextQuestion(prepared, { [first]: 2 }).skillId as string;
    expect(stepHeading()).toHaveAccessibleName(skillName(second));
    expect(stepHeading()).toHaveFocus();
    expect(progress()).toHaveAttribute('aria-valuenow', '1');
    expect(progress()).toHaveAttribute('aria-valuetext', expect.stringMatching(/1 answered/));

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(stepHeading()).toHaveAccessibleName(skillName(first));
    expect(screen.getByRole('radio', { name: /Working/ })).toBeChecked();
  });

  it('goes on with Enter after choosing a level with the arrow keys', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the quick quiz' }));
    const first = nextQuestion(prepared, {}).skillId as string;
    await user.tab();
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(useAnswersStore.getState().answers[first]).toBe(2);
    await user.keyboard('{Enter}');
    const second = nextQuestion(prepared, { [first]: 2 }).skillId as string;
    expect(stepHeading()).toHaveAccessibleName(skillName(second));
  });

  it('Skip leaves the skill unanswered and never asks it again straight away', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the quick quiz' }));
    const first = nextQuestion(prepared, {}).skillId as string;
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    expect(useAnswersStore.getState().skipped).toEqual([first]);
    expect(useAnswersStore.getState().answers).toEqual({});
    // The next screen is another question, not the checkpoint the engine's repeat would cause.
    const next = stepHeading()?.textContent ?? '';
    expect(SKILLS.map((skill) => skill.name).filter((name) => name !== skillName(first))).toContain(
      next,
    );
    expect(screen.getAllByRole('radio')).toHaveLength(5);
  });

  it('stops when the top 5 is settled, offers keep refining, then preferences and results', async () => {
    const answers = {
      python: 2,
      sql: 0,
      statistics: 3,
      'machine-learning': 1,
      communication: 4,
      'people-management': 2,
      writing: 3,
    };
    const pending = nextQuestion(prepared, answers);
    expect(pending.settled).toBe(true);
    useAnswersStore.getState().mergeAnswers(answers);
    const { user, router } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the quick quiz' }));

    expect(stepHeading()).toHaveAccessibleName('Your top matches have settled');
    expect(stepHeading()).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep refining' }));
    expect(stepHeading()).toHaveAccessibleName(skillName(pending.skillId));

    await user.click(screen.getByRole('radio', { name: /Expert/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(stepHeading()).toHaveAccessibleName('You have answered every question');
    expect(screen.queryByRole('button', { name: 'Keep refining' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next: work preferences' }));
    expect(stepHeading()).toHaveAccessibleName('Your work preferences');
    await user.click(screen.getByRole('radio', { name: 'Strongly prefer leading people' }));
    await user.click(screen.getByRole('checkbox', { name: 'Healthcare' }));
    await user.click(screen.getByRole('radio', { name: /^Zone 4/ }));
    expect(useAnswersStore.getState().preferences).toEqual({
      leadership: 1,
      industries: ['healthcare'],
      maxJobZone: 4,
    });

    await user.click(screen.getByRole('button', { name: 'See my results' }));
    expect(router.state.location.pathname).toBe('/results');
    expect(useAnswersStore.getState().completedAt).not.toBeNull();
  });

  it('says saved answers settled the quiz before any question, with no dead Back button', async () => {
    const answers = Object.fromEntries(SKILLS.map((s) => [s.id, 2]));
    useAnswersStore.getState().mergeAnswers(answers);
    renderQuiz();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start the quick quiz' }));
    expect(stepHeading()).toHaveAccessibleName('You have answered every question');
    // Nothing was asked in this quiz, so there is no question to go back to.
    expect(within(screen.getByRole('form')).queryByRole('button', { name: 'Back' })).toBeNull();
    // The person has eight saved answers: "0 of 0 questions answered" would read as none.
    expect(progress()).toHaveAttribute(
      'aria-valuetext',
      'Quick quiz complete: your saved answers needed no further questions',
    );
    expect(screen.getByRole('button', { name: 'Next: work preferences' })).toBeInTheDocument();
  });
});

describe('quick quiz at its question budget', () => {
  // 26 skills; the last six weigh heavily and differently per role, so with only the first 20
  // answered the engine stops for the budget while the top 5 could still change.
  const ids = Array.from({ length: 26 }, (_, i) => `skill-${String.fromCharCode(97 + i)}`);
  const big = makeCatalogue({
    skills: ids.map((id) => makeSkill({ id, name: id })),
    roles: Array.from({ length: 8 }, (_, k) =>
      makeRole({
        id: `role-${k}`,
        related: ['role-0'],
        skills: ids.map((id, i) =>
          i < 20 ? roleSkill(id, 2, 2) : roleSkill(id, (i + k) % 2 === 0 ? 5 : 1, (i * k) % 5),
        ),
      }),
    ),
  });
  const asked = ids.slice(0, QUESTION_BUDGET);
  const answers = Object.fromEntries(asked.map((id) => [id, 2]));

  it('does not claim the top matches have settled when the budget stopped the quiz', async () => {
    expect(nextQuestion(prepareCatalogue(big), answers).reason).toBe('budget');
    const s = useAnswersStore.getState();
    s.startQuiz('quick');
    s.mergeAnswers(answers);
    for (const id of asked) s.recordAsked(id);
    s.setStage('checkpoint');
    const user = userEvent.setup();
    renderRoutes([{ path: '/quiz', Component: QuizRoute }], '/quiz', big);
    await user.click(screen.getByRole('button', { name: 'Resume where you left off' }));

    expect(stepHeading()).toHaveAccessibleName('Enough answers for a first ranking');
    const form = screen.getByRole('form');
    expect(form).toHaveTextContent(`The quick quiz pauses after ${QUESTION_BUDGET} questions.`);
    expect(form).toHaveTextContent(/could still shift with more answers/);
    expect(form).not.toHaveTextContent(/unlikely to change/);
    // How sure it is: what was rated, and that the leading roles' defining skills are among it.
    expect(form).toHaveTextContent(`You rated ${asked.length} of ${big.skills.length} skills.`);
    expect(form).toHaveTextContent(
      /Every skill your leading roles cannot do without is among them/,
    );
    expect(screen.getByRole('button', { name: 'Keep refining' })).toBeInTheDocument();
  });
});

describe('quick quiz at its budget with defining skills unrated', () => {
  // 26 skills; every role needs the first 20 alike, and each of the 8 roles is defined by one of
  // the last six (two roles share one), which the person never rated: one skipped, five unasked.
  const ids = Array.from({ length: 26 }, (_, i) => `skill-${String.fromCharCode(97 + i)}`);
  const judged = { kind: 'judgement', reason: 'Fixture value chosen for a test.' } as const;
  const defined = makeCatalogue({
    skills: ids.map((id) => makeSkill({ id, name: id })),
    roles: Array.from({ length: 8 }, (_, k) =>
      makeRole({
        id: `role-${k}`,
        related: ['role-0'],
        skills: [
          ...ids.slice(0, 20).map((id) => roleSkill(id, 2, 2)),
          makeRoleSkill(ids[20 + (k % 6)]!, {
            importance: 5,
            level: 2,
            source: judged,
            defining: judged,
          }),
        ],
      }),
    ),
  });
  const asked = ids.slice(0, QUESTION_BUDGET);
  const skipped = asked.slice(-1);
  const answers = Object.fromEntries(asked.slice(0, -1).map((id) => [id, 2]));

  it('says it is not settled yet and names the defining skills still unrated', async () => {
    const next = nextQuestion(prepareCatalogue(defined), answers, undefined, {
      exclude: skipped,
    });
    // The budget counts the skipped question; skill-t is not defining, the last six are.
    expect(next.reason).toBe('budget');
    expect(next.unratedDefining.length).toBeGreaterThan(1);
    const s = useAnswersStore.getState();
    s.startQuiz('quick');
    s.mergeAnswers(answers);
    for (const id of asked) s.recordAsked(id);
    s.step({ skip: skipped });
    s.setStage('checkpoint');
    const user = userEvent.setup();
    renderRoutes([{ path: '/quiz', Component: QuizRoute }], '/quiz', defined);
    await user.click(screen.getByRole('button', { name: 'Resume where you left off' }));

    expect(stepHeading()).toHaveAccessibleName('Enough answers for a first ranking');
    const form = screen.getByRole('form');
    expect(form).not.toHaveTextContent(/settled(?! yet)/);
    expect(form).toHaveTextContent(
      `Not settled yet: ${next.unratedDefining.length} skills that roles near the top cannot do without are not rated yet (${next.unratedDefining.join(', ').replace(/, ([^,]*)$/, ' and $1')}). You can keep refining to rate them.`,
    );
    expect(form).not.toHaveTextContent(/Every skill your leading roles cannot do without/);
    expect(screen.getByRole('button', { name: 'Keep refining' })).toBeInTheDocument();
  });
});

describe('full quiz', () => {
  it('shows one group per screen with every skill as a radio group and counts answers', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the full quiz' }));
    expect(stepHeading()).toHaveAccessibleName('Technical skills');
    expect(stepHeading()).toHaveFocus();
    for (const name of ['Python', 'SQL', 'Statistics', 'Machine learning']) {
      expect(screen.getByRole('group', { name })).toBeInTheDocument();
    }
    expect(progress()).toHaveAttribute('aria-valuemax', '8');
    expect(progress()).toHaveAttribute('aria-valuenow', '0');

    await user.click(
      within(screen.getByRole('group', { name: 'SQL' })).getByRole('radio', { name: /Expert/ }),
    );
    expect(progress()).toHaveAttribute('aria-valuenow', '1');
    expect(progress()).toHaveAttribute('aria-valuetext', '1 of 8 skills answered');
  });

  it('jumps between groups and keeps answers when coming back', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the full quiz' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Python' })).getByRole('radio', {
        name: /Beginner/,
      }),
    );
    const jump = screen.getByRole('navigation', { name: 'Skill groups' });
    await user.click(within(jump).getByRole('button', { name: /People and business/ }));
    expect(stepHeading()).toHaveAccessibleName('People and business');
    expect(within(jump).getByRole('button', { name: /People and business/ })).toHaveAttribute(
      'aria-current',
      'step',
    );

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(
      within(screen.getByRole('group', { name: 'Python' })).getByRole('radio', {
        name: /Beginner/,
      }),
    ).toBeChecked();
  });

  it('moves from the last group to preferences, and Back from preferences returns to it', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the full quiz' }));
    await user.click(screen.getByRole('button', { name: 'Next group' }));
    await user.click(screen.getByRole('button', { name: 'Next: work preferences' }));
    expect(stepHeading()).toHaveAccessibleName('Your work preferences');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(stepHeading()).toHaveAccessibleName('People and business');
  });

  it('skipping a group marks only its unanswered skills as skipped', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the full quiz' }));
    await user.click(
      within(screen.getByRole('group', { name: 'SQL' })).getByRole('radio', { name: /Working/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Skip the rest of this group' }));
    expect(useAnswersStore.getState().skipped.sort()).toEqual([
      'machine-learning',
      'python',
      'statistics',
    ]);
    expect(stepHeading()).toHaveAccessibleName('People and business');
  });
});

describe('returning to the quiz', () => {
  it('offers to resume where the person left off', async () => {
    const s = useAnswersStore.getState();
    s.startQuiz('full');
    s.setAnswer('writing', 2);
    s.setPosition(1);
    const { user } = renderQuiz();
    expect(screen.getByRole('heading', { name: 'Welcome back' })).toBeInTheDocument();
    expect(screen.getByText(/You have 1 answer saved/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume where you left off' }));
    expect(stepHeading()).toHaveAccessibleName('People and business');
    expect(
      within(screen.getByRole('group', { name: 'Writing' })).getByRole('radio', {
        name: /Working/,
      }),
    ).toBeChecked();
  });

  it('starts over only after confirmation, deleting answers and preferences', async () => {
    const s = useAnswersStore.getState();
    s.startQuiz('quick');
    s.setAnswer('sql', 3);
    s.setPreferences({ maxJobZone: 3 });
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('heading', { name: 'Start over?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(useAnswersStore.getState().answers).toEqual({ sql: 3 });

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete and start over' }));
    expect(useAnswersStore.getState().answers).toEqual({});
    expect(useAnswersStore.getState().preferences.maxJobZone).toBeNull();
    expect(screen.getByRole('button', { name: 'Start the quick quiz' })).toBeInTheDocument();
    expect(screen.getByText(/Your answers were deleted/)).toHaveFocus();
  });

  it('says what was reset when saved data was unreadable, and can be dismissed without losing focus', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        state: { answers: { sql: 2 }, preferences: { maxJobZone: 'lots' } },
        version: 1,
      }),
    );
    await useAnswersStore.persist.rehydrate();
    const { user } = renderQuiz();
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent(/We reset your maximum preparation level/);
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    // The button is gone: keyboard focus lands on the page heading just above, not on <body>.
    expect(screen.getByRole('heading', { level: 1, name: 'Skills quiz' })).toHaveFocus();
    expect(useAnswersStore.getState().answers).toEqual({ sql: 2 });
  });

  it('counts only answers for skills the catalogue still has, keeping the others stored', async () => {
    useAnswersStore.getState().mergeAnswers({ sql: 2, 'retired-skill': 4 });
    const { user } = renderQuiz();
    expect(screen.getByText(/You already have 1 answer saved/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the full quiz' }));
    expect(progress()).toHaveAttribute('aria-valuetext', '1 of 8 skills answered');
    expect(useAnswersStore.getState().answers['retired-skill']).toBe(4);
  });
});

describe('leading roles panel', () => {
  it('shows the engine’s leading roles when switched on', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the full quiz' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Statistics' })).getByRole('radio', {
        name: /Expert/,
      }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Show the leading roles as I answer' }));
    const panel = screen.getByRole('complementary', { name: 'Leading roles so far' });
    const items = within(panel).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent('Statistician');
  });
});
