/** A minimal, schema-valid catalogue as plain JSON, for load-time validation tests. */
export function makeCatalogueJson() {
  const levels = [0, 1, 2, 3, 4].map((level) => ({
    level,
    anchor: `Can do level ${level} things`,
  }));
  const judgement = { kind: 'judgement', reason: 'A fixture value chosen for tests' } as const;
  return {
    version: 'test',
    categories: [{ id: 'cat', name: 'Category', description: 'A category' }],
    skills: Array.from({ length: 8 }, (_, i) => ({
      id: `skill-${i}`,
      name: `Skill ${i}`,
      category: 'cat',
      description: 'A skill',
      levels,
    })),
    roles: [
      {
        id: 'role-a',
        title: 'Role A',
        family: 'analytics',
        summary: 'A role',
        definition: 'A role for tests.',
        seniority: 'individual-contributor',
        responsibilities: ['a', 'b', 'c', 'd', 'e'],
        skills: Array.from({ length: 8 }, (_, i) => ({
          skill: `skill-${i}`,
          importance: 3,
          level: 2,
          source: judgement,
        })),
        education: {
          typical: 'bachelor',
          degrees: ['BSc'],
          certifications: [],
          jobZone: { zone: 4, source: judgement },
          source: judgement,
        },
        tools: ['a', 'b', 'c', 'd'],
        industries: {
          items: [{ id: 'technology' }, { id: 'finance' }, { id: 'healthcare' }],
          source: judgement,
        },
        outlook: {
          text: 'Growing.',
          figures: [
            { label: 'Growth', value: '10%', percent: 10, period: '2023-33', source: judgement },
          ],
        },
        salary: {
          currency: 'USD',
          p10: 1,
          p25: 2,
          median: 3,
          p75: 4,
          p90: null,
          basis: 'Test',
          source: { kind: 'bls-oews', release: 'May 2021', soc: '15-2051' },
        },
        gettingStarted: ['a', 'b', 'c', 'd'],
        related: ['role-a'],
        onetCodes: [],
      },
    ],
    comparisons: [],
  };
}
