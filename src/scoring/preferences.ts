/**
 * Work preferences act beside the skill score, never inside it: a few visible points, each with
 * a reason, and an exclusion flag for roles needing more preparation than the person will consider.
 * Reasons are data; the UI puts them into words.
 */
import type { PreferenceReason, ScoringRole, WorkPreferences } from './types';

/** Points for the kind of work the person prefers, at full strength (leadership = -1 or 1). */
export const LEADERSHIP_POINTS = 5;
/** Points when the role is common in an industry the person picked. */
export const INDUSTRY_POINTS = 3;
/** The leadership lean: -1 strongly prefers hands-on building, 1 strongly prefers leading people. */
export const LEADERSHIP_RANGE = { min: -1, max: 1 } as const;
/** O*NET job zones, 1 (little preparation) to 5 (extensive preparation). */
export const JOB_ZONE_RANGE = { min: 1, max: 5 } as const;

export interface PreferenceEffect {
  adjustment: number;
  reasons: PreferenceReason[];
  excluded: boolean;
}

export const NO_PREFERENCES: WorkPreferences = { leadership: 0, industries: [], maxJobZone: null };

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** True for a leadership lean the engine accepts. */
export function isLeadership(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= LEADERSHIP_RANGE.min &&
    value <= LEADERSHIP_RANGE.max
  );
}

/** True for a maximum job zone the engine accepts (a whole zone 1-5). */
export function isJobZone(value: unknown): value is number {
  return (
    Number.isInteger(value) &&
    (value as number) >= JOB_ZONE_RANGE.min &&
    (value as number) <= JOB_ZONE_RANGE.max
  );
}

export function checkPreferences(preferences: WorkPreferences): void {
  const { leadership, maxJobZone } = preferences;
  if (!isLeadership(leadership))
    throw new RangeError(
      `scoring: preferences.leadership is ${String(leadership)}; expected -1 to 1.`,
    );
  if (maxJobZone !== null && !isJobZone(maxJobZone))
    throw new RangeError(
      `scoring: preferences.maxJobZone is ${String(maxJobZone)}; expected 1 to 5 or null.`,
    );
}

/**
 * The visible adjustment for one role: +LEADERSHIP_POINTS x |leadership| for a lead role when the
 * person leans to leading (leadership > 0), or for a hands-on role when they lean to building
 * (leadership < 0); +INDUSTRY_POINTS when the role's industries meet the person's picks; and
 * `excluded` when the role's job zone is above maxJobZone. The skill score is never touched.
 */
export function preferenceEffect(
  role: ScoringRole,
  preferences: WorkPreferences,
): PreferenceEffect {
  let adjustment = 0;
  const reasons: PreferenceReason[] = [];
  const { leadership, maxJobZone } = preferences;
  const isLead = role.seniority === 'lead';
  if ((leadership > 0 && isLead) || (leadership < 0 && !isLead)) {
    const points = round1(LEADERSHIP_POINTS * Math.abs(leadership));
    adjustment += points;
    reasons.push({ kind: 'leadership', points, prefers: isLead ? 'leading' : 'building' });
  }
  if (preferences.industries.length > 0) {
    const wanted = new Set(preferences.industries);
    const industries = role.industries.items.map((i) => i.id).filter((id) => wanted.has(id));
    if (industries.length > 0) {
      adjustment += INDUSTRY_POINTS;
      reasons.push({ kind: 'industry', points: INDUSTRY_POINTS, industries });
    }
  }
  const zone = role.education.jobZone.zone;
  const excluded = maxJobZone !== null && zone > maxJobZone;
  if (excluded) reasons.push({ kind: 'job-zone', zone, maxJobZone });
  return { adjustment, reasons, excluded };
}
