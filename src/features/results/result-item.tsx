import type { Ref } from 'react';
import { Link } from 'react-router';
import type { Role } from '@/catalogue/schema';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { formatLevel } from '@/shared/format/level';
import { paths } from '@/shared/paths';
import type { RankedRole, RoleScore, SkillContribution } from '@/scoring';
import { describeReason, voiceOf, type Whose } from '@/shared/format/voice';
import { RateSkill } from '@/shared/ui/rate-skill';
import { ScoreMeter } from '@/shared/ui/score-meter';
import { explainFit, LOW_CONFIDENCE } from './explain';
import { Movement } from './movement';

interface Props {
  result: RankedRole;
  /** The role's per-skill contributions and counts on the same answers. */
  explanation: RoleScore;
  role: Role | undefined;
  /** Places moved by temporary what-if changes (positive = up). */
  moved?: number | undefined;
  ref?: Ref<HTMLLIElement> | undefined;
  /** 'other' on a shared link or the example: the text describes that person, not the viewer. */
  whose?: Whose;
}

const pct = (n: number) => `${Math.round(n)}%`;

/** One ranked role: match, skill fit and preference adjustment apart, and a one-line why. */
export function ResultItem({ result, explanation, role, moved, ref, whose = 'own' }: Props) {
  const { skillName } = useCatalogueModel();
  const { carriers, gap } = explainFit(explanation);
  const name = (c: SkillContribution) => skillName(c.skillId);
  const adjustment = Math.round(result.preferenceAdjustment * 10) / 10;
  const v = voiceOf(whose);

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
      <ScoreMeter
        value={result.adjustedScore}
        label={`${role?.title ?? result.roleId}: ${pct(result.adjustedScore)} match`}
      />
      <p className="result-parts">
        <span>Skill fit {pct(result.score)}</span>
        <span>
          Preferences:{' '}
          {adjustment === 0
            ? 'no change'
            : `${adjustment > 0 ? '+' : '−'}${Math.abs(adjustment)} points`}
        </span>
        {(result.excludedByPreferences || result.setAside) && (
          <span className="badge">Set aside</span>
        )}
      </p>
      {result.preferenceReasons.length > 0 && (
        <ul className="result-reasons" aria-label={`Why ${v.possessive} preferences changed this`}>
          {result.preferenceReasons.map((reason) => (
            <li key={reason.kind}>{describeReason(reason, whose)}</li>
          ))}
        </ul>
      )}
      <p className="result-why">
        {carriers.length > 0
          ? `Strongest: ${carriers.map(name).join('; ')}.`
          : `None of ${v.possessive} answered skills adds to this match yet.`}{' '}
        {gap
          ? `Biggest gap: ${name(gap)} (${v.subject} have: ${formatLevel(gap.have)}; needs ${formatLevel(gap.required, 'required')}).`
          : explanation.unrated > 0
            ? `No gap among the skills ${v.subject} rated; ${explanation.unrated} it needs ${explanation.unrated === 1 ? 'is' : 'are'} not rated yet.`
            : `${v.Subject} meet every skill it asks for.`}
      </p>
      {explanation.limit &&
        (explanation.setAside ? (
          <p className="result-note result-limit">
            Set aside: this role can&apos;t be done without {skillName(explanation.limit.skillId)},
            which {v.subject} rated {formatLevel(explanation.limit.have)}.
          </p>
        ) : (
          explanation.limit.cap < 100 && (
            <p className="result-note result-limit">
              Held back by {skillName(explanation.limit.skillId)}, a skill this role can&apos;t do
              without: {v.subject} have {formatLevel(explanation.limit.have)} of the{' '}
              {formatLevel(explanation.limit.required, 'required')} it needs, so the match stays at{' '}
              {pct(explanation.limit.cap)} or below until that gap closes.
            </p>
          )
        ))}
      {explanation.unratedDefining.length > 0 && (
        <div className="result-note result-unrated">
          <p>
            Not rated yet: {explanation.unratedDefining.map(skillName).join(' and ')}, which this
            role can&apos;t do without. The match could move a long way either side.
          </p>
          {whose === 'own' &&
            explanation.unratedDefining
              .slice(0, 2)
              .map((id) => <RateSkill key={id} skillId={id} />)}
        </div>
      )}
      {explanation.confidence < LOW_CONFIDENCE && (
        <p className="result-note">
          Tentative: {v.subject} answered {pct(explanation.confidence * 100)} of what this role
          weighs, so the score may move as {v.subject} answer more.
        </p>
      )}
    </li>
  );
}
