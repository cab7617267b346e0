import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Component as AboutPage } from '@/routes/about';

function renderAbout() {
  const router = createMemoryRouter([{ path: '/about', Component: AboutPage }], {
    initialEntries: ['/about'],
  });
  render(<RouterProvider router={router} />);
}

describe('the about page', () => {
  it('explains how scoring works', () => {
    renderAbout();
    expect(screen.getByRole('heading', { level: 1, name: 'About Pathfinder' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'How scoring works' })).toHaveTextContent(
      /weighted by importance/,
    );
  });

  it('describes the few-skills adjustment as the engine applies it: full marks stay 100, gaps weigh more', () => {
    renderAbout();
    const scoring = screen.getByRole('region', { name: 'How scoring works' });
    // scoreFromFit: F = W gives exactly 100, and c = 1 + K / W only scales the unmet part down.
    expect(scoring).toHaveTextContent(/Meeting every skill a role lists scores 100/);
    expect(scoring).toHaveTextContent(
      /missing counts a little more in roles that list only a few skills/,
    );
    expect(scoring).not.toHaveTextContent(/towards the middle/);
  });

  it('carries the exact O*NET attribution and names the releases used', () => {
    renderAbout();
    expect(
      screen.getByText(
        'This product includes information from the O*NET Database, by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.',
      ),
    ).toBeInTheDocument();
    const sources = screen.getByRole('region', { name: 'Data sources' });
    expect(sources).toHaveTextContent(/29\.2/);
    expect(sources).toHaveTextContent(/27\.x/);
    expect(sources).toHaveTextContent(/30\.0/);
  });

  it('credits BLS wages and projections as public domain', () => {
    renderAbout();
    const sources = screen.getByRole('region', { name: 'Data sources' });
    expect(sources).toHaveTextContent(
      /Occupational Employment and Wage Statistics \(OEWS\), May 2021/,
    );
    expect(sources).toHaveTextContent(/Employment Projections/);
    expect(sources).toHaveTextContent(/public domain/);
  });

  it('lists both seed articles with their titles and publication dates', () => {
    renderAbout();
    expect(
      screen.getByText(
        'Data Manager vs. Lead Machine Learning Engineer: A Comprehensive Comparison',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Data Operations Manager vs. Machine Learning Software Engineer: A Comprehensive Comparison',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('30 October 2024')).toHaveAttribute('datetime', '2024-10-30');
    expect(screen.getByText('6 December 2023')).toHaveAttribute('datetime', '2023-12-06');
  });
});
