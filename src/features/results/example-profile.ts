import type { Profile, WorkPreferences } from '@/scoring';

/**
 * A fixed, realistic sample person: a data analyst three or four years in, strong on SQL,
 * dashboards and business questions, now learning machine learning. Shown only when someone
 * asks to try an example; it reaches their answers only if they choose "use as my answers".
 */
export const EXAMPLE_PROFILE = {
  label: 'A data analyst moving into machine learning',
  description:
    'Several years of SQL, dashboards and reporting for business teams; comfortable with Python ' +
    'for analysis; has started on machine learning but not deployed a model yet.',
  answers: {
    sql: 3,
    python: 2,
    programming: 2,
    'software-engineering': 1,
    troubleshooting: 2,
    'data-modelling': 2,
    'etl-pipelines': 1,
    'cloud-platforms': 1,
    'machine-learning': 1,
    'deep-learning': 0,
    'feature-engineering': 1,
    mlops: 0,
    mathematics: 1,
    statistics: 2,
    experimentation: 2,
    'data-analysis': 3,
    'data-visualisation': 3,
    'business-intelligence': 3,
    'requirements-analysis': 2,
    'data-quality': 2,
    communication: 3,
    writing: 2,
    'critical-thinking': 3,
    'business-acumen': 3,
    coordination: 2,
    'project-management': 2,
    'people-management': 0,
    'active-learning': 3,
  } satisfies Profile,
  preferences: { leadership: -0.5, industries: [], maxJobZone: null } satisfies WorkPreferences,
};

/** The example's answers limited to skills this catalogue has (the engine rejects unknown ids). */
export function exampleAnswers(skillIds: Iterable<string>): Profile {
  const known = new Set(skillIds);
  return Object.fromEntries(
    Object.entries(EXAMPLE_PROFILE.answers).filter(([id]) => known.has(id)),
  );
}
