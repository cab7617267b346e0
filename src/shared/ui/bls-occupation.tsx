import type { BlsOccupation, Role } from '@/catalogue/schema';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { blsOccupationRelation, formatList } from '@/shared/format/format';

/*
 * Pay and growth figures come from one BLS occupation per role (role.blsOccupation). Role and
 * compare pages name it beside every figure, so a figure shared by a whole occupation never
 * reads as the role's own.
 */

/** "Software Developers (SOC 15-1252), the occupation BLS counts this role in", name in bold. */
export function OccupationName({ occupation }: { occupation: BlsOccupation }) {
  return (
    <>
      <strong>
        {occupation.title} (SOC {occupation.soc})
      </strong>
      , {blsOccupationRelation(occupation.match)}
    </>
  );
}

interface ReasonProps {
  role: Role;
  /** Also name the other roles that show the very same figures (the role page does). */
  others?: boolean;
}

/** Why this occupation stands for the role, and which other roles show the very same figures. */
export function OccupationReason({ role, others = true }: ReasonProps) {
  const { catalogue } = useCatalogueModel();
  const occupation = role.blsOccupation;
  if (!occupation) return null;
  const sharing = others
    ? catalogue.roles
        .filter((other) => other.id !== role.id && other.blsOccupation?.soc === occupation.soc)
        .map((other) => other.title)
    : [];
  return (
    <p className="bls-occupation-why">
      Why this occupation: {occupation.reason.replace(/\.$/, '')}.
      {sharing.length > 0 &&
        ` Pathfinder shows the same BLS figures for ${sharing.length} other ${
          sharing.length === 1 ? 'role' : 'roles'
        } counted in ${occupation.title}: ${formatList(sharing)}.`}
    </p>
  );
}
