import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RoleFitSection } from '@/routes/role';
import { useAnswersStore } from '@/store/answers';
import { useWhatIfStore } from '@/store/what-if';
import { renderRoutes } from '../../fixtures/render';
import { catalogue, scientist } from './fixture';

function renderFit() {
  return renderRoutes(
    [{ path: '/', Component: () => <RoleFitSection role={scientist} /> }],
    '/',
    catalogue,
  );
}

function scoreValue(): number {
  const text = document.querySelector('.fit-score-value')?.textContent ?? '';
  return Number(text);
}

function rowFor(skill: string) {
  const table = screen.getByRole('table', { name: /skill by skill/i });
  return within(table).getByRole('rowheader', { name: skill }).closest('tr') as HTMLElement;
}

describe('RoleFit', () => {
  beforeEach(() => {
    useAnswersStore.getState().reset();
    useWhatIfStore.getState().reset();
    useAnswersStore.getState().mergeAnswers({
      python: 2,
      sql: 3,
      statistics: 2,
      'machine-learning': 1,
      'data-modelling': 2,
      communication: 3,
      leadership: 1,
      'cloud-platforms': 0,
    });
  });

  it('lists every required skill with your level, the required level and its points', () => {
    renderFit();
    const table = screen.getByRole('table', { name: /skill by skill/i });
    // One header row, eight skills, one total row.
    expect(within(table).getAllByRole('row')).toHaveLength(10);
    const stats = rowFor('Statistics');
    expect(within(stats).getByText('2 (Working)')).toBeInTheDocument();
    expect(within(stats).getByText('4 (Expert)')).toBeInTheDocument();
    expect(within(stats).getByText('Partly met')).toBeInTheDocument();
    expect(within(rowFor('SQL')).getByText('Met')).toBeInTheDocument();
  });

  it('shows a score between 0 and 100 that equals the sum of the skill points', () => {
    renderFit();
    const score = scoreValue();
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(100);
    const total = within(screen.getByRole('table', { name: /skill by skill/i }))
      .getByRole('rowheader', { name: 'Total' })
      .closest('tr') as HTMLElement;
    const points = Number(/([\d.]+) of 100/.exec(total.textContent ?? '')?.[1]);
    expect(Math.round(points)).toBe(score);
  });

  it('draws a meter in each skill row, your level against the need, with the same numbers in words', () => {
    renderFit();
    // Statistics: you 2, the role needs 4; cloud platforms answered 0.
    const stats = within(rowFor('Statistics')).getByRole('img');
    expect(stats).toHaveAccessibleName('You 2 of 4, the role needs 4');
    expect(stats.querySelector('.fit-meter-you')).toHaveClass('level-2');
    expect(stats.querySelector('.fit-meter-need')).toHaveClass('level-4');
    const cloud = within(rowFor('Cloud platforms')).getByRole('img');
    expect(cloud).toHaveAccessibleName(/^You 0 of 4/);
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('puts the one-level gaps before foundations and gives learning steps for each gap', () => {
    renderFit();
    const plan = screen.getByRole('region', { name: /your gap plan/i });
    const headings = within(plan)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['One level to go', 'Foundations']);
    // Python is one level short on an essential skill: a quick win, listed before the foundations.
    const quick = within(plan).getByRole('region', { name: 'One level to go' });
    expect(within(quick).getByRole('heading', { level: 5, name: 'Python' })).toBeInTheDocument();
    const gapNames = within(plan)
      .getAllByRole('heading', { level: 5 })
      .map((h) => h.textContent);
    // Every skill below the requirement is in the plan; met skills are not.
    expect(gapNames).toEqual(
      expect.arrayContaining(['Python', 'Statistics', 'Machine learning', 'Cloud platforms']),
    );
    expect(gapNames).not.toContain('SQL');
    expect(within(plan).getByText('Build a statistics project')).toBeInTheDocument();
  });

  it('names the gap that adds the most points per week, even when it is a foundation, and never calls quick wins the fastest', () => {
    renderFit();
    const plan = screen.getByRole('region', { name: /your gap plan/i });
    // Cloud platforms 0 -> 2 (importance 2) gains its whole weight in 6 weeks; Python 2 -> 3
    // (importance 5, the quick win) gains a third of its weight in 8: cloud is the better week.
    expect(plan).toHaveTextContent(
      'For each week of learning, Cloud platforms would raise your fit the most.',
    );
    const foundations = within(plan).getByRole('region', { name: 'Foundations' });
    expect(
      within(foundations).getByRole('heading', { level: 5, name: 'Cloud platforms' }),
    ).toBeInTheDocument();
    expect(plan).not.toHaveTextContent(/fastest/);
  });

  it('updates the score, the table and the gap plan as soon as a what-if level changes', async () => {
    const user = userEvent.setup();
    renderFit();
    const before = scoreValue();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Statistics' }), '4');
    expect(scoreValue()).toBeGreaterThan(before);
    expect(within(rowFor('Statistics')).getByText('Met')).toBeInTheDocument();
    expect(screen.getByText(/with your temporary changes/i)).toHaveTextContent(
      new RegExp(`${before} → ${scoreValue()}`),
    );
    const plan = screen.getByRole('region', { name: /your gap plan/i });
    expect(within(plan).queryByRole('heading', { name: 'Statistics' })).toBeNull();
  });

  it('keeps the raised level after "keep this change" and returns to the answers after "reset"', async () => {
    const user = userEvent.setup();
    renderFit();
    const before = scoreValue();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cloud platforms' }), '2');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(scoreValue()).toBe(before);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cloud platforms' }), '2');
    await user.click(screen.getByRole('button', { name: /keep this change/i }));
    expect(useAnswersStore.getState().answers['cloud-platforms']).toBe(2);
    expect(scoreValue()).toBeGreaterThan(before);
    expect(screen.queryByText(/with your temporary changes/i)).toBeNull();
  });
});
