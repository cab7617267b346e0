import type { Role } from '@/catalogue/schema';

export interface SkillDifference {
  skillId: string;
  /** Required level in the first role; null when the role does not list the skill. */
  a: number | null;
  b: number | null;
  /** b - a, treating an unlisted skill as level 0. */
  difference: number;
}

/**
 * Skills whose required level differs between two roles by at least `threshold` levels
 * (or that only one role lists), biggest difference first, then by id for a stable order.
 */
export function skillDifferences(a: Role, b: Role, threshold = 1): SkillDifference[] {
  const levelsA = new Map(a.skills.map((s) => [s.skill, s.level]));
  const levelsB = new Map(b.skills.map((s) => [s.skill, s.level]));
  const ids = new Set([...levelsA.keys(), ...levelsB.keys()]);
  const out: SkillDifference[] = [];
  for (const skillId of ids) {
    const la = levelsA.get(skillId) ?? null;
    const lb = levelsB.get(skillId) ?? null;
    const difference = (lb ?? 0) - (la ?? 0);
    if (la === null || lb === null || Math.abs(difference) >= threshold) {
      out.push({ skillId, a: la, b: lb, difference });
    }
  }
  return out.sort(
    (x, y) => Math.abs(y.difference) - Math.abs(x.difference) || x.skillId.localeCompare(y.skillId),
  );
}
