import type { BlsOccupation, Role } from '@/catalogue/schema';

const named = (o: BlsOccupation) => `${o.title} (SOC ${o.soc})`;

/**
 * What to know before reading two roles' BLS pay and growth side by side: whether the figures
 * tell the roles apart at all. The same occupation on both sides gives identical figures; a
 * stand-in occupation describes a wider group than the role. Undefined when each role has a BLS
 * occupation of its own (or a role names none).
 */
export function occupationContrast(a: Role, b: Role): string | undefined {
  const [oa, ob] = [a.blsOccupation, b.blsOccupation];
  if (!oa || !ob) return undefined;
  if (oa.soc === ob.soc) {
    return `Both roles share one BLS occupation, ${named(oa)}, so they show the same BLS pay and growth figures: these describe that occupation as a whole and do not tell ${a.title} and ${b.title} apart.`;
  }
  if (oa.match === 'stand-in' && ob.match === 'stand-in') {
    return `Neither role has a BLS occupation of its own: the BLS figures compare ${named(oa)} with ${named(ob)}, the occupations BLS counts them in, not ${a.title} and ${b.title} themselves.`;
  }
  const [role, occupation] =
    oa.match === 'stand-in' ? [a, oa] : ob.match === 'stand-in' ? [b, ob] : [];
  if (!role || !occupation) return undefined;
  return `${role.title} has no BLS occupation of its own: its BLS figures describe all ${named(occupation)}, the occupation BLS counts it in, so they are not that role’s alone.`;
}
