/**
 * Four roles with decimal requirements (like the real catalogue's O*NET levels x 4/7), which the
 * engine reads as their nearest whole level (2.6 -> 3, 1.1 -> 1), where a stepping stone pays
 * off. Weeks per level step are 2, 4, 8, 16:
 * Junior Analyst -> Data Scientist: ML 0->3 (14) + Python 0->3 (14) + SQL 1->2 (4) = 32
 * Data Scientist -> ML Engineer: ML 3->4 (16) + Python 3->4 (16) = 32
 * Junior Analyst -> ML Engineer: ML 0->4 (30) + Python 0->4 (30) = 60
 * Junior Analyst -> Data Manager: Communication 0->4 (30) + Leadership 0->3 (14) + SQL 1->2 (4) = 48
 * Route cost 32 x 1.32 x 2 = 84.48 against 60 x 1.6 = 96 straight: 14% harder.
 * Every role also lists filler skills at level 0 (the schema asks for 8 skills): no weeks.
 */
import type { Role } from '@/catalogue/schema';
import { makeCatalogue, makeRole, makeSkill, roleSkill } from '../../fixtures/catalogue';

const FILLERS = [
  'filler-1',
  'filler-2',
  'filler-3',
  'filler-4',
  'filler-5',
  'filler-6',
  'filler-7',
];

function role(
  id: string,
  title: string,
  needs: [skill: string, importance: number, level: number][],
): Role {
  const skills = needs.map(([skill, importance, level]) => roleSkill(skill, importance, level));
  for (const filler of FILLERS.slice(0, 8 - skills.length)) skills.push(roleSkill(filler, 1, 0));
  return makeRole({
    id,
    title,
    skills,
    related: ['junior-analyst'],
  });
}

const names: Record<string, string> = {
  'machine-learning': 'Machine learning',
  python: 'Python',
  sql: 'SQL',
  communication: 'Communication',
  leadership: 'Leadership',
};

export const pathsCatalogue = makeCatalogue({
  roles: [
    role('junior-analyst', 'Junior Analyst', [['sql', 4, 1.1]]),
    role('data-scientist', 'Data Scientist', [
      ['machine-learning', 4, 2.6],
      ['python', 4, 2.6],
      ['sql', 3, 1.7],
    ]),
    role('ml-engineer', 'ML Engineer', [
      ['machine-learning', 5, 4],
      ['python', 5, 4],
    ]),
    role('data-manager', 'Data Manager', [
      ['communication', 5, 3.6],
      ['leadership', 4, 2.9],
      ['sql', 3, 1.5],
    ]),
  ],
  skills: [...Object.entries(names), ...FILLERS.map((id) => [id, id] as const)].map(([id, name]) =>
    makeSkill({ id, name }),
  ),
});
