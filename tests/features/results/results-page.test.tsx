import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnswersStore } from '@/store/answers';
import { useWhatIfStore } from '@/store/what-if';
import { renderApp, resetStores } from './helpers';

/** An analyst-like profile: strong SQL and visualisation, no ML or people management. */
const ANALYST = {
  sql: 3,
  'data-visualisation': 3,
  communication: 2,
  'business-acumen': 2,
  statistics: 1,
  python: 1,
  'software-engineering': 1,
  'machine-learning': 0,
  'people-management': 0,
  mlops: 0,
};

const resultItems = () =>
  screen.getAllByRole('heading', { level: 3 }).map((h) => h.closest('li') as HTMLElement);
const rankOf = (item: HTMLElement) =>
  Number(within(item).getByText(/^Rank/).parentElement!.textContent!.replace(/\D/g, ''));

async function showAll(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: /^Show \d+ more roles?$/ }));
}

describe('results page', () => {
  beforeEach(resetStores);
  afterEach(() => vi.restoreAllMocks());

  it('invites a person without answers to take the quiz or try the example', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/results');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your results' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the skills quiz' })).toHaveAttribute(
      'href',
      '/quiz',
    );
    await user.click(screen.getByRole('link', { name: 'Try an example profile' }));
    expect(router.state.location.search).toBe('?example=1');
    expect(screen.getByRole('heading', { level: 1, name: 'Example results' })).toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'About this example' })).toHaveTextContent(
      /not your answers/i,
    );
    expect(resultItems().length).toBeGreaterThan(0);
    expect(useAnswersStore.getState().answers).toEqual({});
  });

  it('words the example person’s preferences and gaps as theirs, not the viewer’s', async () => {
    renderApp('/results?example=1');
    await screen.findByRole('heading', { level: 1, name: 'Example results' });
    const items = resultItems();
    // The example leans towards hands-on work, so hands-on roles carry a reason.
    expect(items.some((li) => /they prefer building things themselves/.test(li.textContent!))).toBe(
      true,
    );
    for (const item of items) expect(item).not.toHaveTextContent(/\byou(r|rself)?\b/i);
  });

  it('writes the example to the answers only when the person chooses to start from it', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/results?example=1');
    await user.click(await screen.findByRole('button', { name: 'Start from this example' }));
    expect(useAnswersStore.getState().answers).toMatchObject({ sql: 3, python: 2 });
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toBeInTheDocument();
  });

  it('ranks roles best first with match, skill fit and preferences shown apart, each linking to its role', async () => {
    useAnswersStore.getState().mergeAnswers(ANALYST);
    useAnswersStore.getState().setPreferences({ leadership: -1 });
    renderApp('/results');
    const first = (await screen.findAllByRole('heading', { level: 3 }))[0]!;
    expect(first).toHaveTextContent('SQL Analyst');
    expect(within(first).getByRole('link')).toHaveAttribute('href', '/roles/sql-analyst');
    const card = first.closest('li')!;
    expect(card).toHaveTextContent(/\d+% match/);
    expect(card).toHaveTextContent(/Skill fit \d+%/);
    expect(card).toHaveTextContent('Preferences: +5 points');
    expect(within(card).getByRole('list', { name: /why your preferences/i })).toHaveTextContent(
      /hands-on/,
    );
    expect(card).toHaveTextContent(
      /Strongest: data visualisation; sql\. You meet every skill it asks for\./,
    );
    expect(
      screen.getByText(/^Work preferences: you lean towards hands-on building; any industry;/),
    ).toHaveTextContent('never change its skill fit');
  });

  it('names the biggest gap with the level the person has and the level the role needs', async () => {
    useAnswersStore.getState().mergeAnswers(ANALYST);
    const user = userEvent.setup();
    renderApp('/results');
    await showAll(user);
    const lead = screen.getByRole('link', { name: 'ML Lead' }).closest('li')!;
    expect(lead).toHaveTextContent(
      /Biggest gap: machine learning \(you have: 0 \(Not yet\); needs 4 \(Expert\)\)/,
    );
  });

  it('shows ten roles first, then all of them, moving focus to the first new one', async () => {
    useAnswersStore.getState().mergeAnswers(ANALYST);
    const user = userEvent.setup();
    renderApp('/results');
    await screen.findAllByRole('heading', { level: 3 });
    expect(resultItems()).toHaveLength(10);
    expect(screen.getByText('Showing 10 of 12 roles.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 2 more roles' }));
    expect(resultItems()).toHaveLength(12);
    expect(screen.queryByRole('button', { name: /more roles/ })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(within(resultItems()[10]!).getByRole('link'));
  });

  it('keeps filters in the URL and ranks only the roles that pass them', async () => {
    useAnswersStore.getState().mergeAnswers(ANALYST);
    const user = userEvent.setup();
    const { router } = renderApp('/results');
    await user.selectOptions(await screen.findByLabelText('Seniority'), 'Lead or manager');
    expect(router.state.location.search).toBe('?seniority=lead');
    expect(resultItems()).toHaveLength(1);
    expect(resultItems()[0]).toHaveTextContent('ML Lead');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    expect(resultItems()).toHaveLength(10);
  });

  it('writes each filter to the URL and back to "any" when its first option is chosen', async () => {
    useAnswersStore.getState().mergeAnswers(ANALYST);
    const user = userEvent.setup();
    const { router } = renderApp('/results');
    await user.selectOptions(await screen.findByLabelText('Industry'), 'Finance and banking');
    await user.selectOptions(
      screen.getByLabelText('Education you would go up to'),
      "Bachelor's degree",
    );
    expect(new URLSearchParams(router.state.location.search).getAll('industry')).toEqual([
      'finance',
    ]);
    expect(new URLSearchParams(router.state.location.search).get('education')).toBe('bachelor');
    expect(screen.getByLabelText('Industry')).toHaveValue('finance');
    // The ML Lead role typically needs a master's degree, above the chosen bachelor's.
    expect(screen.queryByRole('link', { name: 'ML Lead' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Industry'), 'Any industry');
    await user.selectOptions(
      screen.getByLabelText('Education you would go up to'),
      'Any education',
    );
    expect(router.state.location.search).toBe('');
  });

  it('reads filters from the address it was opened at', async () => {
    useAnswersStore.getState().mergeAnswers(ANALYST);
    renderApp('/results?education=bachelor&industry=finance');
    await screen.findAllByRole('heading', { level: 3 });
    expect(screen.getByLabelText('Education you would go up to')).toHaveValue('bachelor');
    expect(screen.getByLabelText('Industry')).toHaveValue('finance');
    // ML Lead typically needs a master's degree, so a bachelor's cap leaves it out.
    expect(screen.queryByRole('link', { name: 'ML Lead' })).not.toBeInTheDocument();
    expect(screen.getByText('Showing 10 of 11 roles.')).toBeInTheDocument();
  });

  it('flags a short quiz and roles whose score rests on few answers', async () => {
    useAnswersStore.getState().mergeAnswers({ sql: 3 });
    const user = userEvent.setup();
    renderApp('/results');
    expect(await screen.findByRole('note')).toHaveTextContent('you answered 1 of 10 skills');
    await showAll(user);
    const lead = screen.getByRole('link', { name: 'ML Lead' }).closest('li')!;
    expect(lead).toHaveTextContent(/Tentative: you answered 0% of what this role weighs/);
  });

  it('updates ranks live with arrows while a level is tried, and keeps the change on request', async () => {
    useAnswersStore.getState().mergeAnswers(ANALYST);
    const user = userEvent.setup();
    renderApp('/results');
    const panel = await screen.findByRole('group', { name: 'What if you improved a skill?' });
    await showAll(user);
    const ranks = () =>
      new Map(resultItems().map((li) => [within(li).getByRole('link').textContent, rankOf(li)]));
    const before = ranks();

    // The panel offers the biggest gaps first; the first one is machine learning for this profile.
    const select = within(panel).getAllByRole('combobox')[0]!;
    expect(select).toHaveAccessibleName('machine learning');
    await user.selectOptions(select, '4 – Expert');

    const after = ranks();
    const arrows = screen.getAllByText(/^(Up|Down) \d+ places? with your temporary changes$/);
    expect(arrows.length).toBeGreaterThan(0);
    for (const arrow of arrows) {
      const title = within(arrow.closest('li')!).getByRole('link').textContent;
      const places =
        Number(arrow.textContent!.replace(/\D/g, '')) *
        (arrow.textContent!.startsWith('Up') ? 1 : -1);
      expect(before.get(title)! - after.get(title)!).toBe(places);
    }
    expect(useAnswersStore.getState().answers['machine-learning']).toBe(0);

    await user.click(within(panel).getByRole('button', { name: 'Keep this change' }));
    expect(useAnswersStore.getState().answers['machine-learning']).toBe(4);
    expect(useWhatIfStore.getState().overrides).toEqual({});
    expect(screen.queryByText(/with your temporary changes/)).not.toBeInTheDocument();
    expect(ranks()).toEqual(after);
  });

  it('discards a tried level on reset, restoring the saved ranking', async () => {
    useAnswersStore.getState().mergeAnswers(ANALYST);
    const user = userEvent.setup();
    renderApp('/results');
    const panel = await screen.findByRole('group', { name: 'What if you improved a skill?' });
    const order = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    const saved = order();
    await user.selectOptions(within(panel).getByLabelText('machine learning'), '4 – Expert');
    expect(screen.getAllByText(/with your temporary changes/).length).toBeGreaterThan(0);
    await user.click(within(panel).getByRole('button', { name: 'Reset' }));
    expect(order()).toEqual(saved);
    expect(useAnswersStore.getState().answers['machine-learning']).toBe(0);
  });

  it('offers a share link that carries the saved answers in the fragment', async () => {
    useAnswersStore.getState().mergeAnswers(ANALYST);
    const user = userEvent.setup();
    renderApp('/results');
    const field = await screen.findByLabelText('Share link');
    expect((field as HTMLInputElement).value).toMatch(
      /^http:\/\/localhost(:\d+)?\/shared#1\.[\w-]+$/,
    );
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe((field as HTMLInputElement).value);
    expect(screen.getByText(/Link copied/)).toBeInTheDocument();
  });

  it('downloads the saved answers and every ranked role as pathfinder-results.json', async () => {
    useAnswersStore.getState().mergeAnswers(ANALYST);
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:results';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    renderApp('/results?seniority=lead');

    await user.click(
      await screen.findByRole('button', { name: 'Download answers and results (JSON)' }),
    );

    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('pathfinder-results.json');
    const data = JSON.parse(await blob!.text());
    expect(data).toMatchObject({
      format: 'pathfinder-results',
      version: 1,
      catalogueVersion: 'test',
    });
    expect(data.answers.sql).toEqual({ level: 3, skill: 'sql' });
    // The file holds the whole ranking, not just the filtered view on screen.
    expect(data.results).toHaveLength(12);
    expect(data.results[0]).toMatchObject({ rank: 1, roleId: 'sql-analyst', title: 'SQL Analyst' });
    expect(screen.getByText(/downloading pathfinder-results.json/)).toBeInTheDocument();
  });

  it('opens the browser print dialog for a paper or PDF copy', async () => {
    useAnswersStore.getState().mergeAnswers(ANALYST);
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    renderApp('/results');
    await user.click(await screen.findByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('selects the share link for manual copying when the browser blocks the clipboard', async () => {
    useAnswersStore.getState().mergeAnswers(ANALYST);
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('blocked'));
    renderApp('/results');
    const field = (await screen.findByLabelText('Share link')) as HTMLInputElement;
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/Copying was blocked/)).toBeInTheDocument();
    expect(field).toHaveFocus();
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
  });

  it('marks roles set aside by the work preferences and says why', async () => {
    useAnswersStore.getState().mergeAnswers(ANALYST);
    // Every fixture role sits in job zone 4; a maximum of 3 sets them all aside.
    useAnswersStore.getState().setPreferences({ maxJobZone: 3 });
    renderApp('/results');
    const first = (await screen.findAllByRole('heading', { level: 3 }))[0]!.closest('li')!;
    expect(within(first).getByText('Set aside')).toBeInTheDocument();
    expect(within(first).getByRole('list', { name: /why your preferences/i })).toHaveTextContent(
      /job zone 4, above the most you chose \(3\)/,
    );
  });
});
