/**
 * Survey job titles (Q5) -> the catalogue roles that count as a hit for them. Mirrors the table
 * "Titles to roles" in docs/validation.md, written before any result was seen. Ids not in the
 * catalogue being evaluated are ignored, so a title becomes evaluable once a fitting role exists
 * (the "if present" ids are candidates other engineers may add).
 */
export interface TitleMapping {
  title: string;
  hits: readonly string[];
  reason: string;
}

export const TITLE_ROLES: readonly TitleMapping[] = [
  {
    title: 'Data Scientist',
    hits: ['data-scientist', 'decision-scientist'],
    reason: 'a decision scientist is a data scientist focused on business decisions',
  },
  {
    title: 'Data Analyst',
    hits: ['data-analyst', 'business-intelligence-analyst'],
    reason: 'BI analysts are the reporting branch of data analysis',
  },
  {
    title: 'Machine Learning Engineer',
    hits: [
      'machine-learning-engineer',
      'machine-learning-software-engineer',
      'lead-machine-learning-engineer',
      'computer-vision-engineer',
      'nlp-engineer',
      'mlops-engineer',
    ],
    reason: 'ML engineers specialised by domain, seniority or operations',
  },
  {
    title: 'Research Scientist',
    hits: ['research-scientist', 'research-engineer'],
    reason: 'the AI research pair',
  },
  { title: 'Statistician', hits: ['statistician'], reason: 'same job' },
  {
    title: 'Data Engineer',
    hits: ['data-engineer', 'data-warehouse-engineer'],
    reason: 'data engineering, warehouse-focused included',
  },
  { title: 'DBA/Database Engineer', hits: ['database-administrator'], reason: 'same job' },
  {
    title: 'Software Engineer',
    hits: [
      'machine-learning-software-engineer',
      'software-engineer',
      'data-software-engineer',
      'software-engineer-data',
      'data-intensive-software-engineer',
    ],
    reason: 'software-engineering roles; a general one counts once added',
  },
  {
    title: 'Business Analyst',
    hits: [
      'business-intelligence-analyst',
      'business-analyst',
      'systems-analyst',
      'business-systems-analyst',
    ],
    reason: 'business analysts in data teams mostly report on business performance',
  },
  {
    title: 'Product Manager',
    hits: ['data-product-manager', 'ai-product-manager', 'product-manager'],
    reason: 'product managers of data and AI products',
  },
  {
    title: 'Program/Project Manager',
    hits: [
      'project-manager',
      'program-manager',
      'technical-program-manager',
      'data-project-manager',
    ],
    reason: 'delivery management; skipped until such a role exists',
  },
  {
    title: 'Developer Relations/Advocacy',
    hits: ['developer-advocate'],
    reason: 'no counterpart yet',
  },
];

/** Titles that carry no job at all. */
export const NO_JOB_TITLES: readonly string[] = ['Student', 'Currently not employed', 'Other'];

/** The hit roles of `title` present in the catalogue; empty when the title is not evaluable. */
export function hitRolesFor(title: string, roleIds: ReadonlySet<string>): string[] {
  const mapping = TITLE_ROLES.find((t) => t.title === title);
  return mapping ? mapping.hits.filter((id) => roleIds.has(id)) : [];
}
