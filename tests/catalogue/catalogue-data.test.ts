// @vitest-environment node
/**
 * The committed catalogue itself (data/): its size, and that every role names the one BLS
 * occupation its pay and growth figures describe, with those figures from the current releases.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../scripts/lib/read-catalogue';

const result = readCatalogue(join(process.cwd(), 'data'));
const roles = result.ok ? result.catalogue.roles : [];

describe('the committed catalogue', () => {
  it('validates and has at least 44 roles', () => {
    expect(result.ok).toBe(true);
    expect(roles.length).toBeGreaterThanOrEqual(44);
  });

  it('gives every role one BLS occupation shared by its salary and its BLS outlook figures', () => {
    for (const role of roles) {
      const soc = role.blsOccupation?.soc;
      expect(soc, role.id).toMatch(/^\d{2}-\d{4}$/);
      expect(role.salary.source, role.id).toEqual({ kind: 'bls-oews', release: 'May 2024', soc });
      const bls = role.outlook.figures.filter((f) => f.source.kind.startsWith('bls-'));
      expect(bls.length, role.id).toBeGreaterThanOrEqual(1);
      for (const f of bls) {
        expect(f.source, role.id).toMatchObject({ soc });
        if (f.source.kind === 'bls-projections') expect(f.period, role.id).toBe('2024-34');
      }
    }
  });

  it('keeps the LinkedIn claim as the article’s and says what LinkedIn reported', () => {
    const mlse = roles.find((r) => r.id === 'machine-learning-software-engineer');
    const claims = mlse?.outlook.figures.filter((f) => f.source.kind === 'seed') ?? [];
    expect(claims).toHaveLength(2);
    for (const f of claims) {
      expect(f.label).toMatch(/as the article reports it/);
      expect(f.note).toMatch(
        /2020 U\.S\. Emerging Jobs Report.*December 2019.*Artificial Intelligence Specialist.*#1/,
      );
      expect(f.percent).toBeUndefined();
    }
  });

  it('gives the lead ML engineer a bachelor’s baseline and the software developers occupation', () => {
    const lead = roles.find((r) => r.id === 'lead-machine-learning-engineer');
    expect(lead?.education.typical).toBe('bachelor');
    expect(lead?.blsOccupation?.soc).toBe('15-1252');
    expect(lead?.education.jobZone.zone).toBe(4);
  });
});
