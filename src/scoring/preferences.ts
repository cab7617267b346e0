/**
 * Work preferences act beside the skill score, never inside it: a few visible points, each with
 * a reason, and an exclusion flag for roles needing more preparation than the person will consider.
 */
import type { ScoringRole, WorkPreferences } from './types';

/** Points for the kind of work the person prefers, at full strength (leadership = -1 or 1). */
export const LEADERSHIP_POINTS = 5;
/** Points when the role is common in an industry the person picked. */
export const INDUSTRY_POINTS = 3;

export interface PreferenceEffect {
  adjustment: number;
  reasons: string[];
  excluded: boolean;
}

export const NO_PREFERENCES: WorkPreferences = { leadership: 0, industries: [], maxJobZone: null };

const round1 = (x: number): number => Math.round(x * 10) / 10;

export function checkPreferences(preferences: WorkPreferences): void {
  const { leadership, maxJobZone } = preferences;
  if (typeof leadership !== 'number' || !Number.isFinite(leadership) || leadership < -1 || leadership > 1)
    throw new RangeError(`scoring: preferences.leadership is ${String(leadership)}; expected -1 to 1.`);
  if (maxJobZone !== null && !(Number.isFinite(maxJobZone) && maxJobZone >= 1 && maxJobZone <= 5))
    throw new RangeError(`scoring: preferences.maxJobZone is ${String(maxJobZone)}; expected 1 to 5 or null.`);
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
  industryName: (id: string) => string = (id) => id,
): PreferenceEffect {
  let adjustment = 0;
  const reasons: string[] = [];
  const { leadership } = preferences;
  const isLead = role.seniority === 'lead';
  if (leadership > 0 && isLead) {
    const points = round1(LEADERSHIP_POINTS * leadership);
    adjustment += points;
    reasons.push(`+${points}: a lead role, and you prefer leading people`);
  } else if (leadership < 0 && !isLead) {
    const points = round1(LEADERSHIP_POINTS * -leadership);
    adjustment += points;
    reasons.push(`+${points}: a hands-on role, and you prefer building things yourself`);
  }
  if (preferences.industries.length > 0) {
    const wanted = new Set(preferences.industries);
    const shared = role.industries.items.map((i) => i.id).filter((id) => wanted.has(id));
    if (shared.length > 0) {
      adjustment += INDUSTRY_POINTS;
      reasons.push(`+${INDUSTRY_POINTS}: common in ${shared.map(industryName).join(', ')}, which you picked`);
    }
  }
  const zone = role.education.jobZone.zone;
  const excluded = preferences.maxJobZone !== null && zone > preferences.maxJobZone;
  if (excluded)
    reasons.push(
      `Set aside: usually needs preparation at job zone ${zone}, above the most you chose (${preferences.maxJobZone})`,
    );
  return { adjustment, reasons, excluded };
}
