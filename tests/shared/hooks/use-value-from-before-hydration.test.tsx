import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  useValueFromBeforeHydration,
  valueFromBeforeHydration,
} from '@/shared/hooks/use-value-from-before-hydration';

function Search({ onValue }: { onValue: (value: string) => void }) {
  const [query, setQuery] = useState('');
  const ref = useValueFromBeforeHydration<HTMLInputElement>(query, (value) => {
    setQuery(value);
    onValue(value);
  });
  return (
    <>
      <input
        ref={ref}
        aria-label="Search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p>Searching for “{query}”</p>
    </>
  );
}

function Family({ initial, onValue }: { initial: string; onValue: (value: string) => void }) {
  const [family, setFamily] = useState(initial);
  const ref = useValueFromBeforeHydration<HTMLSelectElement>(family, onValue);
  return (
    <select
      ref={ref}
      aria-label="Family"
      value={family}
      onChange={(e) => setFamily(e.target.value)}
    >
      <option value="">All</option>
      <option value="data">Data</option>
      <option value="ml">ML</option>
    </select>
  );
}

/** Server markup in a container, as a prerendered page has it before its code runs. */
function prerendered(element: React.ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.append(container);
  return container;
}

describe('a control used before its page hydrated', () => {
  it('hands the search typed before hydration to the page once it hydrates', async () => {
    const onValue = vi.fn();
    const container = prerendered(<Search onValue={onValue} />);
    container.querySelector('input')!.value = 'actuary';
    await act(async () => {
      hydrateRoot(container, <Search onValue={onValue} />);
    });
    expect(onValue).toHaveBeenCalledExactlyOnceWith('actuary');
    expect(container.querySelector('p')!.textContent).toBe('Searching for “actuary”');
    container.remove();
  });

  it('hands over a family picked before hydration, and nothing when none was', async () => {
    for (const [picked, expected] of [
      ['ml', ['ml']],
      [null, []],
    ] as const) {
      const onValue = vi.fn();
      const container = prerendered(<Family initial="" onValue={onValue} />);
      if (picked) container.querySelector('select')!.value = picked;
      await act(async () => {
        hydrateRoot(container, <Family initial="" onValue={onValue} />);
      });
      expect(onValue.mock.calls.map(([v]) => v)).toEqual(expected);
      container.remove();
    }
  });

  it('stays quiet after a client render, whatever the control shows', () => {
    const onValue = vi.fn();
    render(
      <>
        <Search onValue={onValue} />
        <Family initial="ml" onValue={onValue} />
      </>,
    );
    expect(onValue).not.toHaveBeenCalled();
  });
});

describe('valueFromBeforeHydration', () => {
  it('reads a changed input or select, and ignores one showing what was rendered', () => {
    const input = document.createElement('input');
    input.defaultValue = '';
    input.value = 'sql';
    expect(valueFromBeforeHydration(input, '')).toBe('sql');
    expect(valueFromBeforeHydration(input, 'sql')).toBeUndefined();
    const select = document.createElement('select');
    select.innerHTML =
      '<option value="">All</option><option value="a" selected>A</option><option value="b">B</option>';
    expect(valueFromBeforeHydration(select, 'a')).toBeUndefined();
    select.value = 'b';
    expect(valueFromBeforeHydration(select, 'a')).toBe('b');
  });
});
