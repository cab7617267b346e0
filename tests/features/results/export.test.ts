import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCatalogueModel } from '@/catalogue/model';
import { buildExport, EXPORT_FILENAME } from '@/features/results/export';
import { downloadJson } from '@/shared/download';
import type { RankedRole } from '@/scoring';
import { makeCatalogue, makeRole, makeSkill } from '../../fixtures/catalogue';

const ranked: RankedRole[] = [
  {
    roleId: 'data-analyst',
    score: 81.234,
    rank: 1,
    preferenceAdjustment: 3,
    preferenceReasons: [{ kind: 'industry', points: 3, industries: ['finance'] }],
    adjustedScore: 84.234,
    excludedByPreferences: false,
    setAside: false,
  },
];

describe('buildExport', () => {
  it('contains version, date, named answers, preferences and ranked scores', () => {
    const names: Record<string, string> = { sql: 'SQL', python: 'Python' };
    const role = makeRole({ id: 'data-analyst', title: 'Data Analyst', related: ['data-analyst'] });
    const skills = role.skills.map((s) =>
      makeSkill({ id: s.skill, name: names[s.skill] ?? s.skill }),
    );
    const catalogue = { ...makeCatalogue({ roles: [role], skills }), version: 'abc123' };
    const data = buildExport(
      buildCatalogueModel(catalogue),
      { sql: 3, python: 2 },
      { leadership: -0.5, industries: ['finance'], maxJobZone: 4 },
      ranked,
      () => ({ confidence: 0.875 }),
      new Date('2026-01-02T03:04:05Z'),
    );
    expect(data).toEqual({
      format: 'pathfinder-results',
      version: 1,
      exportedAt: '2026-01-02T03:04:05.000Z',
      catalogueVersion: 'abc123',
      answers: { python: { level: 2, skill: 'Python' }, sql: { level: 3, skill: 'SQL' } },
      preferences: { leadership: -0.5, industries: ['finance'], maxJobZone: 4 },
      results: [
        {
          rank: 1,
          roleId: 'data-analyst',
          title: 'Data Analyst',
          match: 84.2,
          skillFit: 81.2,
          preferenceAdjustment: 3,
          preferenceReasons: ['+3: common in Finance and banking, which you picked'],
          confidence: 0.88,
          excludedByPreferences: false,
        },
      ],
    });
  });
});

describe('downloadJson', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hands the browser a JSON blob under the given file name and frees the URL', async () => {
    let blob: Blob | undefined;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    downloadJson(EXPORT_FILENAME, { hello: 'world' });

    expect(create).toHaveBeenCalledOnce();
    const clicked = click.mock.contexts[0] as HTMLAnchorElement | undefined;
    expect(clicked?.download).toBe('pathfinder-results.json');
    expect(clicked?.href).toBe('blob:test');
    expect(clicked?.isConnected).toBe(false);
    expect(blob?.type).toBe('application/json');
    expect(JSON.parse(await blob!.text())).toEqual({ hello: 'world' });
    await new Promise((r) => setTimeout(r, 0));
    expect(revoke).toHaveBeenCalledWith('blob:test');
  });
});
