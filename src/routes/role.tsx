import { paths } from '@/shared/paths';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import type { Role } from '@/catalogue/schema';
import type { CatalogueModel } from '@/catalogue/model';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { NotFound } from '@/shared/ui/not-found';
import { RoleFit } from '@/features/fit/role-fit';
import { RoleContents } from '@/features/roles/components/role-contents';
import { RoleDetails } from '@/features/roles/components/role-details';
import { RoleHeader } from '@/features/roles/components/role-header';
import { RoleOverview } from '@/features/roles/components/role-overview';
import { RoleSeedNote } from '@/features/roles/components/role-seed-note';
import { WhatIfControl } from '@/features/what-if/what-if-control';
import { filterAnswers, useAnswersStore, type AnswersState } from '@/store/answers';
import '@/features/roles/roles.css';

/** /roles/:roleId: the role's facts, and with answers, the person's fit with a what-if beside it. */
export function Component() {
  const { roleId } = useParams();
  const model = useCatalogueModel();
  const hasAnswers = useHasKnownAnswers();
  const role = model.roleById.get(roleId ?? '');
  if (!role) return <NotFound thing="role" />;
  const seedPartner = role.seed
    ? model.catalogue.roles.find((r) => r.seed === role.seed && r.id !== role.id)
    : undefined;
  const seedComparison = seedPartner && model.comparisonOf(role.id, seedPartner.id);
  return (
    <article className="page role-page" key={role.id}>
      <RoleHeader role={role} />
      <RoleSeedNote
        role={role}
        comparedWith={seedPartner}
        compareHref={seedComparison && paths.comparePair.href(seedComparison.a, seedComparison.b)}
      />
      <RoleContents hide={hiddenSections(role, model)} showFit={hasAnswers} />
      <div className="role-sections">
        {hasAnswers && <RoleFitSection role={role} />}
        <RoleOverview role={role} />
        <RoleDetails role={role} />
      </div>
    </article>
  );
}

/**
 * useHasAnswers(), read as a yes/no straight from the store. A hydrating page reads the store's
 * initial state and then its current one; a yes/no that has not changed costs nothing, whereas
 * the answers object (a new object once read from storage) would re-render the whole page again
 * at once, in one long blocking task, right after hydration.
 */
function useHasKnownAnswers(): boolean {
  const { skillIds, aliases } = useCatalogueModel();
  const select = useCallback(
    (s: AnswersState) => Object.keys(filterAnswers(s.answers, skillIds, aliases)).length > 0,
    [skillIds, aliases],
  );
  return useAnswersStore(select);
}

/** The person's fit to the role, with a what-if over the role's skills, most important first. */
export function RoleFitSection({ role }: { role: Role }) {
  const byImportance = [...role.skills].sort((a, b) => b.importance - a.importance);
  return (
    <RoleFit
      role={role}
      whatIf={
        <WhatIfControl
          skillIds={byImportance.map((s) => s.skill)}
          legend="Change a level for a moment"
        />
      }
    />
  );
}

/** Sections that render nothing for this role, so the contents never link to a missing target. */
function hiddenSections(role: Role, model: CatalogueModel): Set<string> {
  const hide = new Set<string>();
  if (model.relatedRoles(role).length === 0) hide.add('related');
  if (role.onetCodes.length === 0) hide.add('onet');
  return hide;
}
