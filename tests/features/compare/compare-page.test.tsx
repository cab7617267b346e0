import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Component as CompareRoute } from '@/routes/compare';
import { useAnswersStore } from '@/store/answers';
import { useWhatIfStore } from '@/store/what-if';
import { renderRoutes } from '../../fixtures/render';
import { catalogue } from '../fit/fixture';

function renderCompare(at: string) {
  return renderRoutes(
    [
      { path: '/compare', Component: CompareRoute },
      { path: '/compare/:a/:b', Component: CompareRoute },
      { path: '*', Component: () => <p>elsewhere</p> },
    ],
    at,
    catalogue,
  );
}

describe('ComparePage', () => {
  beforeEach(() => {
    useAnswersStore.getState().reset();
    useWhatIfStore.getState().reset();
  });

  it('shows the two roles side by side in every topic of the seed articles', () => {
    renderCompare('/compare?a=data-analyst&b=data-scientist');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Data Analyst vs. Data Scientist',
    );
    for (const topic of [
      'What the role is',
      'Responsibilities',
      'Required skills',
      'Education',
      'Tools and software',
      'Industries',
      'Outlook',
      'Getting started',
    ]) {
      const section = screen.getByRole('region', { name: topic });
      expect(
        within(section).getByRole('heading', { level: 3, name: 'Data Analyst' }),
      ).toBeInTheDocument();
      expect(
        within(section).getByRole('heading', { level: 3, name: 'Data Scientist' }),
      ).toBeInTheDocument();
    }
    const duties = screen.getByRole('region', { name: 'Responsibilities' });
    expect(within(duties).getByText('Data Analyst duty 1')).toBeInTheDocument();
    expect(within(duties).getByText('Data Scientist duty 5')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Getting started' })).getByText(
        'Data Scientist tip 4',
      ),
    ).toBeInTheDocument();
  });

  it('lists the skills that differ by at least one level, biggest difference first', () => {
    renderCompare('/compare?a=data-analyst&b=ml-engineer');
    const table = screen.getByRole('table', { name: /required level in each role/i });
    const skills = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    // Machine learning 1 -> 4 is the largest gap; SQL 3 -> 2 differs by one; leadership is equal.
    expect(skills[0]).toBe('Machine learning');
    expect(skills).toContain('SQL');
    expect(skills).not.toContain('Leadership');
  });

  it('shows the curated title, intro and source article when the pair is a seed comparison, in either order', () => {
    renderCompare('/compare?a=ml-engineer&b=data-manager');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Data Manager vs. ML Engineer: side by side',
    );
    expect(
      screen.getByText('One leads data work, the other builds learning systems.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Data Manager vs\. Lead Machine Learning Engineer: A Comprehensive Comparison/,
      ),
    ).toBeInTheDocument();
  });

  it('invites the person to the quiz when there are no answers, and shows both fits when there are', () => {
    const { unmount } = renderCompare('/compare?a=data-analyst&b=data-manager');
    expect(screen.getByRole('link', { name: /take the skills quiz/i })).toBeInTheDocument();
    unmount();
    useAnswersStore.getState().mergeAnswers({ sql: 3, communication: 4, leadership: 4 });
    renderCompare('/compare?a=data-analyst&b=data-manager');
    const fit = screen.getByRole('region', { name: 'Your fit' });
    expect(within(fit).getAllByText(/\/ 100 skill fit/)).toHaveLength(2);
    expect(
      within(fit).getByRole('link', { name: /gap plan for data manager/i }),
    ).toBeInTheDocument();
  });

  it('keeps the chosen pair in the URL when a picker changes', async () => {
    const user = userEvent.setup();
    const { router } = renderCompare('/compare?a=data-analyst&b=data-scientist');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Second role' }), 'ml-engineer');
    expect(router.state.location.search).toBe('?a=data-analyst&b=ml-engineer');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Data Analyst vs. ML Engineer',
    );
    await user.click(screen.getByRole('button', { name: 'Swap sides' }));
    expect(router.state.location.search).toBe('?a=ml-engineer&b=data-analyst');
  });

  it('explains an unknown role id and still offers the pickers', () => {
    renderCompare('/compare?a=astronaut&b=data-scientist');
    expect(screen.getByRole('alert')).toHaveTextContent('There is no role with the id “astronaut”');
    expect(screen.getByRole('combobox', { name: 'First role' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Second role' })).toHaveValue('data-scientist');
    expect(screen.queryByRole('region', { name: 'Responsibilities' })).toBeNull();
  });

  it('without a pair, suggests the curated comparisons', () => {
    renderCompare('/compare');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Compare two roles');
    // The curated pairs link to their path-form address, the one that is prerendered.
    expect(
      screen.getByRole('link', { name: 'Data Manager vs. ML Engineer: side by side' }),
    ).toHaveAttribute('href', '/compare/data-manager/ml-engineer');
  });

  it('reads the pair from a path-form address, and choosing another pair goes to the query form', async () => {
    const user = userEvent.setup();
    const { router } = renderCompare('/compare/data-manager/ml-engineer');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Data Manager vs. ML Engineer: side by side',
    );
    expect(screen.getByRole('combobox', { name: 'First role' })).toHaveValue('data-manager');
    expect(screen.getByRole('combobox', { name: 'Second role' })).toHaveValue('ml-engineer');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Second role' }),
      'data-scientist',
    );
    expect(router.state.location.pathname).toBe('/compare');
    expect(router.state.location.search).toBe('?a=data-manager&b=data-scientist');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Data Manager vs. Data Scientist',
    );
  });

  it('explains an unknown role id in a path-form address', () => {
    renderCompare('/compare/astronaut/data-scientist');
    expect(screen.getByRole('alert')).toHaveTextContent('There is no role with the id “astronaut”');
  });

  it('with only one role chosen, offers it against each of its related roles', () => {
    renderCompare('/compare?a=data-scientist');
    const related = screen.getByRole('region', {
      name: 'Compare Data Scientist with a related role',
    });
    expect(
      within(related).getByRole('link', { name: 'Data Scientist vs. Data Analyst' }),
    ).toHaveAttribute('href', '/compare?a=data-scientist&b=data-analyst');
    expect(screen.getByRole('combobox', { name: 'First role' })).toHaveValue('data-scientist');
  });

  it('shows the saved answers, not temporary what-if levels, in the "You" column', () => {
    useAnswersStore.getState().mergeAnswers({ 'machine-learning': 1 });
    useWhatIfStore.getState().setOverride('machine-learning', 4);
    renderCompare('/compare?a=data-analyst&b=ml-engineer');
    const table = screen.getByRole('table', { name: /required level in each role/i });
    const row = within(table)
      .getByRole('rowheader', { name: 'Machine learning' })
      .closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent('1 (Beginner)');
  });
});
