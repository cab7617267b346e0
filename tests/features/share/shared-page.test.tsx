import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeShare } from '@/features/share/codec';
import { useAnswersStore } from '@/store/answers';
import { renderApp, resetStores, resultsCatalogue } from '../results/helpers';

const catalogue = resultsCatalogue();
const skillIds = catalogue.skills.map((s) => s.id);
const SHARED = { sql: 3, 'data-visualisation': 3, communication: 2 };
const code = encodeShare(
  { answers: SHARED, preferences: { leadership: 1, industries: ['finance'], maxJobZone: null } },
  skillIds,
);

describe('shared results page', () => {
  beforeEach(resetStores);

  it('shows the shared ranking read-only without touching the visitor’s answers', async () => {
    useAnswersStore.getState().mergeAnswers({ python: 4, 'machine-learning': 4 });
    const before = useAnswersStore.getState().answers;
    renderApp(`/shared#${code}`, catalogue);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Shared results' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'About these results' })).toHaveTextContent(
      /results of their 3 answered skills/,
    );
    const first = screen.getAllByRole('heading', { level: 3 })[0]!;
    expect(first).toHaveTextContent('SQL Analyst');
    expect(first.closest('li')).toHaveTextContent('+3: common in Finance and banking');
    expect(screen.queryByRole('group', { name: /what if/i })).not.toBeInTheDocument();
    expect(useAnswersStore.getState().answers).toBe(before);
  });

  it('words the shared person’s preferences, gaps and coverage as theirs, not the visitor’s', async () => {
    const user = userEvent.setup();
    renderApp(`/shared#${code}`, catalogue);
    await user.click(await screen.findByRole('button', { name: /^Show \d+ more roles?$/ }));
    const items = screen.getAllByRole('heading', { level: 3 }).map((h) => h.closest('li')!);
    const first = items[0]!;
    expect(first).toHaveTextContent('+3: common in Finance and banking, which they picked');
    expect(
      within(first).getByRole('list', { name: 'Why their preferences changed this' }),
    ).toBeInTheDocument();
    // Its unrated skills are never named as a gap, and the sentence is about them, not the viewer.
    expect(first).toHaveTextContent(
      /No gap among the skills they rated; \d+ it needs are not rated yet/,
    );
    const lead = items.find((li) => li.textContent?.includes('ML Lead'))!;
    expect(lead).toHaveTextContent('a lead role, and they prefer leading people');
    expect(lead).toHaveTextContent(/Tentative: they answered \d+% of what this role weighs/);
    for (const item of items) expect(item).not.toHaveTextContent(/\byou(r|rself)?\b/i);
  });

  it('explains a damaged link instead of failing, and saves nothing', async () => {
    renderApp('/shared#1.not-a-real-code', catalogue);
    expect(await screen.findByRole('alert')).toHaveTextContent(/damaged or incomplete/);
    expect(screen.getByRole('link', { name: 'Take the skills quiz' })).toHaveAttribute(
      'href',
      '/quiz',
    );
    expect(useAnswersStore.getState().answers).toEqual({});
  });

  it('rejects a link made against a different skill list', async () => {
    const other = encodeShare({ answers: { sql: 2 }, preferences: null }, ['sql', 'spark']);
    renderApp(`/shared#${other}`, catalogue);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /skill list this version of Pathfinder does not know.*reload to update/i,
    );
  });

  it('saves straight away for a visitor with no answers of their own', async () => {
    const user = userEvent.setup();
    renderApp(`/shared#${code}`, catalogue);
    await user.click(await screen.findByRole('button', { name: 'Save as my answers' }));
    expect(useAnswersStore.getState().answers).toEqual(SHARED);
    expect(useAnswersStore.getState().preferences).toMatchObject({
      leadership: 1,
      industries: ['finance'],
    });
    expect(screen.getByRole('link', { name: 'See your results' })).toHaveFocus();
  });

  it('offers to save a second shared link opened in the same tab, instead of saying it was saved', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/shared#${code}`, catalogue);
    await user.click(await screen.findByRole('button', { name: 'Save as my answers' }));
    expect(screen.getByRole('link', { name: 'See your results' })).toBeInTheDocument();

    const second = encodeShare({ answers: { python: 4 }, preferences: null }, skillIds);
    await act(() => router.navigate(`/shared#${second}`));
    expect(screen.getByRole('note', { name: 'About these results' })).toHaveTextContent(
      /their 1 answered skill /,
    );
    expect(screen.queryByText(/^Saved\./)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save as my answers' })).toBeInTheDocument();
  });

  it('asks before replacing existing answers, and cancelling keeps them', async () => {
    useAnswersStore.getState().mergeAnswers({ sql: 1, python: 4 });
    const user = userEvent.setup();
    renderApp(`/shared#${code}`, catalogue);
    await user.click(await screen.findByRole('button', { name: 'Save as my answers' }));
    const confirm = screen.getByRole('group', { name: /already have answers/ });
    expect(within(confirm).getByRole('button', { name: 'Replace and save' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(useAnswersStore.getState().answers).toEqual({ sql: 1, python: 4 });
    expect(screen.getByRole('button', { name: 'Save as my answers' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Save as my answers' }));
    await user.click(screen.getByRole('button', { name: 'Replace and save' }));
    // Shared levels replace the same skills; the visitor's other answers stay.
    expect(useAnswersStore.getState().answers).toEqual({ ...SHARED, python: 4 });
  });
});
