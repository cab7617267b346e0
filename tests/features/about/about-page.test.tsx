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
    // scoreFromFit: F = W gives exactly 100 (anything unmet stops at 99), and c = 1 + K / W
    // only scales the unmet part down.
    expect(scoring).toHaveTextContent(
      /A score of 100 means nothing is missing; with anything unmet it stops at 99/,
    );
    expect(scoring).toHaveTextContent(
      /missing counts a little more in roles that list only a few skills/,
    );
    expect(scoring).not.toHaveTextContent(/towards the middle/);
  });

  it('says defining skills cannot be made up for, and unrated skills are never a gap', () => {
    renderAbout();
    const scoring = screen.getByRole('region', { name: 'How scoring works' });
    expect(scoring).toHaveTextContent(/Strengths elsewhere never make up for a defining skill/);
    expect(scoring).toHaveTextContent(/a defining skill rated 0 sets the role aside/);
    expect(scoring).toHaveTextContent(/they are never called a gap/);
  });

  it('reports how well the ranking matches real people, with baselines and limits', () => {
    renderAbout();
    const check = screen.getByRole('region', { name: 'How well does it work?' });
    const table = screen.getByRole('table', { name: /Averaged over the 11 job titles/ });
    expect(table).toHaveTextContent(/Pathfinder, every answer the survey gives\s*28%\s*0\.26/);
    expect(table).toHaveTextContent(/A random order\s*14%\s*0\.16/);
    expect(check).toHaveTextContent(/asks nothing about governance, privacy, people management/);
    expect(check).toHaveTextContent(/Titles are self-reported/);
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

  it('credits the BLS releases the figures come from, OEWS May 2024 and EP 2024-34, as public domain', () => {
    renderAbout();
    const sources = screen.getByRole('region', { name: 'Data sources' });
    expect(sources).toHaveTextContent(
      /Occupational Employment and Wage Statistics \(OEWS\), May 2024: national annual wage percentiles/,
    );
    expect(sources).toHaveTextContent(/Employment Projections 2024–34 \(Table 1\.2\)/);
    expect(sources).toHaveTextContent(
      'BLS top-codes wages at $239,200, so some 90th percentiles read “$239,200 or more”.',
    );
    expect(sources).not.toHaveTextContent(/May 2021|\$208,000/);
    expect(sources).toHaveTextContent(/public domain/);
  });

  it('explains that a role’s pay and growth come from one named BLS occupation, often shared', () => {
    renderAbout();
    const sources = screen.getByRole('region', { name: 'Data sources' });
    expect(sources).toHaveTextContent(
      /Each role takes its pay and growth from one BLS occupation, named beside every figure/,
    );
    expect(sources).toHaveTextContent(/several roles can show the same one/);
    expect(sources).toHaveTextContent(
      /seed article quotes from older BLS projections \(2019–29, 2020–30\) are shown as the article’s/,
    );
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
