import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourceNote } from '@/shared/ui/source-note';

describe('SourceNote', () => {
  it('renders the citation after the label', () => {
    render(<SourceNote source={{ kind: 'bls-oews', release: 'May 2021', soc: '15-2051' }} />);
    expect(screen.getByText('Source: BLS OEWS May 2021, SOC 15-2051')).toBeInTheDocument();
  });

  it('accepts a different label and keeps the shared source style', () => {
    render(
      <SourceNote
        label="Figures"
        className="extra"
        source={{ kind: 'onet', release: '29.2', code: '11-3021.00' }}
      />,
    );
    const note = screen.getByText('Figures: O*NET 29.2, 11-3021.00');
    expect(note).toHaveClass('source', 'extra');
  });
});
