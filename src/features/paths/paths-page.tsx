import { useMemo } from 'react';
import { Link } from 'react-router';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { useRolePairParams } from '@/shared/hooks/use-role-pair-params';
import { PageHeading } from '@/shared/ui/page-heading';
import { UnknownRolesNotice } from '@/shared/ui/unknown-roles-notice';
import { paths } from '@/shared/paths';
import { useAnswers, useHasAnswers } from '@/store/answers';
import { NearbyRoles } from './nearby-roles';
import { PathPickers } from './path-pickers';
import { PathSteps } from './path-steps';
import type { PathStart } from './use-paths';
import './paths.css';

/** /paths?from=&to=: nearby roles from a start (a role or your answers) and the recommended route to a target. */
export function PathsPage() {
  const { catalogue, roleById, roleTitle } = useCatalogueModel();
  const hasAnswers = useHasAnswers();
  const profile = useAnswers();
  const { a: fromId, b: toId, unknown, choose } = useRolePairParams('from', 'to');
  const fromKnown = roleById.has(fromId);
  const toKnown = roleById.has(toId);

  const start = useMemo<PathStart | null>(() => {
    if (fromId) return fromKnown ? { kind: 'role', roleId: fromId } : null;
    return hasAnswers ? { kind: 'profile', profile } : null;
  }, [fromId, fromKnown, hasAnswers, profile]);
  const startLabel = start?.kind === 'role' ? roleTitle(start.roleId) : 'your answers';

  return (
    <section className="page paths">
      <PageHeading>Career paths</PageHeading>
      <p>
        See which roles sit closest to where you are, and a recommended route to a role you want:
        each stop is a role you could hold on the way, with the skills to learn for it. Effort is a
        rough guide in weeks of part-time study.
      </p>
      <PathPickers
        roles={catalogue.roles}
        from={fromKnown ? fromId : ''}
        to={toKnown ? toId : ''}
        hasAnswers={hasAnswers}
        onChange={choose}
      />
      <UnknownRolesNotice ids={unknown} />
      {!start && !fromId && (
        <p>
          Choose a start role above, or <Link to={paths.quiz.href()}>take the skills quiz</Link> to
          start from your own answers.
        </p>
      )}
      {start && toKnown && <PathSteps start={start} startLabel={startLabel} to={toId} />}
      {start && (
        <NearbyRoles
          start={start}
          startLabel={startLabel}
          fromParam={fromKnown ? fromId : undefined}
        />
      )}
    </section>
  );
}
