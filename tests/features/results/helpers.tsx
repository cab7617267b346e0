import { Component as ResultsPage } from '@/routes/results';
import { Component as SharedPage } from '@/routes/shared';
import { useAnswersStore } from '@/store/answers';
import { useWhatIfStore } from '@/store/what-if';
import type { Role } from '@/catalogue/schema';
import { makeCatalogue, makeRole, roleSkill } from '../../fixtures/catalogue';
import { renderRoutes } from '../../fixtures/render';

export const SKILL_IDS = [
  'python',
  'sql',
  'statistics',
  'machine-learning',
  'data-visualisation',
  'communication',
  'software-engineering',
  'business-acumen',
  'people-management',
  'mlops',
];

/**
 * Twelve roles (more than one page of results). Role k needs a different mix, so a profile
 * orders them clearly: "sql-analyst" is all SQL/visualisation, "ml-lead" is a lead role that
 * leans on ML and people management.
 */
export function resultsCatalogue() {
  const roles: Role[] = [
    makeRole({
      id: 'sql-analyst',
      title: 'SQL Analyst',
      education: { ...makeRole().education, typical: 'bachelor' },
      skills: [
        roleSkill('sql', 5, 3),
        roleSkill('data-visualisation', 5, 3),
        roleSkill('communication', 3, 2),
        roleSkill('business-acumen', 3, 2),
        roleSkill('statistics', 2, 1),
        roleSkill('python', 1, 1),
        roleSkill('software-engineering', 1, 1),
        roleSkill('machine-learning', 1, 0),
      ],
    }),
    makeRole({
      id: 'ml-lead',
      title: 'ML Lead',
      seniority: 'lead',
      education: { ...makeRole().education, typical: 'master' },
      skills: [
        roleSkill('machine-learning', 5, 4),
        roleSkill('people-management', 5, 3),
        roleSkill('mlops', 4, 3),
        roleSkill('python', 4, 3),
        roleSkill('communication', 4, 3),
        roleSkill('statistics', 3, 3),
        roleSkill('software-engineering', 3, 3),
        roleSkill('business-acumen', 3, 2),
      ],
    }),
  ];
  for (let k = 1; k <= 10; k++) {
    roles.push(
      makeRole({
        id: `role-${k}`,
        title: `Role ${k}`,
        skills: SKILL_IDS.slice(0, 8).map((id, i) =>
          roleSkill(id, 1 + ((i + k) % 5), 1 + ((i * k) % 4)),
        ),
      }),
    );
  }
  return makeCatalogue({ roles: roles.map((r) => ({ ...r, related: ['sql-analyst'] })) });
}

export function resetStores() {
  useAnswersStore.getState().reset();
  useWhatIfStore.getState().reset();
}

export function renderApp(at: string, catalogue = resultsCatalogue()) {
  return renderRoutes(
    [
      { path: '/results', Component: ResultsPage },
      { path: '/shared', Component: SharedPage },
      { path: '/quiz', Component: () => <h1>Quiz page</h1> },
      { path: '/roles/:roleId', Component: () => <h1>Role page</h1> },
    ],
    at,
    catalogue,
  );
}
