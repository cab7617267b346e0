import { describe, expect, it } from 'vitest';
import { buildCatalogueModel } from '@/catalogue/model';
import { isRoleFamily, searchRoles } from '@/features/roles/search-roles';
import { makeCatalogue, makeRole } from '../../fixtures/catalogue';

const catalogue = buildCatalogueModel(
  makeCatalogue([
    makeRole({
      id: 'zeta-analyst',
      title: 'Zeta Analyst',
      summary: 'Builds dashboards for modélisation teams.',
    }),
    makeRole({ id: 'alpha-scientist', title: 'Alpha Scientist', family: 'research' }),
  ]),
);

describe('searchRoles', () => {
  it('returns every role sorted by title for an empty search', () => {
    expect(searchRoles(catalogue, { query: '  ', family: null }).map((r) => r.id)).toEqual([
      'alpha-scientist',
      'zeta-analyst',
    ]);
  });

  it('requires every word to match, in any order and case', () => {
    expect(
      searchRoles(catalogue, { query: 'DASHBOARDS zeta', family: null }).map((r) => r.id),
    ).toEqual(['zeta-analyst']);
    expect(searchRoles(catalogue, { query: 'dashboards alpha', family: null })).toEqual([]);
  });

  it('matches regardless of accents', () => {
    expect(searchRoles(catalogue, { query: 'modelisation', family: null })).toHaveLength(1);
  });

  it('keeps only the chosen family', () => {
    expect(searchRoles(catalogue, { query: '', family: 'research' }).map((r) => r.id)).toEqual([
      'alpha-scientist',
    ]);
  });
});

describe('isRoleFamily', () => {
  it('accepts only known family ids', () => {
    expect(isRoleFamily('analytics')).toBe(true);
    expect(isRoleFamily('toString')).toBe(false);
    expect(isRoleFamily(null)).toBe(false);
  });
});
