import { useParams } from 'react-router';
import type { Role } from '@/catalogue/schema';
import { useCatalogue } from '@/catalogue/use-catalogue';
import { NotFound } from '@/components/not-found';
import { RoleFit } from '@/features/fit/role-fit';
import { RoleContents } from '@/features/roles/components/role-contents';
import { RoleDetails } from '@/features/roles/components/role-details';
import { RoleHeader } from '@/features/roles/components/role-header';
import { RoleOverview } from '@/features/roles/components/role-overview';
import { RoleSeedNote } from '@/features/roles/components/role-seed-note';
import { useHasAnswers } from '@/store/answers';
import '@/features/roles/roles.css';

export function Component() {
  const { roleId } = useParams();
  const catalogue = useCatalogue();
  const hasAnswers = useHasAnswers();
  const role = catalogue.roles.find((r) => r.id === roleId);
  if (!role) return <NotFound thing="role" />;
  const seedPartner = role.seed
    ? catalogue.roles.find((r) => r.seed === role.seed && r.id !== role.id)
    : undefined;
  return (
    <article className="page role-page" key={role.id}>
      <RoleHeader role={role} />
      <RoleSeedNote role={role} comparedWith={seedPartner} />
      <RoleContents hide={hiddenSections(role, catalogue.roles)} showFit={hasAnswers} />
      <div className="role-sections">
        {hasAnswers && <RoleFit role={role} />}
        <RoleOverview role={role} />
        <RoleDetails role={role} catalogue={catalogue} />
      </div>
    </article>
  );
}

/** Sections that render nothing for this role, so the contents never link to a missing target. */
function hiddenSections(role: Role, roles: readonly Role[]): Set<string> {
  const hide = new Set<string>();
  if (!role.related.some((id) => roles.some((r) => r.id === id))) hide.add('related');
  if (role.onetCodes.length === 0) hide.add('onet');
  return hide;
}
