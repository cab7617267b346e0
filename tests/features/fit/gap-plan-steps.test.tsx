import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LearningStep } from '@/catalogue/schema';
import { RoleFitSection } from '@/routes/role';
import { useAnswersStore } from '@/store/answers';
import { useWhatIfStore } from '@/store/what-if';
import { renderRoutes } from '../../fixtures/render';
import { catalogue, scientist } from './fixture';

/** Four steps for a skill, each naming its climb so the test can tell them apart. */
const stepsFor = (id: string): LearningStep[] =>
  [0, 1, 2, 3].map((from) => ({
    from,
    to: from + 1,
    activity: `${id} activity ${from}-${from + 1}`,
    resource:
      from === 2
        ? { name: `${id} course ${from}`, url: `https://example.org/${id}/${from}` }
        : { name: `${id} book ${from}` },
    evidence: `${id} evidence ${from + 1}`,
  }));

const withSteps = {
  ...catalogue,
  skills: catalogue.skills.map((s) => ({ ...s, steps: stepsFor(s.id) })),
};

function renderPlan() {
  renderRoutes(
    [{ path: '/', Component: () => <RoleFitSection role={scientist} /> }],
    '/',
    withSteps,
  );
  return screen.getByRole('region', { name: /your gap plan/i });
}

const gap = (plan: HTMLElement, name: string) =>
  within(plan).getByRole('heading', { level: 5, name }).closest('li') as HTMLElement;

describe('the gap plan keyed to the level', () => {
  beforeEach(() => {
    useAnswersStore.getState().reset();
    useWhatIfStore.getState().reset();
    // The scientist needs python 3 and machine learning 3.
    useAnswersStore.getState().mergeAnswers({ python: 2, 'machine-learning': 1, sql: 3 });
  });

  it('gives one step per level from the person’s level to the required one, not the old tips', () => {
    const plan = renderPlan();
    const ml = gap(plan, 'Machine learning');
    const steps = within(ml).getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(steps[0]).toHaveTextContent('Level 1 → 2: machine-learning activity 1-2');
    expect(steps[0]).toHaveTextContent('Resource: machine-learning book 1');
    expect(steps[0]).toHaveTextContent("You're there when: machine-learning evidence 2");
    expect(steps[1]).toHaveTextContent('Level 2 → 3: machine-learning activity 2-3');
    expect(ml).not.toHaveTextContent('Study machine-learning basics');
    expect(ml).not.toHaveTextContent(/activity 0-1|activity 3-4/);
  });

  it('links a resource when the catalogue has its address', () => {
    const plan = renderPlan();
    const python = gap(plan, 'Python');
    expect(within(python).getByText('Your next step')).toBeInTheDocument();
    expect(within(python).getByRole('link', { name: 'python course 2' })).toHaveAttribute(
      'href',
      'https://example.org/python/2',
    );
  });

  it('names the near gaps by their distance, never "quick wins"', () => {
    const plan = renderPlan();
    expect(within(plan).getByRole('heading', { level: 4, name: 'One level to go' })).toBeVisible();
    expect(plan).not.toHaveTextContent(/quick win/i);
  });
});
