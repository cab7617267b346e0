import type { WorkPreferences } from '@/scoring';
import { industryName } from '@/catalogue/vocabulary';

/** The preferences behind each role's adjustment, in words, kept apart from the skill fit. */
export function PreferenceSummary({ preferences }: { preferences: WorkPreferences }) {
  const { leadership, industries, maxJobZone } = preferences;
  const lean =
    leadership < 0
      ? 'you lean towards hands-on building'
      : leadership > 0
        ? 'you lean towards leading people'
        : 'no lean between building and leading';
  const where =
    industries.length > 0
      ? `industries: ${industries.map(industryName).join(', ')}`
      : 'any industry';
  const prep =
    maxJobZone === null ? 'any preparation level' : `preparation up to job zone ${maxJobZone}`;
  return (
    <p className="results-preferences muted">
      Work preferences: {lean}; {where}; {prep}. They add or take a few points, shown on each role,
      and never change its skill fit.
    </p>
  );
}
