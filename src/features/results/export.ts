/**
 * "Export my results": a JSON file built in the browser and handed to the person as a download
 * (Blob + object URL), never sent anywhere.
 */
import type { CatalogueModel } from '@/catalogue/model';
import type { Profile, RankedRole, RoleScore, WorkPreferences } from '@/scoring';
import { describeReason } from '@/shared/format/voice';

export const EXPORT_FILENAME = 'pathfinder-results.json';
export const EXPORT_VERSION = 1;

export interface ResultsExport {
  format: 'pathfinder-results';
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  catalogueVersion: string;
  answers: Record<string, { level: number; skill: string }>;
  preferences: WorkPreferences;
  results: {
    rank: number;
    roleId: string;
    title: string;
    /** Overall match, 0-100: skill fit plus the preference adjustment. */
    match: number;
    skillFit: number;
    preferenceAdjustment: number;
    preferenceReasons: string[];
    /** Share (0-1) of the role's weighted skills that were answered. */
    confidence: number;
    excludedByPreferences: boolean;
  }[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function buildExport(
  {
    catalogue,
    skillName,
    roleTitle,
  }: Pick<CatalogueModel, 'catalogue' | 'skillName' | 'roleTitle'>,
  answers: Profile,
  preferences: WorkPreferences,
  ranked: readonly RankedRole[],
  explain: (roleId: string) => Pick<RoleScore, 'confidence'>,
  now: Date = new Date(),
): ResultsExport {
  return {
    format: 'pathfinder-results',
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    catalogueVersion: catalogue.version,
    answers: Object.fromEntries(
      Object.entries(answers)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, level]) => [id, { level, skill: skillName(id) }]),
    ),
    preferences: { ...preferences, industries: [...preferences.industries] },
    results: ranked.map((r) => ({
      rank: r.rank,
      roleId: r.roleId,
      title: roleTitle(r.roleId),
      match: round1(r.adjustedScore),
      skillFit: round1(r.score),
      preferenceAdjustment: round1(r.preferenceAdjustment),
      preferenceReasons: r.preferenceReasons.map((reason) => describeReason(reason, 'own')),
      confidence: Math.round(explain(r.roleId).confidence * 100) / 100,
      excludedByPreferences: r.excludedByPreferences,
    })),
  };
}
