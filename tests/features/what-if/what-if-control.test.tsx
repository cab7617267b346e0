import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { WhatIfControl } from '@/features/what-if/what-if-control';
import { useAnswersStore } from '@/store/answers';
import { useWhatIfStore } from '@/store/what-if';
import { renderRoutes } from '../../fixtures/render';
import { catalogue } from '../fit/fixture';

function renderControl() {
  return renderRoutes(
    [{ path: '/', Component: () => <WhatIfControl skillIds={['python', 'sql', 'leadership']} /> }],
    '/',
    catalogue,
  );
}

describe('WhatIfControl', () => {
  beforeEach(() => {
    useAnswersStore.getState().reset();
    useWhatIfStore.getState().reset();
    useAnswersStore.getState().mergeAnswers({ python: 2, sql: 1 });
  });

  it('shows each skill at the answered level, and "Not rated yet" for a skill without an answer', () => {
    renderControl();
    expect(screen.getByRole('combobox', { name: 'Python' })).toHaveValue('2');
    expect(screen.getByRole('combobox', { name: 'SQL' })).toHaveValue('1');
    const leadership = screen.getByRole('combobox', { name: 'Leadership' });
    expect(leadership).toHaveValue('');
    expect(within(leadership).getByRole('option', { name: 'Not rated yet' })).toBeInTheDocument();
  });

  it('disables keep and reset while nothing is being tried', () => {
    renderControl();
    expect(screen.getByRole('button', { name: /keep this change/i })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Reset' })).toBeDisabled();
  });

  it('records a changed level as a temporary override without touching the answers', async () => {
    const user = userEvent.setup();
    renderControl();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Python' }), '4');
    expect(useWhatIfStore.getState().overrides).toEqual({ python: 4 });
    expect(useAnswersStore.getState().answers.python).toBe(2);
    expect(screen.getByRole('status')).toHaveTextContent('1 temporary change');
    expect(screen.getByText(/your answer: working/i)).toBeInTheDocument();
  });

  it('drops the override when the level is set back to the answer', async () => {
    const user = userEvent.setup();
    renderControl();
    const python = screen.getByRole('combobox', { name: 'Python' });
    await user.selectOptions(python, '3');
    await user.selectOptions(python, '2');
    expect(useWhatIfStore.getState().overrides).toEqual({});
  });

  it('"keep" writes every temporary change into the answers and clears them', async () => {
    const user = userEvent.setup();
    renderControl();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Python' }), '4');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Leadership' }), '3');
    await user.click(screen.getByRole('button', { name: /keep these 2 changes/i }));
    expect(useAnswersStore.getState().answers).toMatchObject({ python: 4, sql: 1, leadership: 3 });
    expect(useWhatIfStore.getState().overrides).toEqual({});
    expect(screen.getByRole('status')).toHaveTextContent(/2 changes are now part of your answers/);
    expect(screen.getByRole('combobox', { name: 'Python' })).toHaveValue('4');
  });

  it('"reset" discards the temporary changes and restores the answered levels', async () => {
    const user = userEvent.setup();
    renderControl();
    await user.selectOptions(screen.getByRole('combobox', { name: 'SQL' }), '4');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(useWhatIfStore.getState().overrides).toEqual({});
    expect(useAnswersStore.getState().answers.sql).toBe(1);
    expect(screen.getByRole('combobox', { name: 'SQL' })).toHaveValue('1');
    expect(screen.getByRole('status')).toHaveTextContent(/discarded/);
  });

  it('drops the "saved" confirmation once a new change is tried and undone', async () => {
    const user = userEvent.setup();
    renderControl();
    const python = screen.getByRole('combobox', { name: 'Python' });
    await user.selectOptions(python, '3');
    await user.click(screen.getByRole('button', { name: /keep this change/i }));
    expect(screen.getByRole('status')).toHaveTextContent(/now part of your answers/);
    await user.selectOptions(python, '4');
    await user.selectOptions(python, '3');
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
