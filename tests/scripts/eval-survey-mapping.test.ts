// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileOf, SKILL_MAPPING } from '../../scripts/lib/survey/mapping';
import { parseSurvey } from '../../scripts/lib/survey/read-survey';
import { hitRolesFor, TITLE_ROLES } from '../../scripts/lib/survey/titles';

const fixture = readFileSync(join(__dirname, '../fixtures/survey/survey-mini.csv'), 'utf8');
const survey = parseSurvey(fixture);
const person = (title: string) => survey.responses.find((r) => r.title === title)!;
const skillsFile = JSON.parse(readFileSync(join(__dirname, '../../data/skills.json'), 'utf8')) as {
  skills: { id: string }[];
};

describe('eval:survey reading and mapping', () => {
  it('reads the header rows, a question text spanning two lines, and one response per person', () => {
    expect(survey.responses).toHaveLength(7);
    expect(survey.questions.get('Q24')).toContain('Activities at work?\n');
    expect(person('Data Engineer').answers.get('Q27_A')).toEqual(
      new Set(['Amazon Web Services (AWS)']),
    );
  });

  it('maps a BI-style analyst: SQL on a database, a BI tool, analysis at work; no ML', () => {
    const p = profileOf(person('Data Analyst').answers);
    expect(p).toMatchObject({
      python: 2,
      sql: 2,
      'business-intelligence': 2,
      'data-visualisation': 2,
      'data-analysis': 2,
      'machine-learning': 0,
      'deep-learning': 0,
      'cloud-platforms': 0,
    });
  });

  it('maps a data engineer from the infrastructure activity and cloud use', () => {
    const p = profileOf(person('Data Engineer').answers);
    expect(p).toMatchObject({
      programming: 3,
      'etl-pipelines': 2,
      'data-modelling': 2,
      'database-administration': 1,
      'software-engineering': 2,
      'cloud-platforms': 1,
      'business-intelligence': 0,
    });
  });

  it('maps an ML engineer: deep learning and vision from frameworks and methods, NLP answered none', () => {
    const p = profileOf(person('Machine Learning Engineer').answers);
    expect(p).toMatchObject({
      'machine-learning': 3,
      'deep-learning': 2,
      'computer-vision': 2,
      nlp: 0,
    });
  });

  it('leaves skills the survey never asks about unanswered, not 0', () => {
    for (const title of ['Data Analyst', 'Data Engineer', 'Statistician']) {
      const p = profileOf(person(title).answers);
      for (const id of [
        'people-management',
        'communication',
        'data-governance',
        'privacy-compliance',
        'mathematics',
      ])
        expect(p[id]).toBeUndefined();
    }
    // A question left blank is no evidence: the statistician never saw the BI question.
    expect(profileOf(person('Statistician').answers)['business-intelligence']).toBeUndefined();
  });

  it('never reads the job title', () => {
    for (const r of survey.responses) {
      const retitled = { ...r, answers: new Map([...r.answers].filter(([q]) => q !== 'Q5')) };
      expect(profileOf(retitled.answers)).toEqual(profileOf(r.answers));
    }
  });

  it('names only real skills and never gives level 4', () => {
    const known = new Set(skillsFile.skills.map((s) => s.id));
    for (const m of SKILL_MAPPING) {
      expect(known.has(m.skill), m.skill).toBe(true);
      for (const rule of m.rules) expect(rule.level).toBeLessThanOrEqual(3);
    }
  });

  it('maps titles to the hit roles present in the catalogue only', () => {
    const roles = new Set(['data-analyst', 'statistician', 'software-engineer']);
    expect(hitRolesFor('Data Analyst', roles)).toEqual(['data-analyst']);
    expect(hitRolesFor('Software Engineer', roles)).toEqual(['software-engineer']);
    expect(hitRolesFor('Student', roles)).toEqual([]);
    expect(hitRolesFor('Program/Project Manager', roles)).toEqual([]);
    expect(TITLE_ROLES.map((t) => t.title)).not.toContain('Student');
  });
});
