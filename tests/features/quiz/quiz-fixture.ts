import {
  makeCatalogue,
  makeCategory,
  makeRole,
  makeSkill,
  roleSkill,
} from '../../fixtures/catalogue';

/** Two skill groups and seven roles that need them differently, so the engine has something to ask. */
export const SKILLS = [
  makeSkill({ id: 'python', name: 'Python', category: 'technical' }),
  makeSkill({ id: 'sql', name: 'SQL', category: 'technical' }),
  makeSkill({ id: 'statistics', name: 'Statistics', category: 'technical' }),
  makeSkill({ id: 'machine-learning', name: 'Machine learning', category: 'technical' }),
  makeSkill({ id: 'communication', name: 'Communication', category: 'people' }),
  makeSkill({ id: 'people-management', name: 'People management', category: 'people' }),
  makeSkill({ id: 'business-acumen', name: 'Business sense', category: 'people' }),
  makeSkill({ id: 'writing', name: 'Writing', category: 'people' }),
];

const r = (
  id: string,
  levels: [string, number, number][],
  seniority: 'individual-contributor' | 'lead' = 'individual-contributor',
) =>
  makeRole({
    id,
    seniority,
    related: ['analyst'],
    skills: levels.map(([s, imp, lvl]) => roleSkill(s, imp, lvl)),
  });

export const ROLES = [
  r('analyst', [
    ['sql', 5, 3],
    ['statistics', 3, 2],
    ['python', 2, 1],
    ['communication', 4, 3],
    ['writing', 3, 2],
    ['business-acumen', 4, 3],
    ['machine-learning', 1, 0],
    ['people-management', 1, 0],
  ]),
  r('data-scientist', [
    ['python', 5, 3],
    ['statistics', 5, 4],
    ['machine-learning', 4, 3],
    ['sql', 3, 2],
    ['communication', 3, 2],
    ['writing', 2, 2],
    ['business-acumen', 2, 2],
    ['people-management', 1, 0],
  ]),
  r('ml-engineer', [
    ['python', 5, 4],
    ['machine-learning', 5, 4],
    ['sql', 2, 2],
    ['statistics', 3, 2],
    ['communication', 2, 2],
    ['writing', 1, 1],
    ['business-acumen', 1, 1],
    ['people-management', 1, 0],
  ]),
  r('data-engineer', [
    ['sql', 5, 4],
    ['python', 4, 3],
    ['statistics', 1, 1],
    ['machine-learning', 1, 0],
    ['communication', 2, 2],
    ['writing', 2, 1],
    ['business-acumen', 1, 1],
    ['people-management', 1, 0],
  ]),
  r(
    'data-manager',
    [
      ['people-management', 5, 4],
      ['communication', 5, 4],
      ['business-acumen', 4, 3],
      ['writing', 3, 3],
      ['sql', 2, 2],
      ['statistics', 1, 1],
      ['python', 1, 1],
      ['machine-learning', 1, 0],
    ],
    'lead',
  ),
  r(
    'ml-lead',
    [
      ['people-management', 4, 3],
      ['machine-learning', 4, 4],
      ['python', 3, 3],
      ['communication', 4, 3],
      ['business-acumen', 3, 3],
      ['writing', 2, 2],
      ['statistics', 3, 3],
      ['sql', 1, 1],
    ],
    'lead',
  ),
  r('statistician', [
    ['statistics', 5, 4],
    ['writing', 4, 3],
    ['python', 2, 2],
    ['sql', 2, 2],
    ['communication', 3, 3],
    ['machine-learning', 2, 1],
    ['business-acumen', 1, 1],
    ['people-management', 1, 0],
  ]),
];

export const CATEGORIES = [
  makeCategory({ id: 'technical', name: 'Technical skills', description: 'Hands-on data work.' }),
  makeCategory({ id: 'people', name: 'People and business', description: 'Working with others.' }),
];

export function quizCatalogue() {
  return makeCatalogue({ roles: ROLES, skills: SKILLS, categories: CATEGORIES });
}
