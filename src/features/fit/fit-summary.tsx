import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { formatCounts, formatLevel } from '@/shared/format/level';
import type { RoleFitData } from './use-role-fit';

/** The headline number, how sure it is, and the live before/after while a what-if is active. */
export function FitSummary({ fit }: { fit: RoleFitData }) {
  const { score, change } = fit;
  const { skillName } = useCatalogueModel();
  const { limit } = score;
  const value = Math.round(score.score);
  const delta = change ? Math.round(change.after) - Math.round(change.before) : 0;
  return (
    <div className="fit-summary card">
      <p className="fit-score">
        <span className="fit-score-value">{value}</span>
        <span className="fit-score-unit"> / 100 skill fit</span>
      </p>
      <p aria-live="polite" className="fit-change">
        {change
          ? `With your temporary changes: ${Math.round(change.before)} → ${Math.round(change.after)} (${delta >= 0 ? '+' : ''}${delta} points; rank ${change.rankBefore} → ${change.rankAfter}).`
          : ''}
      </p>
      <p className="muted">
        {formatCounts(score)}.{' '}
        {score.confidence < 1 &&
          `Based on the ${Math.round(score.confidence * 100)}% of this role's skills (by weight) you have answered.`}
      </p>
      {limit && (
        <p className="fit-limit">
          {score.setAside
            ? `Set aside: this role can't be done without ${skillName(limit.skillId)}, which you rated ${formatLevel(limit.have)}.`
            : limit.cap < 100 &&
              `Held back by ${skillName(limit.skillId)}, a skill this role can't do without: you have ${formatLevel(limit.have)} of the ${formatLevel(limit.required, 'required')} it needs, so your fit stays at ${Math.round(limit.cap)} or below until that gap closes.`}
        </p>
      )}
    </div>
  );
}
