import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAnswersStore } from '@/store/answers';
import { makeCatalogue, makeRole, makeRoleSkill, makeSkill } from '../../fixtures/catalogue';
import { renderApp, resetStores } from './helpers';

const judged = { kind: 'judgement', reason: 'Fixture value chosen for a test.' } as const;
const need = (skill: string, importance: number, level: number, defining = false) =>
  makeRoleSkill(skill, {
    importance,
    level,
    source: judged,
    ...(defining ? { defining: judged } : {}),
  });

/** Two roles: an analyst defined by SQL, an ML engineer defined by machine learning. */
const catalogue = makeCatalogue({
  skills: [
    'sql',
    'python',
    'machine-learning',
    'statistics',
    'communication',
    'writing',
    'mlops',
    'cloud',
  ].map((id) =>
    makeSkill({ id, name: id === 'machine-learning' ? 'Machine learning' : id.toUpperCase() }),
  ),
  roles: [
    makeRole({
      id: 'analyst',
      title: 'Analyst',
      skills: [
        need('sql', 5, 3, true),
        need('python', 3, 2),
        need('statistics', 3, 2),
        need('communication', 3, 2),
        need('writing', 2, 2),
        need('machine-learning', 1, 0),
        need('mlops', 1, 0),
        need('cloud', 1, 0),
      ],
    }),
    makeRole({
      id: 'ml-engineer',
      title: 'ML Engineer',
      skills: [
        need('machine-learning', 5, 3, true),
        need('python', 5, 3),
        need('mlops', 4, 3),
        need('cloud', 3, 2),
        need('statistics', 3, 2),
        need('sql', 2, 2),
        need('communication', 2, 2),
        need('writing', 1, 1),
      ],
    }),
  ],
});

const item = (title: string) =>
  screen.getByRole('link', { name: title }).closest('li') as HTMLElement;

describe('defining skills on the results page', () => {
  beforeEach(resetStores);

  it('offers to rate an unrated defining skill in place, and the ranking follows the answer', async () => {
    useAnswersStore
      .getState()
      .mergeAnswers({ python: 4, mlops: 3, cloud: 3, statistics: 2, sql: 1 });
    renderApp('/results', catalogue);
    const ml = item('ML Engineer');
    expect(ml).toHaveTextContent(
      "Not rated yet: Machine learning, which this role can't do without.",
    );
    // Never the biggest gap, since it was never rated.
    expect(ml).not.toHaveTextContent(/Biggest gap: Machine learning/);

    await userEvent.selectOptions(
      within(ml).getByRole('combobox', { name: 'Rate Machine learning' }),
      '0',
    );
    expect(useAnswersStore.getState().answers['machine-learning']).toBe(0);
    const setAside = item('ML Engineer');
    expect(setAside).toHaveTextContent(
      "Set aside: this role can't be done without Machine learning, which you rated 0 (Not yet).",
    );
    // Listed after the analyst now, whatever its other skills.
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles.indexOf('ML Engineer')).toBeGreaterThan(titles.indexOf('Analyst'));
  });

  it('says which defining skill holds a match back, and never shows 100% beside a gap', () => {
    useAnswersStore
      .getState()
      .mergeAnswers({ sql: 1, python: 4, statistics: 4, communication: 4, writing: 4 });
    renderApp('/results', catalogue);
    const analyst = item('Analyst');
    expect(analyst).toHaveTextContent(
      "Held back by SQL, a skill this role can't do without: you have 1 (Beginner) of the 3 (Proficient) it needs, so the match stays at 33% or below until that gap closes.",
    );
    expect(analyst).toHaveTextContent('33% match');
    for (const li of screen.getAllByRole('listitem').filter((l) => l.classList.contains('result')))
      if (/Biggest gap/.test(li.textContent ?? '')) expect(li).not.toHaveTextContent(/100% match/);
  });
});
