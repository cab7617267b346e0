// @vitest-environment node
/**
 * data/skills.json is the fixed taxonomy everyone codes against: these ids, categories and
 * O*NET mappings must not drift, and every skill must be usable as a quiz question.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skillsFileSchema } from '@/catalogue/schema';

const file = skillsFileSchema.parse(
  JSON.parse(readFileSync(join(process.cwd(), 'data', 'skills.json'), 'utf8')),
);

const CATEGORIES = [
  'programming',
  'data-engineering',
  'ml-ai',
  'math-stats',
  'analytics',
  'governance',
  'leadership',
  'domain',
];

/** id -> [category, O*NET element or null], as fixed by the team's taxonomy. */
const TAXONOMY: Record<string, [string, string | null]> = {
  programming: ['programming', '2.B.3.e'],
  python: ['programming', null],
  sql: ['programming', null],
  'software-engineering': ['programming', null],
  algorithms: ['programming', null],
  troubleshooting: ['programming', '2.B.3.k'],
  'data-modelling': ['data-engineering', null],
  'etl-pipelines': ['data-engineering', null],
  'big-data': ['data-engineering', null],
  'cloud-platforms': ['data-engineering', null],
  'database-administration': ['data-engineering', null],
  'data-architecture': ['data-engineering', null],
  'systems-analysis': ['data-engineering', '2.B.4.g'],
  'machine-learning': ['ml-ai', null],
  'deep-learning': ['ml-ai', null],
  'feature-engineering': ['ml-ai', null],
  mlops: ['ml-ai', null],
  'llm-applications': ['ml-ai', null],
  nlp: ['ml-ai', null],
  'computer-vision': ['ml-ai', null],
  mathematics: ['math-stats', '2.A.1.e'],
  statistics: ['math-stats', null],
  experimentation: ['math-stats', null],
  optimization: ['math-stats', null],
  science: ['math-stats', '2.A.1.f'],
  'data-analysis': ['analytics', null],
  'data-visualisation': ['analytics', null],
  'business-intelligence': ['analytics', null],
  'requirements-analysis': ['analytics', '2.B.3.a'],
  'data-governance': ['governance', null],
  'data-quality': ['governance', null],
  'privacy-compliance': ['governance', null],
  'data-security': ['governance', null],
  'responsible-ai': ['governance', null],
  'metadata-management': ['governance', null],
  monitoring: ['governance', null],
  communication: ['leadership', '2.A.1.d'],
  writing: ['leadership', '2.A.1.c'],
  'critical-thinking': ['leadership', '2.A.2.a'],
  'complex-problem-solving': ['leadership', '2.B.2.i'],
  'judgment-decision-making': ['leadership', '2.B.4.e'],
  'people-management': ['leadership', '2.B.5.d'],
  coordination: ['leadership', '2.B.1.b'],
  instructing: ['leadership', '2.B.1.e'],
  'active-learning': ['leadership', '2.A.2.b'],
  'business-acumen': ['leadership', null],
  'project-management': ['leadership', null],
  'geospatial-analysis': ['domain', null],
  'life-science-data': ['domain', null],
  'data-journalism': ['domain', null],
  'finance-risk': ['domain', null],
  'healthcare-data': ['domain', null],
};

describe('data/skills.json', () => {
  it('has exactly the eight taxonomy categories', () => {
    expect(file.categories.map((c) => c.id)).toEqual(CATEGORIES);
  });

  it('has exactly the 52 taxonomy skills with their categories and O*NET elements', () => {
    const actual = Object.fromEntries(
      file.skills.map((s) => [s.id, [s.category, s.onet?.element ?? null]]),
    );
    expect(actual).toEqual(TAXONOMY);
    expect(file.skills).toHaveLength(52);
  });

  it('gives every skill five distinct anchors and two or three learning steps', () => {
    for (const skill of file.skills) {
      expect(new Set(skill.levels.map((l) => l.anchor)).size, skill.id).toBe(5);
      expect(skill.learning?.length, skill.id).toBeGreaterThanOrEqual(2);
      expect(skill.learning?.length, skill.id).toBeLessThanOrEqual(3);
    }
  });
});
