/**
 * A four-role catalogue for the fit, what-if, compare and paths views: small, built with the
 * shared builders, with requirements that differ enough to give gaps, differences and paths.
 */
import type { Role } from '@/catalogue/schema';
import {
  DEFAULT_SKILL_IDS,
  makeCatalogue,
  makeComparison,
  makeRole,
  makeSkill,
  roleSkill,
} from '../../fixtures/catalogue';

const SKILLS = DEFAULT_SKILL_IDS;
type SkillId = (typeof SKILLS)[number];

function role(
  id: string,
  title: string,
  needs: Record<SkillId, [importance: number, level: number]>,
): Role {
  return makeRole({
    id,
    title,
    definition: `${title}: the definition.`,
    responsibilities: [1, 2, 3, 4, 5].map((n) => `${title} duty ${n}`),
    gettingStarted: [1, 2, 3, 4].map((n) => `${title} tip ${n}`),
    tools: [`${title} tool A`, `${title} tool B`, 'Git', 'Jupyter'],
    skills: SKILLS.map((s) => roleSkill(s, needs[s][0], needs[s][1])),
    related: ['data-analyst'],
  });
}

export const analyst = role('data-analyst', 'Data Analyst', {
  python: [3, 2],
  sql: [5, 3],
  statistics: [4, 3],
  'machine-learning': [1, 1],
  'data-modelling': [3, 2],
  communication: [4, 3],
  leadership: [1, 1],
  'cloud-platforms': [2, 1],
});
export const scientist = role('data-scientist', 'Data Scientist', {
  python: [5, 3],
  sql: [4, 3],
  statistics: [5, 4],
  'machine-learning': [4, 3],
  'data-modelling': [3, 2],
  communication: [3, 3],
  leadership: [1, 1],
  'cloud-platforms': [2, 2],
});
export const mlEngineer = role('ml-engineer', 'ML Engineer', {
  python: [5, 4],
  sql: [3, 2],
  statistics: [3, 3],
  'machine-learning': [5, 4],
  'data-modelling': [2, 2],
  communication: [2, 2],
  leadership: [1, 1],
  'cloud-platforms': [4, 3],
});
export const manager = role('data-manager', 'Data Manager', {
  python: [1, 1],
  sql: [3, 2],
  statistics: [2, 2],
  'machine-learning': [1, 1],
  'data-modelling': [4, 3],
  communication: [5, 4],
  leadership: [5, 4],
  'cloud-platforms': [2, 1],
});

export const skills = SKILLS.map((id) =>
  makeSkill({
    id,
    name: id === 'sql' ? 'SQL' : id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' '),
    learning: [`Study ${id} basics`, `Build a ${id} project`],
  }),
);

export const catalogue = makeCatalogue({
  roles: [analyst, scientist, mlEngineer, manager],
  skills,
  comparisons: [
    makeComparison({
      id: 'data-manager-vs-ml-engineer',
      a: 'data-manager',
      b: 'ml-engineer',
      title: 'Data Manager vs. ML Engineer: side by side',
      intro: 'One leads data work, the other builds learning systems.',
      source: { kind: 'seed', article: 'data-manager-vs-lead-machine-learning-engineer' },
    }),
  ],
});
