import type { Role } from '@/catalogue/schema';

/** The role page's "fitted to you" section (skill chart, contributions, gap plan, what-if). */
export function RoleFit(_props: { role: Role }) {
  return null;
}
