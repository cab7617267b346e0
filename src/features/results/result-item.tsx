import type { Ref } from 'react';
import { Link } from 'react-router';
import type { Role } from '@/catalogue/schema';
import { formatLevel } from '@/components/format-level';
import { skillName } from '@/features/what-if/skill-lookup';
import { paths } from '@/paths';
import type { PreparedCatalogue, RankedRole, SkillContribution } from '@/scoring';
import { explainFit, LOW_CONFIDENCE } from './explain';
import { Movement } from './movement';
import { reasonFor, type Whose } from './voice';

interface Props {
  result: RankedRole;
  role: Role | undefined;
  prepared: PreparedCatalogue;
  /** Places moved by temporary what-if changes (positive = up). */
  moved?: number | undefined;
  ref?: Ref<HTMLLIElement> | undefined;
  /** 'other' on a shared link or the example: the text describes that person, not the viewer. */
  whose?: Whose;
}

const pct = (n: number) => `${Math.round(n)}%`;

/** One ranked role: match, skill fit and preference adjustment apart, and a one-line why. */
export function ResultItem({ result, role, prepared, moved, ref, whose = 'own' }: Props) {
  const { carriers, gap } = explainFit(result);
  const name = (c: SkillContribution) => skillName(prepared, c.skillId);
  const adjustment = Math.round(result.preferenceAdjustment * 10) / 10;
  const own = whose === 'own';

  return (
    <li className="result card" ref={ref}>
      <div className="result-head">
        <span className="result-rank">
          <span className="visually-hidden">Rank </span>
          {result.rank}
        </span>
        <h3 className="result-title">
          <Link to={paths.role.href(result.roleId)}>{role?.title ?? result.roleId}</Link>
        </h3>
        <p className="result-match">
          <strong>{pct(result.adjustedScore)}</strong> match
        </p>
        {moved !== undefined && <Movement places={moved} />}
      </div>
      <p className="result-parts">
        <span>Skill fit {pct(result.score)}</span>
        <span>
          Preferences:{' '}
          {adjustment === 0
            ? 'no change'
            : `${adjustment > 0 ? '+' : '−'}${Math.abs(adjustment)} points`}
        </span>
        {result.excludedByPreferences && <span className="badge">Set aside</span>}
      </p>
      {result.preferenceReasons.length > 0 && (
        <ul
          className="result-reasons"
          aria-label={`Why ${own ? 'your' : 'their'} preferences changed this`}
        >
          {result.preferenceReasons.map((reason) => (
            <li key={reason}>{reasonFor(reason, whose)}</li>
          ))}
        </ul>
      )}
      <p className="result-why">
        {carriers.length > 0
          ? `Strongest: ${carriers.map(name).join('; ')}.`
          : `None of ${own ? 'your' : 'their'} answered skills adds to this match yet.`}{' '}
        {gap
          ? `Biggest gap: ${name(gap)} (${own ? 'you' : 'they have'}: ${formatLevel(gap.have)}; needs ${formatLevel(gap.required, 'required')}).`
          : `${own ? 'You meet' : 'They meet'} every skill it asks for.`}
      </p>
      {result.confidence < LOW_CONFIDENCE && (
        <p className="result-note">
          Tentative: {own ? 'you' : 'they'} answered {pct(result.confidence * 100)} of what this
          role weighs, so the score may move as {own ? 'you answer' : 'they answer'} more.
        </p>
      )}
    </li>
  );
}
