// @vitest-environment node
/**
 * Learning plans keyed to the level (docs/data.md): every skill in data/skills.json has four
 * steps, 0->1 to 3->4 in order, each with an activity, a named resource and evidence, and the
 * 3->4 step points at advanced material. Checked through validateCatalogue, which data:check,
 * the Vite build and the dev server run, and on the real skills file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skillsFileSchema, type Skill } from '@/catalogue/schema';
import { learningStepIssues, validateCatalogue } from '@/catalogue/validate';
import {
  FIXTURE_CATEGORIES,
  FIXTURE_SKILLS,
  dataScientistRole,
  statisticianRole,
} from '../fixtures/data-dir';

const SQL = FIXTURE_SKILLS.findIndex((s) => s.id === 'sql');

/** Validates the fixture catalogue after `edit` has changed its (cloned) sql skill. */
function validateWithSql(edit: (skill: Record<string, unknown> & Skill) => void) {
  const skills = structuredClone(FIXTURE_SKILLS) as (Record<string, unknown> & Skill)[];
  edit(skills[SQL]!);
  return validateCatalogue({
    skills: { file: 'skills.json', json: { categories: FIXTURE_CATEGORIES, skills } },
    roles: [statisticianRole(), dataScientistRole()].map((role) => ({
      file: `roles/${role.id}.json`,
      json: role,
    })),
    comparisons: { file: 'comparisons.json', json: [] },
  });
}

/** The issues about the sql skill's steps only, so other rules cannot mask or fake a result. */
const stepIssues = (result: ReturnType<typeof validateCatalogue>) =>
  result.issues.filter(
    (i) => i.file === 'skills.json' && i.path.startsWith(`skills[${SQL}].steps`),
  );

const steps = (skill: Skill) => skill.steps!;

describe('validateCatalogue: learning steps', () => {
  it('accepts the fixture, whose skills all have four steps', () => {
    expect(validateWithSql(() => {}).ok).toBe(true);
  });

  it('fails when a skill has no steps, saying what is missing', () => {
    const result = validateWithSql((skill) => delete skill.steps);
    expect(result.ok).toBe(false);
    expect(stepIssues(result)).toEqual([
      expect.objectContaining({
        path: `skills[${SQL}].steps`,
        message: expect.stringMatching(/^missing; every skill needs four learning steps, 0->1/),
      }),
    ]);
  });

  it('fails when one of the four steps is missing', () => {
    const result = validateWithSql((skill) => steps(skill).splice(2, 1));
    expect(result.ok).toBe(false);
    expect(stepIssues(result)).toContainEqual(
      expect.objectContaining({
        path: `skills[${SQL}].steps`,
        message: expect.stringMatching(/exactly four steps/),
      }),
    );
  });

  it('fails when the steps are out of order, naming the misplaced step', () => {
    const result = validateWithSql((skill) => steps(skill).reverse());
    expect(result.ok).toBe(false);
    expect(stepIssues(result)).toContainEqual(
      expect.objectContaining({
        path: `skills[${SQL}].steps[0]`,
        message: expect.stringMatching(/climbs 3->4; expected 0->1/),
      }),
    );
  });

  it('fails when a step has no evidence, or a resource without a name', () => {
    const result = validateWithSql((skill) => {
      delete (steps(skill)[1] as { evidence?: string }).evidence;
      steps(skill)[2]!.resource.name = '  ';
    });
    expect(result.ok).toBe(false);
    expect(stepIssues(result).map((i) => i.path)).toEqual([
      `skills[${SQL}].steps[1].evidence`,
      `skills[${SQL}].steps[2].resource.name`,
    ]);
  });

  it('fails on a resource address that is not https', () => {
    const result = validateWithSql((skill) => {
      steps(skill)[0]!.resource.url = 'http://sqlbolt.com/';
    });
    expect(stepIssues(result)).toEqual([
      expect.objectContaining({ path: `skills[${SQL}].steps[0].resource.url` }),
    ]);
  });

  it('fails when the 3->4 step points at an introductory resource', () => {
    const result = validateWithSql((skill) => {
      steps(skill)[3]!.resource = { name: 'Introduction to Programming' };
    });
    expect(result.ok).toBe(false);
    expect(stepIssues(result)).toEqual([
      expect.objectContaining({
        path: `skills[${SQL}].steps[3].resource.name`,
        message: expect.stringMatching(/reads as introductory .*needs advanced material/),
      }),
    ]);
  });

  it('fails when the 3->4 step reuses the resource of an early step', () => {
    const result = validateWithSql((skill) => {
      steps(skill)[3]!.resource = { ...steps(skill)[0]!.resource };
    });
    expect(stepIssues(result)).toEqual([
      expect.objectContaining({
        path: `skills[${SQL}].steps[3].resource.name`,
        message: expect.stringMatching(/also the resource of step 0->1/),
      }),
    ]);
  });
});

describe('learningStepIssues', () => {
  const step = (name: string) => ({ resource: { name } });

  it('lets the 3->4 step reuse the 2->3 resource, an advanced one by then', () => {
    const plan = [step('A'), step('B'), step('Advanced guide'), step('Advanced guide')];
    expect(learningStepIssues('skills.json', 0, plan)).toEqual([]);
  });

  it('reads "intro" and "beginners" as introductory only as whole words', () => {
    expect(
      learningStepIssues('skills.json', 0, [
        step('A'),
        step('B'),
        step('C'),
        step('Introspection and beginnings'),
      ]),
    ).toEqual([]);
    expect(
      learningStepIssues('skills.json', 0, [
        step('A'),
        step('B'),
        step('C'),
        step('SQL for beginners'),
      ]),
    ).toHaveLength(1);
  });
});

describe('data/skills.json learning steps', () => {
  const file = skillsFileSchema.parse(
    JSON.parse(readFileSync(join(process.cwd(), 'data', 'skills.json'), 'utf8')),
  );

  it('gives every skill a step for each climb, 0->1 to 3->4', () => {
    for (const skill of file.skills)
      expect(
        skill.steps.map((s) => `${s.from}->${s.to}`),
        skill.id,
      ).toEqual(['0->1', '1->2', '2->3', '3->4']);
    expect(file.skills.flatMap((s) => s.steps)).toHaveLength(file.skills.length * 4);
  });

  it('words the evidence for itself rather than repeating the level anchor', () => {
    for (const skill of file.skills)
      skill.steps.forEach((step) =>
        expect(step.evidence, `${skill.id} ${step.from}->${step.to}`).not.toBe(
          skill.levels[step.to]!.anchor,
        ),
      );
  });

  it('passes the keyed-to-the-level rule for every skill', () => {
    expect(file.skills.flatMap((s, i) => learningStepIssues('skills.json', i, s.steps))).toEqual(
      [],
    );
  });
});
